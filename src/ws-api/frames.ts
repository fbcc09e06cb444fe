/**
 * What arrives on a WebSocket API socket (`web-socket-api.md`, "Response format", "Event
 * format"): a response to a request, an event of a user data stream subscription, or the
 * `serverShutdown` notice. Reading is total: any parsed value, of any depth, is read without
 * throwing and without recursing into it.
 */
import { excerptOf } from '../socket/bounded-json';

/** One entry of a response's `rateLimits`. */
export interface WsApiRateLimit {
  readonly rateLimitType: string;
  readonly interval: string;
  readonly intervalNum: number;
  readonly limit: number;
  readonly count: number;
}

/** `{id, status, result | error, rateLimits}`. */
export interface WsApiResponse {
  readonly kind: 'response';
  readonly id: string | number | null;
  readonly status: number;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly msg: string; readonly data?: unknown };
  /** Set when the response is not one Binance sends (an `error` without a code, a 4xx without
   * `error`): the request it answers fails with `MalformedMessageError` saying this. */
  readonly problem?: string;
  readonly rateLimits?: readonly WsApiRateLimit[];
}

/** `{subscriptionId, event}`: an event of a user data stream subscription. */
export interface WsApiSubscriptionEvent {
  readonly kind: 'event';
  readonly subscriptionId: number;
  readonly event: { readonly e: string; readonly E: number } & Readonly<Record<string, unknown>>;
}

/** `{event: {e: "serverShutdown", E}}`: the server is about to close the connection. */
export interface WsApiShutdown {
  readonly kind: 'shutdown';
  readonly time: number;
}

export type WsApiFrame = WsApiResponse | WsApiSubscriptionEvent | WsApiShutdown;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Classifies a parsed frame; undefined when it is none of the documented shapes. */
export function readWsApiFrame(value: unknown): WsApiFrame | undefined {
  if (!isObject(value)) return undefined;
  const { id, status, event, subscriptionId } = value;
  if (
    typeof status === 'number' &&
    (typeof id === 'string' || typeof id === 'number' || id === null)
  ) {
    return readResponse(value, id, status);
  }
  if (!isObject(event) || typeof event.e !== 'string') return undefined;
  if (typeof subscriptionId === 'number') {
    // Every user data event carries its time `E`; one without it is not Binance's.
    if (typeof event.E !== 'number') return undefined;
    return { kind: 'event', subscriptionId, event: event as WsApiSubscriptionEvent['event'] };
  }
  if (event.e === 'serverShutdown') {
    return { kind: 'shutdown', time: typeof event.E === 'number' ? event.E : 0 };
  }
  return undefined;
}

function readResponse(
  value: Record<string, unknown>,
  id: string | number | null,
  status: number,
): WsApiResponse {
  const base = {
    kind: 'response',
    id,
    status,
    rateLimits: rateLimitsOf(value.rateLimits),
  } as const;
  const error = value.error;
  if (error === undefined) {
    if (status >= 400) return { ...base, problem: `status ${status} without error` };
    return { ...base, result: value.result };
  }
  if (!isObject(error) || typeof error.code !== 'number') {
    return { ...base, problem: `error is not {code, msg}: ${excerptOf(error)}` };
  }
  const { code, msg, data } = error;
  // A `msg` of another type is shown as a bounded excerpt: it ends up in error messages, and a
  // template literal of a deep array recurses.
  return {
    ...base,
    error: { code, msg: typeof msg === 'string' ? msg : excerptOf(msg ?? null), data },
  };
}

function rateLimitsOf(value: unknown): readonly WsApiRateLimit[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.filter(
    (entry): entry is WsApiRateLimit =>
      isObject(entry) &&
      typeof entry.rateLimitType === 'string' &&
      typeof entry.interval === 'string' &&
      typeof entry.intervalNum === 'number' &&
      typeof entry.limit === 'number' &&
      typeof entry.count === 'number',
  );
}
