/**
 * A response's outcome: its `result`, or the typed error for its `error` (`web-socket-api.md`,
 * "Response format", "Rate limits"): 429 carries `retryAfter` (a time, ms) in `error.data`, 418
 * is an IP ban, anything else a `BinanceApiError` with Binance's code and message.
 */
import {
  BinanceApiError,
  IpBannedError,
  RateLimitedError,
  type BinanceRxError,
  type RequestInfo,
} from '../errors';
import type { WsApiResponse } from './frames';

export type Answer = { readonly result: unknown } | BinanceRxError;

export function answerOf(frame: WsApiResponse, request: RequestInfo): Answer {
  const error = frame.error;
  if (error === undefined) return { result: frame.result };
  const info = { ...request, requestId: frame.id ?? undefined };
  const data = (error.data ?? {}) as { retryAfter?: unknown; serverTime?: unknown };
  const waitMs =
    typeof data.retryAfter === 'number' && typeof data.serverTime === 'number'
      ? Math.max(0, data.retryAfter - data.serverTime)
      : undefined;
  if (frame.status === 429) return new RateLimitedError(info, error.code, error.msg, waitMs);
  if (frame.status === 418) return new IpBannedError(info, error.code, error.msg, waitMs);
  return new BinanceApiError(info, frame.status, error.code, error.msg);
}
