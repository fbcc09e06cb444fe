// Generated from spec/operations/get-my-prevented-matches.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-my-prevented-matches';
import { spotProduct } from '../product';
import type { ParsedPreventedMatchRecordFields, PreventedMatchRecordFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetMyPreventedMatchesResponse: Validator = validate;

/** Parameters of Query Prevented Matches (`GET /api/v3/myPreventedMatches`, WebSocket API `myPreventedMatches`). */
export interface GetMyPreventedMatchesParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol: string;
  /** One prevented match, by id. */
  preventedMatchId?: number;
  /** Order id assigned by Binance. */
  orderId?: number;
  /** Prevented match id to start from. */
  fromPreventedMatchId?: number;
  /** How many to return; default 500, at most 1000. Default: `500`. */
  limit?: number;
}

/** Query Prevented Matches: the response body with Binance's names. Orders expired by self-trade prevention, by prevented match id or order id. */
export type GetMyPreventedMatchesResponse = Array<PreventedMatchRecordFields>;

/** Query Prevented Matches, parsed: readable names; decimals are exact strings unless `parseGetMyPreventedMatchesResponse` is given a `decimal` converter. */
export type ParsedGetMyPreventedMatchesResponse<D = string> = Array<ParsedPreventedMatchRecordFields<D>>;

/** Descriptor of Query Prevented Matches: data the runtime interprets. */
export const getMyPreventedMatchesOperation: OperationDescriptor<GetMyPreventedMatchesParams, GetMyPreventedMatchesResponse> = { operation: "getMyPreventedMatches", security: "USER_DATA", weight: 2, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","required":true},"preventedMatchId":{"type":"integer"},"orderId":{"type":"integer","minimum":0},"fromPreventedMatchId":{"type":"integer"},"limit":{"type":"integer","minimum":1,"maximum":1000}}, anyOf: [["preventedMatchId","orderId"]], rest: {"method":"GET","path":"/api/v3/myPreventedMatches"}, wsApi: {"method":"myPreventedMatches"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-my-prevented-matches.json", validate: validateGetMyPreventedMatchesResponse };

/**
 * Query Prevented Matches: `GET /api/v3/myPreventedMatches`. Orders expired by self-trade prevention, by prevented match id or order id.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetMyPreventedMatchesResponse` if you want readable names. Weight 2 (By preventedMatchId: 2; by orderId: 20.). Security USER_DATA.
 */
export function getMyPreventedMatchesHttp(params: GetMyPreventedMatchesParams, client?: HttpClient): Observable<GetMyPreventedMatchesResponse> {
  return requestHttp(getMyPreventedMatchesOperation, params, client);
}

/** Query Prevented Matches over the WebSocket API (`myPreventedMatches`): returns a function that sends one request per subscription and emits its `result`. Orders expired by self-trade prevention, by prevented match id or order id. Weight 2 (By preventedMatchId: 2; by orderId: 20.). Security USER_DATA. */
export function getMyPreventedMatchesFactory(session: WsApiSession): (params: GetMyPreventedMatchesParams) => Observable<GetMyPreventedMatchesResponse> {
  return (params) => session.request(getMyPreventedMatchesOperation, params);
}

/** Maps a raw `GetMyPreventedMatchesResponse` to the readable `ParsedGetMyPreventedMatchesResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetMyPreventedMatchesResponse<D = string>(raw: GetMyPreventedMatchesResponse, options?: ParseOptions<D>): ParsedGetMyPreventedMatchesResponse<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return raw.map((item0) => ({ symbol: item0.symbol, preventedMatchId: item0.preventedMatchId, takerOrderId: item0.takerOrderId, makerSymbol: item0.makerSymbol, makerOrderId: item0.makerOrderId, tradeGroupId: item0.tradeGroupId, selfTradePreventionMode: item0.selfTradePreventionMode, price: decimal(item0.price), takerPreventedQuantity: optionalDecimal(item0.takerPreventedQuantity), makerPreventedQuantity: optionalDecimal(item0.makerPreventedQuantity), transactTime: item0.transactTime }));
}
