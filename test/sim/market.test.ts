import { afterEach, describe, expect, it } from 'vitest';
import { klineCloseTime, klineOpenTime, UTC8_OFFSET_MS } from '../../sim/market/kline-intervals';
import { Client, closeAll, start } from './helpers';

afterEach(closeAll);

type Json = Record<string, unknown>;
type Level = [string, string];
interface DepthUpdate {
  U: number;
  u: number;
  b: Level[];
  a: Level[];
}

const withoutClock = ({ E: _e, T: _t, ...rest }: Json) => rest;

async function firstTrades(seed: number, count: number): Promise<Json[]> {
  const exchange = await start({ seed, paused: true });
  const client = await Client.open(`${exchange.urls.streams}/btcusdt@trade`);
  exchange.market.step(200);
  return (await client.many<Json>(count)).map(withoutClock);
}

describe('the simulated market', () => {
  it('replays the same trades for the same seed, and others for another seed', async () => {
    const a = await firstTrades(7, 40);
    const b = await firstTrades(7, 40);
    const c = await firstTrades(8, 40);
    expect(a).toEqual(b);
    expect(a.map((t) => t['t'])).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    expect(c).not.toEqual(a);
  });

  it('replays the same order book for the same seed', async () => {
    const one = await start({ seed: 3, paused: true });
    const two = await start({ seed: 3, paused: true });
    one.market.step(50);
    two.market.step(50);
    expect(one.market.depthSnapshot('ETHUSDT', 5000)).toEqual(
      two.market.depthSnapshot('ETHUSDT', 5000),
    );
    const book = one.market.depthSnapshot('ETHUSDT', 5000)!;
    expect(book.bids).toHaveLength(50);
    expect(book.asks).toHaveLength(50);
    expect(Number(book.bids[0]![0])).toBeLessThan(Number(book.asks[0]![0]));
    expect(one.market.depthSnapshot('NOPE')).toBeUndefined();
  });

  it('chains diff-depth updates (U = previous u + 1) from the snapshot to the live book', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(`${exchange.urls.streams}/btcusdt@depth@100ms`);
    const snapshot = exchange.market.depthSnapshot('BTCUSDT', 5000)!;
    const book = { bids: new Map(snapshot.bids), asks: new Map(snapshot.asks) };
    let last = snapshot.lastUpdateId;
    for (let i = 0; i < 30; i++) {
      exchange.market.step();
      const update = await client.json<DepthUpdate>();
      expect(update.U).toBe(last + 1);
      expect(update.u).toBeGreaterThanOrEqual(update.U);
      last = update.u;
      for (const [side, levels] of [
        [book.bids, update.b] as const,
        [book.asks, update.a] as const,
      ]) {
        for (const [price, qty] of levels) {
          if (Number(qty) === 0) side.delete(price);
          else side.set(price, qty);
        }
      }
    }
    const now = exchange.market.depthSnapshot('BTCUSDT', 5000)!;
    expect(now.lastUpdateId).toBe(last);
    const sorted = (m: Map<string, string>, desc: boolean) =>
      [...m].sort((x, y) => (desc ? Number(y[0]) - Number(x[0]) : Number(x[0]) - Number(y[0])));
    expect(sorted(book.bids, true)).toEqual(now.bids);
    expect(sorted(book.asks, false)).toEqual(now.asks);
  });

  it('lets a client sync a running book the documented way', async () => {
    const exchange = await start();
    const client = await Client.open(`${exchange.urls.streams}/ethusdt@depth`);
    const first = await client.json<DepthUpdate>();
    const snapshot = exchange.market.depthSnapshot('ETHUSDT', 5000)!;
    expect(snapshot.lastUpdateId).toBeGreaterThanOrEqual(first.U);
    let previous = first;
    let applied: DepthUpdate | undefined = first.u > snapshot.lastUpdateId ? first : undefined;
    while (applied === undefined || previous.u < applied.u + 3) {
      const next = await client.json<DepthUpdate>();
      expect(next.U).toBe(previous.u + 1);
      previous = next;
      if (applied === undefined && next.u > snapshot.lastUpdateId) applied = next;
    }
    expect(applied.U).toBeLessThanOrEqual(snapshot.lastUpdateId + 1);
    expect(applied.u).toBeGreaterThanOrEqual(snapshot.lastUpdateId + 1);
  });

  it('sends bookTicker on best bid/ask changes with increasing u', async () => {
    const exchange = await start();
    const client = await Client.open(`${exchange.urls.streams}/btcusdt@bookTicker`);
    const tickers = await client.many<Json>(10);
    const ids = tickers.map((t) => t['u'] as number);
    for (let i = 1; i < ids.length; i++) expect(ids[i]).toBeGreaterThan(ids[i - 1]!);
    for (let i = 1; i < tickers.length; i++) {
      const key = (t: Json) => [t['b'], t['B'], t['a'], t['A']].join();
      expect(key(tickers[i]!)).not.toBe(key(tickers[i - 1]!));
    }
  });

  it('closes 1s klines (x: true) and opens the next one right after', async () => {
    const exchange = await start();
    const client = await Client.open(`${exchange.urls.streams}/bnbusdt@kline_1s`);
    let closed = await client.json<{ k: Json }>();
    while (closed.k['x'] !== true) closed = await client.json<{ k: Json }>();
    const next = await client.json<{ k: Json }>();
    expect(next.k['t']).toBe((closed.k['T'] as number) + 1);
    expect((closed.k['t'] as number) % 1000).toBe(0);
    expect(next.k['x']).toBe(false);
  });

  it('aligns +08:00 klines to UTC+8 boundaries', async () => {
    const exchange = await start();
    const client = await Client.open(`${exchange.urls.streams}/btcusdt@kline_1d@+08:00`);
    const { k } = await client.json<{ k: { t: number; T: number; i: string } }>();
    expect((k.t + UTC8_OFFSET_MS) % 86_400_000).toBe(0);
    expect(k.T).toBe(k.t + 86_400_000 - 1);
    expect(k.i).toBe('1d');
  });
});

