/**
 * Drives a WebSocket API session on virtual time with `MockWebSocket` playing the server:
 * `advance(ms)` runs every timer due within `ms`, `reply` / `fail` answer a sent request by method.
 */
import { VirtualTimeScheduler } from 'rxjs';
import { wsApiSession, type WsApiSessionEvent } from '../../../src/ws-api/session';
import type { WsApiOptions } from '../../../src/ws-api/options';
import { MockWebSocket } from '../mock-web-socket';

export interface SentRequest {
  readonly id: number;
  readonly method: string;
  readonly params: Record<string, unknown>;
}

export function harness(options: WsApiOptions = {}) {
  const scheduler = new VirtualTimeScheduler();
  MockWebSocket.reset();
  const session = wsApiSession({
    url: 'ws://binance.test/ws-api/v3',
    WebSocket: MockWebSocket,
    scheduler,
    reconnect: { initialDelayMs: 1000, multiplier: 2, jitter: 0 },
    ...options,
  });
  const events: WsApiSessionEvent[] = [];
  session.subscribe((event) => events.push(event));

  const server = () => MockWebSocket.last();
  const sent = (socket = server()): SentRequest[] => socket.sentJson() as SentRequest[];
  const lastSent = (method: string, socket = server()): SentRequest => {
    const request = sent(socket)
      .filter((r) => r.method === method)
      .at(-1);
    if (request === undefined) throw new Error(`${method} was not sent`);
    return request;
  };
  return {
    scheduler,
    session,
    events,
    server,
    sent,
    lastSent,
    /** Runs the timers due in the next `ms` of virtual time. */
    advance(ms: number) {
      scheduler.maxFrames = scheduler.frame + ms;
      scheduler.flush();
      scheduler.frame = scheduler.maxFrames;
    },
    reply(method: string, result: unknown, socket = server(), extra: object = {}) {
      socket.receive({ id: lastSent(method, socket).id, status: 200, result, ...extra });
    },
    fail(method: string, status: number, code: number, msg: string, data?: unknown) {
      server().receive({ id: lastSent(method).id, status, error: { code, msg, data } });
    },
  };
}
