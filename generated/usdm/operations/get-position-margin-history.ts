// Generated from spec/usdm/operations/get-position-margin-history.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-position-margin-history';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetPositionMarginHistoryResponse: Validator = validate;

/** Parameters of Get Position Margin Change History (`GET /fapi/v1/positionMargin/history`). */
export interface GetPositionMarginHistoryParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
  /** 1 additions, 2 reductions; both when left out. */
  type?: number;
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
  /** How many to return; default 500. Default: `500`. */
  limit?: number;
}

/** Get Position Margin Change History: the response body with Binance's names. The account's isolated margin changes of one symbol (30 days at most), oldest first. */
export type GetPositionMarginHistoryResponse = Array<{
  /** Symbol. */
  symbol: string;
  /** 1 added, 2 reduced. */
  type: number;
  /** What made the change (USER_ADJUST for this endpoint). Sent only when: In the docs' example since 2023; older answers lack it */
  deltaType?: string;
  /** Amount. Exact decimal. */
  amount: string;
  /** Margin asset. */
  asset: string;
  /** Time of the change. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Position side. */
  positionSide: string;
}>;

/** Get Position Margin Change History, parsed: readable names; decimals are exact strings unless `parseGetPositionMarginHistoryResponse` is given a `decimal` converter. */
export type ParsedGetPositionMarginHistoryResponse<D = string> = Array<{
  /** Symbol. */
  symbol: string;
  /** 1 added, 2 reduced. */
  type: number;
  /** What made the change (USER_ADJUST for this endpoint). Sent only when: In the docs' example since 2023; older answers lack it */
  deltaType?: string | undefined;
  /** Amount. Exact decimal. */
  amount: D;
  /** Margin asset. */
  asset: string;
  /** Time of the change. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Position side. */
  positionSide: string;
}>;

/** Descriptor of Get Position Margin Change History: data the runtime interprets. */
export const getPositionMarginHistoryOperation: OperationDescriptor<GetPositionMarginHistoryParams, GetPositionMarginHistoryResponse> = { operation: "getPositionMarginHistory", security: "USER_DATA", weight: 1, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"type":{"type":"integer","minimum":1,"maximum":2},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0},"limit":{"type":"integer","minimum":1}}, rest: {"method":"GET","path":"/fapi/v1/positionMargin/history"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-position-margin-history.json", validate: validateGetPositionMarginHistoryResponse };

/**
 * Get Position Margin Change History: `GET /fapi/v1/positionMargin/history`. The account's isolated margin changes of one symbol (30 days at most), oldest first.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetPositionMarginHistoryResponse` if you want readable names. Weight 1. Security USER_DATA.
 */
export function getPositionMarginHistoryHttp(params: GetPositionMarginHistoryParams, client?: HttpClient): Observable<GetPositionMarginHistoryResponse> {
  return requestHttp(getPositionMarginHistoryOperation, params, client);
}

/** Maps a raw `GetPositionMarginHistoryResponse` to the readable `ParsedGetPositionMarginHistoryResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetPositionMarginHistoryResponse<D = string>(raw: GetPositionMarginHistoryResponse, options?: ParseOptions<D>): ParsedGetPositionMarginHistoryResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ symbol: item0.symbol, type: item0.type, deltaType: item0.deltaType, amount: decimal(item0.amount), asset: item0.asset, time: item0.time, positionSide: item0.positionSide }));
}
