/**
 * What one request costs against each kind of rate limit, read from its operation descriptor
 * (spec/operations: `weight`, `weightOnSuccess`, `orders`).
 */
import type { OperationDescriptor } from '../operations/descriptor';
import type { RateLimitType, SapiWeightType } from './rules';

export interface RateLimitCost {
  /** Request weight reserved before sending: the spec's weight with default parameters. */
  readonly weight: number;
  /** Weight once the request succeeded, when Binance charges less then (0 for orders, cancels). */
  readonly weightOnSuccess?: number;
  /** Unfilled orders the request adds to the account's ORDERS counts. */
  readonly orders: number;
  /**
   * A SAPI request: its weight counts against the budget of its endpoint (`GET /sapi/v1/…`) and
   * weight type, and against none of the /api rules.
   */
  readonly sapi?: { readonly weightType: SapiWeightType; readonly endpoint: string };
}

/** The cost of one request of `descriptor`. */
export function costOf(descriptor: OperationDescriptor<object, unknown>): RateLimitCost {
  return {
    weight: descriptor.weight,
    ...(descriptor.weightOnSuccess !== undefined
      ? { weightOnSuccess: descriptor.weightOnSuccess }
      : {}),
    orders: descriptor.orders ?? 0,
    ...(descriptor.weightType !== undefined && descriptor.rest !== undefined
      ? {
          sapi: {
            weightType: descriptor.weightType,
            endpoint: `${descriptor.rest.method} ${descriptor.rest.path}`,
          },
        }
      : {}),
  };
}

/**
 * How a request ended: `success` (a result), `rejected` (Binance answered with an error),
 * `unknown` (no answer: timeout, network failure, unsubscribed in flight), `notSent` (refused
 * before anything was sent: a bad parameter, missing credentials).
 */
export type RequestOutcome = 'success' | 'rejected' | 'unknown' | 'notSent';

/**
 * What a request counts against a rule of `type`: before its answer (`outcome` left out) the
 * most it may cost; after it, what Binance charged. A request refused before sending costs
 * nothing; a rejected one still costs its weight and its orders.
 */
export function amountOf(
  cost: RateLimitCost,
  type: RateLimitType,
  outcome?: RequestOutcome,
): number {
  if (outcome === 'notSent') return 0;
  switch (type) {
    case 'REQUEST_WEIGHT':
      return outcome === 'success' ? (cost.weightOnSuccess ?? cost.weight) : cost.weight;
    case 'ORDERS':
      // Binance may count a rejected order request too (the local exchange does): kept.
      return cost.orders;
    case 'RAW_REQUESTS':
      return 1;
    case 'SAPI_IP_WEIGHT':
    case 'SAPI_UID_WEIGHT':
      return cost.weight;
  }
}