describe('kline alignment', () => {
  const at = (iso: string) => Date.parse(iso);

  it('aligns fixed intervals to the epoch and weeks to Mondays', () => {
    expect(klineOpenTime('1m', at('2024-01-10T12:34:56.789Z'))).toBe(at('2024-01-10T12:34:00Z'));
    expect(klineOpenTime('4h', at('2024-01-10T15:00:00Z'))).toBe(at('2024-01-10T12:00:00Z'));
    expect(klineOpenTime('1w', at('2024-01-10T12:00:00Z'))).toBe(at('2024-01-08T00:00:00Z'));
    expect(klineOpenTime('1w', at('2024-01-08T00:00:00Z'))).toBe(at('2024-01-08T00:00:00Z'));
    expect(klineOpenTime('3d', 3 * 86_400_000 + 5)).toBe(3 * 86_400_000);
  });

  it('aligns months to calendar months, in UTC or UTC+8', () => {
    const open = klineOpenTime('1M', at('2024-02-15T00:00:00Z'));
    expect(open).toBe(at('2024-02-01T00:00:00Z'));
    expect(klineCloseTime('1M', open)).toBe(at('2024-03-01T00:00:00Z') - 1);
    const utc8 = klineOpenTime('1M', at('2024-01-31T20:00:00Z'), UTC8_OFFSET_MS);
    expect(utc8).toBe(at('2024-01-31T16:00:00Z'));
  });

  it('aligns days to UTC+8 midnight with the offset', () => {
    expect(klineOpenTime('1d', at('2024-01-10T20:00:00Z'), UTC8_OFFSET_MS)).toBe(
      at('2024-01-10T16:00:00Z'),
    );
    expect(klineOpenTime('1d', at('2024-01-10T15:00:00Z'), UTC8_OFFSET_MS)).toBe(
      at('2024-01-09T16:00:00Z'),
    );
  });
});
