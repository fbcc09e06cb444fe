/**
 * A connection over mock sockets with trade subscriptions as `SYMBOL:price` strings, and the
 * requests a mock socket sent: what the sharding and resubscription tests share.
 */
import { map, type Observable } from 'rxjs';
import type { ConnectionOptions } from '../../src/connection/options';
import { publicWebsocketConnection } from '../../src/connection/public-websocket-connection';
import { filterNewSocketOnly } from '../../src/operators/filter-new-socket-only';
import { keepMessagesOnly } from '../../src/operators/keep-messages-only';
import { subscribeTrade } from './fixtures';
import { MockWebSocket } from './mock-web-socket';

export function tradeConnection(options: ConnectionOptions) {
  const connection = publicWebsocketConnection({
    url: 'ws://binance.test/stream',
    WebSocket: MockWebSocket,
    reconnect: { initialDelayMs: 1000, jitter: 0 },
    rotateAfterMs: false,
    heartbeatTimeoutMs: false,
    // Mock sockets open only when a test opens them, possibly much later: no connect timeout.
    connectTimeoutMs: false,
    ...options,
  });
  const messages = connection.pipe(keepMessagesOnly());
  const sockets = connection.pipe(filterNewSocketOnly());
  const trades = (symbol: string): Observable<string> =>
    sockets.pipe(
      subscribeTrade(symbol, messages),
      map((event) => `${event.s}:${event.p}`),
    );
  return { connection, trades };
}

/** `[frame, method, streams]` of each SUBSCRIBE / UNSUBSCRIBE a socket sent. */
export const requests = (socket: MockWebSocket | undefined) =>
  (socket?.sentAt ?? []).map(([frame, payload]) => {
    const { method, params } = payload as { method: string; params: string[] };
    return [frame, method, params];
  });
