// Generated from spec/usdm/operations/set-countdown-cancel-all.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/set-countdown-cancel-all';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateSetCountdownCancelAllResponse: Validator = validate;

/** Parameters of Auto-Cancel All Open Orders (`POST /fapi/v1/countdownCancelAll`). */
export interface SetCountdownCancelAllParams {
  /** Contract symbol such as BTCUSDT. */
  symbol: string;
  /** Countdown in milliseconds (1000 is 1 s); 0 stops it. */
  countdownTime: number;
}

/** Auto-Cancel All Open Orders: the response body with Binance's names. A dead man's switch: cancels every open order of the symbol when the countdown ends unless it is called again before; call it as a heartbeat (say every 30 s with 120000), and with 0 to stop the countdown. Binance checks countdowns about every 10 ms. */
export interface SetCountdownCancelAllResponse {
  /** Symbol. */
  symbol: string;
  /** The countdown in milliseconds, as a string of digits. */
  countdownTime: string;
}

/** Auto-Cancel All Open Orders, parsed: readable names; decimals are exact strings unless `parseSetCountdownCancelAllResponse` is given a `decimal` converter. */
export interface ParsedSetCountdownCancelAllResponse {
  /** Symbol. */
  symbol: string;
  /** The countdown in milliseconds, as a string of digits. */
  countdownTime: string;
}

/** Descriptor of Auto-Cancel All Open Orders: data the runtime interprets. */
export const setCountdownCancelAllOperation: OperationDescriptor<SetCountdownCancelAllParams, SetCountdownCancelAllResponse> = { operation: "setCountdownCancelAll", security: "TRADE", weight: 10, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","required":true},"countdownTime":{"type":"integer","minimum":0,"required":true}}, rest: {"method":"POST","path":"/fapi/v1/countdownCancelAll"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/set-countdown-cancel-all.json", validate: validateSetCountdownCancelAllResponse };

/**
 * Auto-Cancel All Open Orders: `POST /fapi/v1/countdownCancelAll`. A dead man's switch: cancels every open order of the symbol when the countdown ends unless it is called again before; call it as a heartbeat (say every 30 s with 120000), and with 0 to stop the countdown. Binance checks countdowns about every 10 ms.
 *
 * Emits the full JSON body once, then completes; parse it with `parseSetCountdownCancelAllResponse` if you want readable names. Weight 10. Security TRADE.
 */
export function setCountdownCancelAllHttp(params: SetCountdownCancelAllParams, client?: HttpClient): Observable<SetCountdownCancelAllResponse> {
  return requestHttp(setCountdownCancelAllOperation, params, client);
}

/** Maps a raw `SetCountdownCancelAllResponse` to the readable `ParsedSetCountdownCancelAllResponse`. */
export function parseSetCountdownCancelAllResponse(raw: SetCountdownCancelAllResponse): ParsedSetCountdownCancelAllResponse {
  return { symbol: raw.symbol, countdownTime: raw.countdownTime };
}
