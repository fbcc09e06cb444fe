// Generated from spec/usdm/operations/get-order-amendments.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-order-amendments';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetOrderAmendmentsResponse: Validator = validate;

/** Parameters of Get Order Modify History (`GET /fapi/v1/orderAmendment`). */
export interface GetOrderAmendmentsParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
  /** Order id assigned by Binance. */
  orderId?: number;
  /** Client order id given when the order was placed. */
  origClientOrderId?: string;
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
  /** How many to return; default 50, at most 100. Default: `50`. */
  limit?: number;
}

/** Get Order Modify History: the response body with Binance's names. The modifications of one order (3 months at most), each with its before and after. */
export type GetOrderAmendmentsResponse = Array<{
  /** Modification id. */
  amendmentId: number;
  /** Symbol. */
  symbol: string;
  /** Pair. */
  pair: string;
  /** Order id. */
  orderId: number;
  /** Client order id. */
  clientOrderId: string;
  /** Time of the modification. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** What changed. */
  amendment: {
    /** The price. */
    price: {
      /** Before. Exact decimal. */
      before: string;
      /** After. Exact decimal. */
      after: string;
    };
    /** The quantity. */
    origQty: {
      /** Before. Exact decimal. */
      before: string;
      /** After. Exact decimal. */
      after: string;
    };
    /** How many times the order has been modified. */
    count: number;
  };
}>;

/** Get Order Modify History, parsed: readable names; decimals are exact strings unless `parseGetOrderAmendmentsResponse` is given a `decimal` converter. */
export type ParsedGetOrderAmendmentsResponse<D = string> = Array<{
  /** Modification id. */
  amendmentId: number;
  /** Symbol. */
  symbol: string;
  /** Pair. */
  pair: string;
  /** Order id. */
  orderId: number;
  /** Client order id. */
  clientOrderId: string;
  /** Time of the modification. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** What changed. */
  amendment: {
    /** The price. */
    price: {
      /** Before. Exact decimal. */
      before: D;
      /** After. Exact decimal. */
      after: D;
    };
    /** The quantity. */
    origQty: {
      /** Before. Exact decimal. */
      before: D;
      /** After. Exact decimal. */
      after: D;
    };
    /** How many times the order has been modified. */
    count: number;
  };
}>;

/** Descriptor of Get Order Modify History: data the runtime interprets. */
export const getOrderAmendmentsOperation: OperationDescriptor<GetOrderAmendmentsParams, GetOrderAmendmentsResponse> = { operation: "getOrderAmendments", security: "USER_DATA", weight: 1, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"orderId":{"type":"integer","minimum":0},"origClientOrderId":{"type":"string"},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":1,"maximum":100}}, anyOf: [["orderId","origClientOrderId"]], rest: {"method":"GET","path":"/fapi/v1/orderAmendment"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-order-amendments.json", validate: validateGetOrderAmendmentsResponse };

/**
 * Get Order Modify History: `GET /fapi/v1/orderAmendment`. The modifications of one order (3 months at most), each with its before and after.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetOrderAmendmentsResponse` if you want readable names. Weight 1. Security USER_DATA.
 */
export function getOrderAmendmentsHttp(params: GetOrderAmendmentsParams, client?: HttpClient): Observable<GetOrderAmendmentsResponse> {
  return requestHttp(getOrderAmendmentsOperation, params, client);
}

/** Maps a raw `GetOrderAmendmentsResponse` to the readable `ParsedGetOrderAmendmentsResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetOrderAmendmentsResponse<D = string>(raw: GetOrderAmendmentsResponse, options?: ParseOptions<D>): ParsedGetOrderAmendmentsResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ amendmentId: item0.amendmentId, symbol: item0.symbol, pair: item0.pair, orderId: item0.orderId, clientOrderId: item0.clientOrderId, time: item0.time, amendment: { price: { before: decimal(item0.amendment.price.before), after: decimal(item0.amendment.price.after) }, origQty: { before: decimal(item0.amendment.origQty.before), after: decimal(item0.amendment.origQty.after) }, count: item0.amendment.count } }));
}
