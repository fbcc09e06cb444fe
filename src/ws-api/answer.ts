/**
 * A response's outcome: its `result`, or the typed error for its `error` (`web-socket-api.md`,
 * "Response format", "Rate limits"): 429 carries `retryAfter` (a time, ms) in `error.data`, 418
 * is an IP ban, anything else a `BinanceApiError` with Binance's code and message. A response
 * Binance would not send (see `WsApiResponse.problem`) is a `MalformedMessageError`.
 */
import {
  BinanceApiError,
  IpBannedError,
  MalformedMessageError,
  RateLimitedError,
  type BinanceRxError,
  type RequestInfo,
} from '../errors';
import { excerptOf } from '../socket/bounded-json';
import type { WsApiResponse } from './frames';

export type Answer = { readonly result: unknown } | BinanceRxError;

export function answerOf(frame: WsApiResponse, request: RequestInfo): Answer {
  if (frame.problem !== undefined) {
    return new MalformedMessageError(`${request.method} response ${frame.id}`, frame.problem);
  }
  const error = frame.error;
  if (error === undefined) return { result: frame.result };
  const info = { ...request, requestId: frame.id ?? undefined };
  const data = (typeof error.data === 'object' && error.data !== null ? error.data : {}) as {
    retryAfter?: unknown;
    serverTime?: unknown;
  };
  const waitMs =
    typeof data.retryAfter === 'number' && typeof data.serverTime === 'number'
      ? Math.max(0, data.retryAfter - data.serverTime)
      : undefined;
  if (frame.status === 429) return new RateLimitedError(info, error.code, error.msg, waitMs);
  if (frame.status === 418) return new IpBannedError(info, error.code, error.msg, waitMs);
  return new BinanceApiError(info, frame.status, error.code, error.msg);
}

/**
 * The `subscriptionId` a `userDataStream.subscribe` answer carries (`{subscriptionId: 0}`), or
 * the error it ended with; a result without one (`null`, a string) is a `MalformedMessageError`.
 */
export function subscriptionIdOf(answer: Answer, method: string): number | BinanceRxError {
  if (!('result' in answer)) return answer;
  const { result } = answer;
  const id =
    typeof result === 'object' && result !== null
      ? (result as { subscriptionId?: unknown }).subscriptionId
      : undefined;
  if (typeof id === 'number' && Number.isInteger(id)) return id;
  return new MalformedMessageError(excerptOf(result), `${method} result has no subscriptionId`);
}
