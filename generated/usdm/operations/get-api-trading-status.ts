// Generated from spec/usdm/operations/get-api-trading-status.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-api-trading-status';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetApiTradingStatusResponse: Validator = validate;

/** Parameters of Futures Trading Quantitative Rules Indicators (`GET /fapi/v1/apiTradingStatus`). */
export interface GetApiTradingStatusParams {
  /** Contract symbol such as BTCUSDT. */
  symbol?: string;
}

/** Futures Trading Quantitative Rules Indicators: the response body with Binance's names. The quantitative rules indicators of the account (per symbol, and ACCOUNT for account-wide ones): each indicator's value, its trigger value, and whether it locked trading until when. */
export interface GetApiTradingStatusResponse {
  /** By symbol, and ACCOUNT for the account-wide indicators. */
  indicators: Record<string, Array<{
    /** Whether trading is locked by it. */
    isLocked: boolean;
    /** When a lock ends. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    plannedRecoverTime: number;
    /** Indicator (UFR, IFER, GCR, DR, TMV). */
    indicator: string;
    /** Its value (a JSON number). */
    value: number;
    /** The value that triggers it (a JSON number). */
    triggerValue: number;
  }>>;
  /** Time of the values. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
}

/** Futures Trading Quantitative Rules Indicators, parsed: readable names; decimals are exact strings unless `parseGetApiTradingStatusResponse` is given a `decimal` converter. */
export interface ParsedGetApiTradingStatusResponse {
  /** By symbol, and ACCOUNT for the account-wide indicators. */
  indicators: Record<string, Array<{
    /** Whether trading is locked by it. */
    isLocked: boolean;
    /** When a lock ends. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    plannedRecoverTime: number;
    /** Indicator (UFR, IFER, GCR, DR, TMV). */
    indicator: string;
    /** Its value (a JSON number). */
    value: number;
    /** The value that triggers it (a JSON number). */
    triggerValue: number;
  }>>;
  /** Time of the values. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
}

/** Descriptor of Futures Trading Quantitative Rules Indicators: data the runtime interprets. */
export const getApiTradingStatusOperation: OperationDescriptor<GetApiTradingStatusParams, GetApiTradingStatusResponse> = { operation: "getApiTradingStatus", security: "USER_DATA", weight: 10, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$"}}, rest: {"method":"GET","path":"/fapi/v1/apiTradingStatus"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-api-trading-status.json", validate: validateGetApiTradingStatusResponse };

/**
 * Futures Trading Quantitative Rules Indicators: `GET /fapi/v1/apiTradingStatus`. The quantitative rules indicators of the account (per symbol, and ACCOUNT for account-wide ones): each indicator's value, its trigger value, and whether it locked trading until when.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetApiTradingStatusResponse` if you want readable names. Weight 10 (symbol: 1; none: 10.). Security USER_DATA.
 */
export function getApiTradingStatusHttp(params?: GetApiTradingStatusParams, client?: HttpClient): Observable<GetApiTradingStatusResponse> {
  return requestHttp(getApiTradingStatusOperation, params ?? {}, client);
}

/** Maps a raw `GetApiTradingStatusResponse` to the readable `ParsedGetApiTradingStatusResponse`. */
export function parseGetApiTradingStatusResponse(raw: GetApiTradingStatusResponse): ParsedGetApiTradingStatusResponse {
  return { indicators: Object.fromEntries(Object.entries(raw.indicators).map(([key0, value0]) => [key0, value0.map((item1) => ({ isLocked: item1.isLocked, plannedRecoverTime: item1.plannedRecoverTime, indicator: item1.indicator, value: item1.value, triggerValue: item1.triggerValue }))])), updateTime: raw.updateTime };
}
