// Generated from spec/usdm/operations/get-delivery-price.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-delivery-price';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetDeliveryPriceResponse: Validator = validate;

/** Parameters of Quarterly Contract Settlement Price (`GET /futures/data/delivery-price`). */
export interface GetDeliveryPriceParams {
  /** Underlying pair such as BTCUSDT (a perpetual's pair is its symbol). */
  pair: string;
}

/** Quarterly Contract Settlement Price: the response body with Binance's names. The settlement prices of a pair's past quarterly contracts, by delivery time. Weight 0. */
export type GetDeliveryPriceResponse = Array<{
  /** Delivery time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  deliveryTime: number;
  /** Settlement price (a JSON number). */
  deliveryPrice: number;
}>;

/** Quarterly Contract Settlement Price, parsed: readable names; decimals are exact strings unless `parseGetDeliveryPriceResponse` is given a `decimal` converter. */
export type ParsedGetDeliveryPriceResponse = Array<{
  /** Delivery time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  deliveryTime: number;
  /** Settlement price (a JSON number). */
  deliveryPrice: number;
}>;

/** Descriptor of Quarterly Contract Settlement Price: data the runtime interprets. */
export const getDeliveryPriceOperation: OperationDescriptor<GetDeliveryPriceParams, GetDeliveryPriceResponse> = { operation: "getDeliveryPrice", security: "NONE", weight: 0, params: {"pair":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true}}, rest: {"method":"GET","path":"/futures/data/delivery-price"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-delivery-price.json", validate: validateGetDeliveryPriceResponse };

/**
 * Quarterly Contract Settlement Price: `GET /futures/data/delivery-price`. The settlement prices of a pair's past quarterly contracts, by delivery time. Weight 0.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetDeliveryPriceResponse` if you want readable names. Weight 0. Security NONE.
 */
export function getDeliveryPriceHttp(params: GetDeliveryPriceParams, client?: HttpClient): Observable<GetDeliveryPriceResponse> {
  return requestHttp(getDeliveryPriceOperation, params, client);
}

/** Maps a raw `GetDeliveryPriceResponse` to the readable `ParsedGetDeliveryPriceResponse`. */
export function parseGetDeliveryPriceResponse(raw: GetDeliveryPriceResponse): ParsedGetDeliveryPriceResponse {
  return raw.map((item0) => ({ deliveryTime: item0.deliveryTime, deliveryPrice: item0.deliveryPrice }));
}
