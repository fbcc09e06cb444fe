/**
 * The one-option switch: the same JSON subscription code (`subscribeTrade`, `subscribeBookTicker`,
 * `subscribeDiffDepth`, `subscribePartialDepth` at 20 and 5 levels) on `publicWebsocketConnection` and on
 * `sbeWebsocketConnection` against the local exchange gets events of the same shape, valid against
 * the JSON channels' schemas, with no error event. On SBE, a channel SBE does not carry errors its
 * subscription with `SbeStreamUnavailableError` while the others go on, and `subscribeSbe…` read
 * the same frames beside the JSON subscriptions.
 */
import {
  firstValueFrom,
  lastValueFrom,
  take,
  takeUntil,
  timer,
  toArray,
  type Observable,
  type Subscription,
} from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { bookTickerChannel, subscribeBookTicker } from '../../generated/channels/book-ticker';
import { diffDepthChannel, subscribeDiffDepth } from '../../generated/channels/diff-depth';
import { subscribeKline } from '../../generated/channels/kline';
import { partialDepthChannel, subscribePartialDepth } from '../../generated/channels/partial-depth';
import { parseTrade, subscribeTrade, tradeChannel } from '../../generated/channels/trade';
import { startLocalExchange, type LocalExchange } from '../../sim';
import type { ConnectionEvent, NewSocketEvent } from '../../src/connection/events';
import { publicWebsocketConnection } from '../../src/connection/public-websocket-connection';
import { SbeStreamUnavailableError, type BinanceRxError } from '../../src/errors';
import { filterNewSocketOnly } from '../../src/operators/filter-new-socket-only';
import { keepErrorsOnly } from '../../src/operators/keep-errors-only';
import { keepMessagesOnly } from '../../src/operators/keep-messages-only';
import { sbeWebsocketConnection } from '../../src/sbe/sbe-connection';
import { subscribeSbeTrade } from '../../src/sbe/subscribe-sbe';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

type Connection = Observable<ConnectionEvent> & { connect(): Subscription };

type Wire = (ex: LocalExchange, options?: { rotateAfterMs?: number }) => Connection;

const WIRES: readonly (readonly [string, Wire])[] = [
  ['JSON', (ex, options) => publicWebsocketConnection({ ...options, url: ex.urls.combined })],
  [
    'SBE',
    (ex, options) =>
      sbeWebsocketConnection({
        ...options,
        url: ex.urls.sbeCombined,
        apiKey: ex.keys.ed25519.apiKey,
      }),
  ],
];

async function exchange(): Promise<LocalExchange> {
  const started = await startLocalExchange({ tickMs: 10, speed: 20 });
  cleanups.push(() => started.close());
  return started;
}

/** The subscription code of a JSON user, unchanged whatever the connection. */
function jsonSubscriptions(sockets: Observable<NewSocketEvent>, messages: Observable<unknown>) {
  const first = <T>(n: number, events: Observable<T>) =>
    firstValueFrom(events.pipe(take(n), toArray()));
  return Promise.all([
    first(5, sockets.pipe(subscribeTrade('BTCUSDT', messages))),
    first(2, sockets.pipe(subscribeBookTicker('BTCUSDT', messages))),
    first(3, sockets.pipe(subscribeDiffDepth({ symbol: 'BTCUSDT', speed: '100ms' }, messages))),
    first(
      2,
      sockets.pipe(
        subscribePartialDepth({ symbol: 'ETHUSDT', levels: 20, speed: '100ms' }, messages),
      ),
    ),
    first(2, sockets.pipe(subscribePartialDepth({ symbol: 'ETHUSDT', levels: 5 }, messages))),
  ]);
}

/**
 * The shape of some values of one kind: the types of their values, objects by their keys, arrays
 * by the shape of all their items (an empty array in one event does not hide the others' items).
 */
function shape(values: readonly unknown[]): unknown {
  const first = values[0];
  if (Array.isArray(first)) {
    const items = values.flatMap((v) => v as unknown[]);
    return [items.length > 0 ? shape(items) : 'empty'];
  }
  if (typeof first !== 'object' || first === null) return [...new Set(values.map((v) => typeof v))];
  const keys = [...new Set(values.flatMap((v) => Object.keys(v as object)))].sort();
  return Object.fromEntries(
    keys.map((k) => [k, shape(values.map((v) => (v as Record<string, unknown>)[k]))]),
  );
}

async function run(wire: (ex: LocalExchange) => Connection) {
  const connection = wire(await exchange());
  const messages = connection.pipe(keepMessagesOnly());
  const errors: BinanceRxError[] = [];
  const watching = connection.pipe(keepErrorsOnly()).subscribe((e) => errors.push(e));
  cleanups.push(() => watching.unsubscribe());
  const events = jsonSubscriptions(connection.pipe(filterNewSocketOnly()), messages);
  const running = connection.connect();
  cleanups.push(() => running.unsubscribe());
  return { events: await events, errors };
}

