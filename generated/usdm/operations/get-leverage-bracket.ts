// Generated from spec/usdm/operations/get-leverage-bracket.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-leverage-bracket';
import { usdmProduct } from '../product';
import type { LeverageBracketFields, ParsedLeverageBracketFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetLeverageBracketResponse: Validator = validate;

/** Parameters of Notional and Leverage Brackets (`GET /fapi/v1/leverageBracket`). */
export interface GetLeverageBracketParams {
  /** Contract symbol such as BTCUSDT. */
  symbol?: string;
}

/** Notional and Leverage Brackets: the response body with Binance's names. The notional tiers of each symbol: the highest leverage each allows and its maintenance margin ratio. One object with `symbol`, an array of every symbol without. */
export type GetLeverageBracketResponse = (LeverageBracketFields) | (Array<LeverageBracketFields>);

/** Notional and Leverage Brackets, parsed: readable names; decimals are exact strings unless `parseGetLeverageBracketResponse` is given a `decimal` converter. */
export type ParsedGetLeverageBracketResponse = (ParsedLeverageBracketFields) | (Array<ParsedLeverageBracketFields>);

/** Descriptor of Notional and Leverage Brackets: data the runtime interprets. */
export const getLeverageBracketOperation: OperationDescriptor<GetLeverageBracketParams, GetLeverageBracketResponse> = { operation: "getLeverageBracket", security: "USER_DATA", weight: 1, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$"}}, rest: {"method":"GET","path":"/fapi/v1/leverageBracket"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-leverage-bracket.json", validate: validateGetLeverageBracketResponse };

/**
 * Notional and Leverage Brackets: `GET /fapi/v1/leverageBracket`. The notional tiers of each symbol: the highest leverage each allows and its maintenance margin ratio. One object with `symbol`, an array of every symbol without.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetLeverageBracketResponse` if you want readable names. Weight 1. Security USER_DATA.
 */
export function getLeverageBracketHttp(params?: GetLeverageBracketParams, client?: HttpClient): Observable<GetLeverageBracketResponse> {
  return requestHttp(getLeverageBracketOperation, params ?? {}, client);
}

/** Maps a raw `GetLeverageBracketResponse` to the readable `ParsedGetLeverageBracketResponse`. */
export function parseGetLeverageBracketResponse(raw: GetLeverageBracketResponse): ParsedGetLeverageBracketResponse {
  return Array.isArray(raw) ? raw.map((item0) => ({ symbol: item0.symbol, notionalCoef: item0.notionalCoef, brackets: item0.brackets.map((item1) => ({ bracket: item1.bracket, initialLeverage: item1.initialLeverage, notionalCap: item1.notionalCap, notionalFloor: item1.notionalFloor, maintMarginRatio: item1.maintMarginRatio, cum: item1.cum })) })) : { symbol: raw.symbol, notionalCoef: raw.notionalCoef, brackets: raw.brackets.map((item0) => ({ bracket: item0.bracket, initialLeverage: item0.initialLeverage, notionalCap: item0.notionalCap, notionalFloor: item0.notionalFloor, maintMarginRatio: item0.maintMarginRatio, cum: item0.cum })) };
}
