// Generated from spec/usdm/operations/get-trading-schedule.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-trading-schedule';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetTradingScheduleResponse: Validator = validate;

/** Parameters of Trading Schedule (`GET /fapi/v1/tradingSchedule`). It takes none. */
export type GetTradingScheduleParams = Record<string, never>;

/** Trading Schedule: the response body with Binance's names. The trading sessions of the markets underlying TradFi perpetuals (U.S. equities: PRE_MARKET, REGULAR, AFTER_MARKET, OVERNIGHT, NO_TRADING; commodities, Korean and Hong Kong equities: REGULAR, NO_TRADING), one week back and one week forward from the day before the request. */
export interface GetTradingScheduleResponse {
  /** When the schedule was last updated. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
  /** By market: EQUITY, COMMODITY, KR_EQUITY, HK_EQUITY (a map: Binance adds markets). */
  marketSchedules: Record<string, {
    /** Sessions, in time order. */
    sessions: Array<{
      /** Start of the session. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
      startTime: number;
      /** End of the session. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
      endTime: number;
      /** Session type (REGULAR, NO_TRADING, PRE_MARKET, AFTER_MARKET, OVERNIGHT). */
      type: string;
    }>;
  }>;
}

/** Trading Schedule, parsed: readable names; decimals are exact strings unless `parseGetTradingScheduleResponse` is given a `decimal` converter. */
export interface ParsedGetTradingScheduleResponse {
  /** When the schedule was last updated. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
  /** By market: EQUITY, COMMODITY, KR_EQUITY, HK_EQUITY (a map: Binance adds markets). */
  marketSchedules: Record<string, {
    /** Sessions, in time order. */
    sessions: Array<{
      /** Start of the session. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
      startTime: number;
      /** End of the session. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
      endTime: number;
      /** Session type (REGULAR, NO_TRADING, PRE_MARKET, AFTER_MARKET, OVERNIGHT). */
      type: string;
    }>;
  }>;
}

/** Descriptor of Trading Schedule: data the runtime interprets. */
export const getTradingScheduleOperation: OperationDescriptor<GetTradingScheduleParams, GetTradingScheduleResponse> = { operation: "getTradingSchedule", security: "NONE", weight: 5, params: {}, rest: {"method":"GET","path":"/fapi/v1/tradingSchedule"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-trading-schedule.json", validate: validateGetTradingScheduleResponse };

/**
 * Trading Schedule: `GET /fapi/v1/tradingSchedule`. The trading sessions of the markets underlying TradFi perpetuals (U.S. equities: PRE_MARKET, REGULAR, AFTER_MARKET, OVERNIGHT, NO_TRADING; commodities, Korean and Hong Kong equities: REGULAR, NO_TRADING), one week back and one week forward from the day before the request.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetTradingScheduleResponse` if you want readable names. Weight 5. Security NONE.
 */
export function getTradingScheduleHttp(params?: GetTradingScheduleParams, client?: HttpClient): Observable<GetTradingScheduleResponse> {
  return requestHttp(getTradingScheduleOperation, params ?? {}, client);
}

/** Maps a raw `GetTradingScheduleResponse` to the readable `ParsedGetTradingScheduleResponse`. */
export function parseGetTradingScheduleResponse(raw: GetTradingScheduleResponse): ParsedGetTradingScheduleResponse {
  return { updateTime: raw.updateTime, marketSchedules: Object.fromEntries(Object.entries(raw.marketSchedules).map(([key0, value0]) => [key0, { sessions: value0.sessions.map((item1) => ({ startTime: item1.startTime, endTime: item1.endTime, type: item1.type })) }])) };
}
