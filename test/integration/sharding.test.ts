/**
 * Sharding on the local exchange, which enforces its per-connection stream limit like Binance:
 * more streams than one socket may carry are spread over several sockets, all deliver, a drop of
 * every socket loses none, and sockets whose streams are gone close.
 */
import type { Subscription } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { subscribeTrade } from '../../generated/channels/trade';
import { startLocalExchange } from '../../sim';
import { publicWebsocketConnection } from '../../src/connection/public-websocket-connection';
import { filterNewSocketOnly } from '../../src/operators/filter-new-socket-only';
import { keepErrorsOnly } from '../../src/operators/keep-errors-only';
import { keepMessagesOnly } from '../../src/operators/keep-messages-only';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** Polls `condition` for up to 5 s. */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i += 1) await sleep(10);
  expect(condition()).toBe(true);
}

const SYMBOLS = ['BTCUSDT', 'ETHUSDT', 'BNBUSDT', 'SOLUSDT', 'XRPUSDT', 'ADAUSDT', 'DOTUSDT'];

describe('sharding against the local exchange', () => {
  it('spreads 7 streams over 3 sockets of at most 3, survives a drop of all, closes empty shards', async () => {
    const exchange = await startLocalExchange({
      symbols: SYMBOLS,
      tickMs: 10,
      maxStreamsPerConnection: 3,
    });
    cleanups.push(() => exchange.close());
    const connection = publicWebsocketConnection({
      url: exchange.urls.combined,
      maxStreamsPerSocket: 3,
      reconnect: { initialDelayMs: 50, maxDelayMs: 200, jitter: 0 },
    });
    const messages = connection.pipe(keepMessagesOnly());
    const sockets = connection.pipe(filterNewSocketOnly());
    const trades = new Map<string, number[]>(SYMBOLS.map((symbol) => [symbol, []]));
    const errors: string[] = [];
    const held = new Map<string, Subscription>();
    for (const symbol of SYMBOLS) {
      const ids = trades.get(symbol) as number[];
      held.set(
        symbol,
        sockets.pipe(subscribeTrade(symbol, messages)).subscribe({
          next: (t) => ids.push(t.t),
          error: (e: { code: string }) => errors.push(`${symbol}: ${e.code}`),
        }),
      );
    }
    const connectionErrors: string[] = [];
    connection.pipe(keepErrorsOnly()).subscribe((e) => connectionErrors.push(e.code));
    const running = connection.connect();
    cleanups.push(async () => {
      running.unsubscribe();
      for (const subscription of held.values()) subscription.unsubscribe();
      await until(() => exchange.connectionCount === 0);
    });

    const everyStreamGrows = async (count: number) => {
      const targets = new Map([...trades].map(([symbol, ids]) => [symbol, ids.length + count]));
      await until(() => [...trades].every(([s, ids]) => ids.length >= (targets.get(s) ?? 0)));
    };
    await everyStreamGrows(5);
    expect(exchange.connectionCount).toBe(3);

    exchange.faults.dropAll();
    await everyStreamGrows(20);
    expect(exchange.connectionCount).toBe(3);
    for (const [symbol, ids] of trades) {
      expect(ids.length - new Set(ids).size, `${symbol} repeated trades`).toBe(0);
    }

    // The last shard carries one stream (the 7th): when it goes, so does its socket.
    held.get('DOTUSDT')?.unsubscribe();
    await until(() => exchange.connectionCount === 2);
    expect(errors).toEqual([]);
    expect(connectionErrors.filter((code) => code !== 'CONNECTION_CLOSED')).toEqual([]);
  });
});