describe('the same JSON subscriptions on JSON and SBE connections', () => {
  it('get schema-valid events of the same shape on both wires', async () => {
    const shapes: unknown[] = [];
    for (const [name, wire] of WIRES) {
      const { events, errors } = await run(wire);
      const [trades, tickers, diffs, partial, top5] = events;
      const channels = [
        tradeChannel,
        bookTickerChannel,
        diffDepthChannel,
        partialDepthChannel,
        partialDepthChannel,
      ];
      events.forEach((list, i) => {
        for (const event of list) expect(channels[i]!.validate(event), name).toBe(true);
      });
      // One event per trade, in order (SBE sends them in batches).
      const ids = trades.map((t) => t.t);
      expect(ids, name).toEqual([...ids].sort((a, b) => a - b));
      expect(new Set(ids).size, name).toBe(ids.length);
      expect(parseTrade(trades[0]!).symbol).toBe('BTCUSDT');
      expect(tickers[0]!.s).toBe('BTCUSDT');
      expect(diffs[1]!.U).toBeGreaterThan(diffs[0]!.u);
      expect(partial[0]!.bids.length).toBe(20);
      expect([top5[0]!.bids.length, top5[0]!.asks.length]).toEqual([5, 5]);
      expect(errors, name).toEqual([]);
      shapes.push(events.map((list) => shape(list)));
    }
    expect(shapes[1]).toEqual(shapes[0]);
  });

  it('on SBE, errors a channel SBE does not carry, sends nothing for it, goes on with the others', async () => {
    const ex = await exchange();
    const sent: string[] = [];
    const quiet = () => {};
    const connection = sbeWebsocketConnection({
      url: ex.urls.sbeCombined,
      apiKey: ex.keys.ed25519.apiKey,
      logger: (namespace) => ({
        debug: (_, fields) => {
          if (namespace === 'binance-rx:raw:sent') sent.push(String(fields?.['frame']));
        },
        info: quiet,
        warn: quiet,
        error: quiet,
      }),
    });
    const messages = connection.pipe(keepMessagesOnly());
    const sockets = connection.pipe(filterNewSocketOnly());
    const kline = lastValueFrom(
      sockets.pipe(subscribeKline({ symbol: 'BTCUSDT', interval: '1m' }, messages)),
    ).catch((error: unknown) => error);
    const trades = firstValueFrom(
      sockets.pipe(subscribeTrade('BTCUSDT', messages), take(3), toArray()),
    );
    const running = connection.connect();
    cleanups.push(() => running.unsubscribe());
    const error = await kline;
    expect(error).toBeInstanceOf(SbeStreamUnavailableError);
    expect(error).toMatchObject({ code: 'SBE_STREAM_UNAVAILABLE', stream: 'btcusdt@kline_1m' });
    expect(await trades).toHaveLength(3);
    expect(sent.join('\n')).toContain('btcusdt@trade');
    expect(sent.join('\n')).not.toContain('kline');
  });

  it('on SBE, timeUnit MICROSECOND keeps SBE microseconds in the JSON payloads', async () => {
    const ex = await exchange();
    const connection = sbeWebsocketConnection({
      url: ex.urls.sbeCombined,
      apiKey: ex.keys.ed25519.apiKey,
      timeUnit: 'MICROSECOND',
    });
    const messages = connection.pipe(keepMessagesOnly());
    const trade = firstValueFrom(
      connection.pipe(filterNewSocketOnly(), subscribeTrade('BTCUSDT', messages)),
    );
    const running = connection.connect();
    cleanups.push(() => running.unsubscribe());
    const { E, T } = await trade;
    const nowUs = Date.now() * 1000;
    expect(Math.abs(E - nowUs)).toBeLessThan(60_000_000);
    expect(Math.abs(T - nowUs)).toBeLessThan(60_000_000);
  });

  it('on SBE, subscribeSbeTrade and subscribeTrade read the same frames side by side', async () => {
    const ex = await exchange();
    const connection = WIRES[1]![1](ex);
    const messages = connection.pipe(keepMessagesOnly());
    const sockets = connection.pipe(filterNewSocketOnly());
    const raw = firstValueFrom(
      sockets.pipe(subscribeSbeTrade('BTCUSDT', messages), take(4), toArray()),
    );
    const json = firstValueFrom(
      sockets.pipe(subscribeTrade('BTCUSDT', messages), take(4), toArray()),
    );
    const running = connection.connect();
    cleanups.push(() => running.unsubscribe());
    const decoded = (await raw).flatMap((event) =>
      event.trades.map((t) => ({
        t: t.id,
        p: t.price,
        q: t.qty,
        T: Math.floor(event.transactTimeUs / 1000),
      })),
    );
    const payloads = (await json).map(({ t, p, q, T }) => ({ t, p, q, T }));
    expect(payloads).toEqual(decoded.slice(0, 4));
  });

  it.each(WIRES)('on %s, a gapless socket rotation emits every trade once', async (_, wire) => {
    const ex = await exchange();
    const connection = wire(ex, { rotateAfterMs: 400 });
    const messages = connection.pipe(keepMessagesOnly());
    const sockets = connection.pipe(filterNewSocketOnly());
    let opened = 0;
    const counting = sockets.subscribe(() => (opened += 1));
    cleanups.push(() => counting.unsubscribe());
    const trades = firstValueFrom(
      sockets.pipe(subscribeTrade('BTCUSDT', messages), takeUntil(timer(1500)), toArray()),
    );
    const running = connection.connect();
    cleanups.push(() => running.unsubscribe());
    const ids = (await trades).map((t) => t.t);
    expect(opened).toBeGreaterThanOrEqual(2);
    expect(ids.length).toBeGreaterThan(10);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
});
