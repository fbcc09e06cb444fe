/**
 * Which engine account a margin request acts on. The local exchange keeps each margin account as
 * an account of its own beside the caller's Spot account, with its own balances and orders:
 * `<account>:margin` (cross margin) and `<account>:isolated:<SYMBOL>` (the isolated margin
 * account of one symbol). Like every account here, each starts with the generous starting
 * balances (sim/engine/accounts.ts), so tests can trade on margin at once.
 */
import { errors } from '../errors';
import type { ApiMethod, CallContext, RestBinding, Security } from '../method';
import type { Params } from '../params';

export interface MarginAccountRef {
  /** Engine account id. */
  readonly accountId: string;
  /** The isolated symbol, or undefined for cross margin. */
  readonly isolatedSymbol: string | undefined;
}

/** `isIsolated` as Binance reads it: "TRUE" or "FALSE" (default), -1130 otherwise. */
export function isIsolated(params: Params): boolean {
  const value = params.string('isIsolated');
  if (value === undefined || value === 'FALSE') return false;
  if (value === 'TRUE') return true;
  throw errors.invalidParam('isIsolated');
}

export const crossAccountId = (owner: string): string => `${owner}:margin`;
export const isolatedAccountId = (owner: string, symbol: string): string =>
  `${owner}:isolated:${symbol}`;

/** The margin account of a request: `isIsolated` TRUE needs `symbol` (-1102 without). */
export function marginAccountOf(params: Params, ctx: CallContext): MarginAccountRef {
  const owner = ctx.caller!.accountId;
  if (!isIsolated(params)) return { accountId: crossAccountId(owner), isolatedSymbol: undefined };
  const symbol = params.string('symbol');
  if (symbol === undefined) throw errors.mandatory('symbol');
  return { accountId: isolatedAccountId(owner, symbol), isolatedSymbol: symbol };
}

/** The margin account named by `isolatedSymbol` (the queries' way), or the cross one without it. */
export function marginAccountByIsolatedSymbol(params: Params, ctx: CallContext): MarginAccountRef {
  const owner = ctx.caller!.accountId;
  const symbol = params.string('isolatedSymbol');
  return symbol === undefined
    ? { accountId: crossAccountId(owner), isolatedSymbol: undefined }
    : { accountId: isolatedAccountId(owner, symbol), isolatedSymbol: symbol };
}

/**
 * A SAPI margin method: `route` is `<HTTP method> <path>`, `weight` counts against the endpoint's
 * `weightType` budget, and `handle` gets the margin account the request acts on (named by
 * `isIsolated` and `symbol`, or by `isolatedSymbol` when `accountBy` says so).
 */
export function marginMethod(
  route: `${RestBinding['method']} /sapi/${string}`,
  security: Security,
  weight: number,
  weightType: 'IP' | 'UID',
  handle: (params: Params, ctx: CallContext, account: MarginAccountRef) => unknown,
  accountBy: 'isIsolated' | 'isolatedSymbol' = 'isIsolated',
): ApiMethod {
  const accountOf = accountBy === 'isIsolated' ? marginAccountOf : marginAccountByIsolatedSymbol;
  const [method, path] = route.split(' ') as [RestBinding['method'], string];
  return {
    rest: { method, path },
    security,
    weight,
    weightType,
    handle: (params, ctx) => handle(params, ctx, accountOf(params, ctx)),
  };
}
