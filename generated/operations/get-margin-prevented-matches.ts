// Generated from spec/operations/sapi/get-margin-prevented-matches.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-margin-prevented-matches';
import { spotProduct } from '../product';
import type { ParsedPreventedMatchRecordFields, PreventedMatchRecordFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetMarginPreventedMatchesResponse: Validator = validate;

/** Parameters of Query Prevented Matches (USER_DATA) (`GET /sapi/v1/margin/myPreventedMatches`). */
export interface GetMarginPreventedMatchesParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol: string;
  /** Margin account: TRUE for the isolated margin account of the symbol, FALSE (Binance's default) for the cross margin account. Sent as text, as Binance documents it. */
  isIsolated?: "TRUE" | "FALSE";
  /** One prevented match, by id. */
  preventedMatchId?: number;
  /** Order id assigned by Binance. */
  orderId?: number;
  /** Prevented match id to start from (with orderId). */
  fromPreventedMatchId?: number;
}

/** Query Prevented Matches (USER_DATA): the response body with Binance's names. Orders of the cross margin account (or, with isIsolated TRUE, of the symbol's isolated margin account) that self-trade prevention expired, by prevented match id or by order id. */
export type GetMarginPreventedMatchesResponse = Array<PreventedMatchRecordFields>;

/** Query Prevented Matches (USER_DATA), parsed: readable names; decimals are exact strings unless `parseGetMarginPreventedMatchesResponse` is given a `decimal` converter. */
export type ParsedGetMarginPreventedMatchesResponse<D = string> = Array<ParsedPreventedMatchRecordFields<D>>;

/** Descriptor of Query Prevented Matches (USER_DATA): data the runtime interprets. */
export const getMarginPreventedMatchesOperation: OperationDescriptor<GetMarginPreventedMatchesParams, GetMarginPreventedMatchesResponse> = { operation: "getMarginPreventedMatches", security: "USER_DATA", weight: 10, weightType: "IP", params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","required":true},"isIsolated":{"type":"string","enum":["TRUE","FALSE"]},"preventedMatchId":{"type":"integer","minimum":0},"orderId":{"type":"integer","minimum":0},"fromPreventedMatchId":{"type":"integer","minimum":0}}, anyOf: [["preventedMatchId","orderId"]], rest: {"method":"GET","path":"/sapi/v1/margin/myPreventedMatches"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-margin-prevented-matches.json", validate: validateGetMarginPreventedMatchesResponse };

/**
 * Query Prevented Matches (USER_DATA): `GET /sapi/v1/margin/myPreventedMatches`. Orders of the cross margin account (or, with isIsolated TRUE, of the symbol's isolated margin account) that self-trade prevention expired, by prevented match id or by order id.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetMarginPreventedMatchesResponse` if you want readable names. Weight 10 (IP). Security USER_DATA.
 */
export function getMarginPreventedMatchesHttp(params: GetMarginPreventedMatchesParams, client?: HttpClient): Observable<GetMarginPreventedMatchesResponse> {
  return requestHttp(getMarginPreventedMatchesOperation, params, client);
}

/** Maps a raw `GetMarginPreventedMatchesResponse` to the readable `ParsedGetMarginPreventedMatchesResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetMarginPreventedMatchesResponse<D = string>(raw: GetMarginPreventedMatchesResponse, options?: ParseOptions<D>): ParsedGetMarginPreventedMatchesResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return raw.map((item0) => ({ symbol: item0.symbol, preventedMatchId: item0.preventedMatchId, takerOrderId: item0.takerOrderId, makerSymbol: item0.makerSymbol, makerOrderId: item0.makerOrderId, tradeGroupId: item0.tradeGroupId, selfTradePreventionMode: item0.selfTradePreventionMode, price: decimal(item0.price), takerPreventedQuantity: optionalDecimal(item0.takerPreventedQuantity), makerPreventedQuantity: optionalDecimal(item0.makerPreventedQuantity), transactTime: item0.transactTime }));
}
