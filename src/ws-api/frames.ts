/**
 * What arrives on a WebSocket API socket (`web-socket-api.md`, "Response format", "Event
 * format"): a response to a request, an event of a user data stream subscription, or the
 * `serverShutdown` notice.
 */

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
    const error = value.error;
    if (error !== undefined && !(isObject(error) && typeof error.code === 'number'))
      return undefined;
    return {
      kind: 'response',
      id,
      status,
      result: value.result,
      error: error as WsApiResponse['error'],
      rateLimits: Array.isArray(value.rateLimits)
        ? (value.rateLimits as WsApiRateLimit[])
        : undefined,
    };
  }
  if (!isObject(event) || typeof event.e !== 'string') return undefined;
  if (typeof subscriptionId === 'number') {
    return { kind: 'event', subscriptionId, event: event as WsApiSubscriptionEvent['event'] };
  }
  if (event.e === 'serverShutdown') {
    return { kind: 'shutdown', time: typeof event.E === 'number' ? event.E : 0 };
  }
  return undefined;
}
