/**
 * The runtime over real sockets: a `ws` server on a loopback port plays a minimal Binance
 * combined-stream endpoint, and the real `ws` client connects through `publicWebsocketConnection`.
 */
import {
  asyncScheduler,
  firstValueFrom,
  filter,
  take,
  toArray,
  type SchedulerAction,
  type SchedulerLike,
  type Subscription,
} from 'rxjs';
import { WebSocket, WebSocketServer } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicWebsocketConnection } from '../../src/connection/public-websocket-connection';
import { filterNewSocketOnly } from '../../src/operators/filter-new-socket-only';
import { keepMessagesOnly } from '../../src/operators/keep-messages-only';
import { keepStatusOnly } from '../../src/operators/keep-status-only';
import { subscribeTrade, trade, type TradeEvent } from '../runtime/fixtures';

interface Request {
  method: string;
  params: string[];
  id: number;
}

/** A tiny Binance: acks control requests and pushes two trades per subscribed stream. */
class LoopbackBinance {
  readonly server: WebSocketServer;
  readonly requests: { socket: number; request: Request }[] = [];
  readonly paths: string[] = [];
  private sockets = 0;
  private waiters: (() => void)[] = [];

  constructor() {
    this.server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    this.server.on('connection', (socket, request) => {
      const id = (this.sockets += 1);
      this.paths.push(request.url ?? '');
      socket.on('message', (raw) => {
        const frame = JSON.parse(String(raw)) as Request;
        this.requests.push({ socket: id, request: frame });
        socket.send(JSON.stringify({ result: null, id: frame.id }));
        if (frame.method === 'SUBSCRIBE') {
          for (const stream of frame.params) {
            const symbol = stream.split('@')[0]?.toUpperCase() ?? '';
            socket.send(JSON.stringify({ stream, data: trade(symbol, `${id}.1`) }));
            socket.send(JSON.stringify({ stream, data: trade(symbol, `${id}.2`) }));
          }
        }
        this.waiters.splice(0).forEach((wake) => wake());
      });
    });
  }

  async listening(): Promise<string> {
    if (this.server.address() === null) {
      await new Promise<void>((resolve) => this.server.once('listening', () => resolve()));
    }
    const address = this.server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    return `ws://127.0.0.1:${address.port}/stream`;
  }

  /** Resolves once a request matching `match` has arrived. */
  async request(match: (entry: { socket: number; request: Request }) => boolean): Promise<void> {
    while (!this.requests.some(match)) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  /** Closes every client socket from the server's side. */
  dropClients(): void {
    for (const client of this.server.clients) client.terminate();
  }

  close(): Promise<void> {
    for (const client of this.server.clients) client.terminate();
    return new Promise((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
  }
}

describe('loopback Binance', () => {
  const binance = new LoopbackBinance();
  let url = '';

  beforeAll(async () => {
    url = await binance.listening();
  });
  afterAll(() => binance.close());

  it('subscribes, receives, unsubscribes, and resubscribes after a server-side close', async () => {
    const timers = trackedScheduler();
    const connection = publicWebsocketConnection({
      url,
      WebSocket,
      scheduler: timers.scheduler,
      reconnect: { initialDelayMs: 20, jitter: 0 },
    });
    const messages = connection.pipe(keepMessagesOnly());
    const sockets = connection.pipe(filterNewSocketOnly());
    const running: Subscription = connection.connect();

    // Subscribe, receive the two trades, then leave: the server sees SUBSCRIBE then UNSUBSCRIBE.
    const eth = await firstValueFrom(
      sockets.pipe(subscribeTrade('ETHUSDT', messages), take(2), toArray()),
    );
    expect(eth).toEqual<TradeEvent[]>([trade('ETHUSDT', '1.1'), trade('ETHUSDT', '1.2')]);
    await binance.request(({ request }) => request.method === 'UNSUBSCRIBE');
    expect(binance.requests.map(({ socket, request }) => ({ socket, ...request }))).toEqual([
      { socket: 1, method: 'SUBSCRIBE', params: ['ethusdt@trade'], id: 1 },
      { socket: 1, method: 'UNSUBSCRIBE', params: ['ethusdt@trade'], id: 2 },
    ]);

    // A long-lived subscription survives the server dropping the socket.
    const received: TradeEvent[] = [];
    const btc = sockets.pipe(subscribeTrade('BTCUSDT', messages)).subscribe((event) => {
      received.push(event);
    });
    await binance.request(({ request }) => request.params.includes('btcusdt@trade'));
    const reconnected = firstValueFrom(
      connection.pipe(
        keepStatusOnly(),
        filter((event) => event.status === 'open'),
      ),
    );
    binance.dropClients();
    await reconnected;
    await binance.request(({ socket, request }) => socket === 2 && request.method === 'SUBSCRIBE');
    await until(() => received.length === 4);

    expect(received.map((event) => event.p)).toEqual(['1.1', '1.2', '2.1', '2.2']);
    expect(binance.requests.at(-1)).toEqual({
      socket: 2,
      request: { method: 'SUBSCRIBE', params: ['btcusdt@trade'], id: 4 },
    });
    expect(binance.paths).toEqual(['/stream', '/stream']);

    btc.unsubscribe();
    running.unsubscribe();
    // Every ack timeout, flush and reconnect timer is gone once the connection is closed.
    expect(timers.live.size).toBe(0);
  });
});

/** asyncScheduler, keeping the set of scheduled actions that have neither run nor been cancelled. */
function trackedScheduler(): { scheduler: SchedulerLike; live: Set<Subscription> } {
  const live = new Set<Subscription>();
  const scheduler: SchedulerLike = {
    now: () => asyncScheduler.now(),
    schedule<T>(work: (this: SchedulerAction<T>, state?: T) => void, delay?: number, state?: T) {
      const action: Subscription = asyncScheduler.schedule<T>(
        function (this: SchedulerAction<T>, value?: T) {
          live.delete(action);
          work.call(this, value);
        },
        delay,
        state,
      );
      live.add(action);
      action.add(() => live.delete(action));
      return action;
    },
  };
  return { scheduler, live };
}

async function until(condition: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
