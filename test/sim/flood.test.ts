import { afterEach, describe, expect, it } from 'vitest';
import { Client, closeAll, start } from './helpers';

afterEach(closeAll);

describe('flood mode', () => {
  it('sends `count` messages with the send time in E and increasing ids', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(`${exchange.urls.streams}/btcusdt@trade`);
    const started = Date.now();
    const result = await exchange.market.flood({ stream: 'btcusdt@trade', count: 5000 });
    expect(result).toMatchObject({ sent: 5000, connections: 1 });
    const trades = await client.many<{ e: string; E: number; t: number }>(5000);
    const received = Date.now();
    for (let i = 0; i < trades.length; i++) {
      const trade = trades[i]!;
      expect(trade.e).toBe('trade');
      expect(trade.E).toBeGreaterThanOrEqual(started);
      expect(trade.E).toBeLessThanOrEqual(received);
      if (i > 0) expect(trade.t).toBe(trades[i - 1]!.t + 1);
    }
    // The next flood goes on from there.
    await exchange.market.flood({ stream: 'btcusdt@trade', count: 1 });
    expect((await client.json<{ t: number }>()).t).toBe(trades.at(-1)!.t + 1);
  });

  it('floods combined connections wrapped, for a duration', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(`${exchange.urls.combined}?streams=ethusdt@depth@100ms`);
    const result = await exchange.market.flood({ stream: 'ethusdt@depth@100ms', durationMs: 50 });
    expect(result.sent).toBeGreaterThan(0);
    const first = await client.json<{
      stream: string;
      data: { e: string; U: number; u: number };
    }>();
    expect(first.stream).toBe('ethusdt@depth@100ms');
    expect(first.data.e).toBe('depthUpdate');
    expect(first.data.U).toBe(first.data.u);
  });

  it('floods several streams in one request, each `count` times', async () => {
    const exchange = await start({ paused: true });
    const streams = ['btcusdt@trade', 'ethusdt@aggTrade', 'bnbusdt@miniTicker'];
    const client = await Client.open(`${exchange.urls.combined}?streams=${streams.join('/')}`);
    const result = await exchange.market.flood({ streams, count: 100 });
    expect(result).toMatchObject({ sent: 300, connections: 1 });
    const messages = await client.many<{ stream: string }>(300);
    for (const stream of streams) {
      expect(messages.filter((m) => m.stream === stream)).toHaveLength(100);
    }
  });

  it('paces a flood at a fixed rate', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(`${exchange.urls.streams}/btcusdt@trade`);
    const result = await exchange.market.flood({
      stream: 'btcusdt@trade',
      count: 2000,
      rate: 20_000,
    });
    expect(result.sent).toBe(2000);
    // 2000 messages at 20 000/s take 100 ms; unpaced they leave in a few.
    expect(result.elapsedMs).toBeGreaterThanOrEqual(95);
    expect(await client.many(2000)).toHaveLength(2000);
  });

  it('floods diff depth with many levels, numbered on from the book, and the snapshot lines up', async () => {
    const exchange = await start({ paused: true });
    const stream = 'btcusdt@depth@100ms';
    const client = await Client.open(`${exchange.urls.streams}/${stream}`);
    type Diff = { e: string; U: number; u: number; b: [string, string][]; a: [string, string][] };
    const before = exchange.market.depthSnapshot('BTCUSDT', 10)!.lastUpdateId;
    await exchange.market.flood({ stream, count: 100, levels: 10 });
    const first = await client.many<Diff>(100);
    expect(first[0]!.U).toBe(before + 1);
    first.forEach((diff, i) => {
      expect(diff.U).toBe(diff.u);
      expect(diff.u).toBe(before + 1 + i);
      expect(diff.b).toHaveLength(10);
      expect(diff.a).toHaveLength(10);
    });
    const bids = first[0]!.b.map(([p]) => Number(p));
    expect(bids).toEqual([...bids].sort((x, y) => y - x));
    expect(new Set(first.map((d) => JSON.stringify(d.b))).size).toBeGreaterThan(1);
    expect(first.some((d) => d.a.some(([, q]) => Number(q) === 0))).toBe(true);
    // The REST snapshot now ends where the flood did, and the next flood continues from there.
    const response = await fetch(`${exchange.urls.rest}/api/v3/depth?symbol=BTCUSDT&limit=5`);
    const snapshot = (await response.json()) as { lastUpdateId: number };
    expect(snapshot.lastUpdateId).toBe(before + 100);
    await exchange.market.flood({ stream, count: 1, levels: 10 });
    expect((await client.json<Diff>()).U).toBe(before + 101);
  });

  it('floods bookTicker with increasing update ids', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(`${exchange.urls.streams}/btcusdt@bookTicker`);
    await exchange.market.flood({ stream: 'btcusdt@bookTicker', count: 50 });
    const tickers = await client.many<{ u: number; s: string; b: string; a: string }>(50);
    tickers.forEach((t, i) => i > 0 && expect(t.u).toBe(tickers[i - 1]!.u + 1));
    expect(Number(tickers[0]!.b)).toBeLessThan(Number(tickers[0]!.a));
    const snapshot = exchange.market.depthSnapshot('BTCUSDT', 1)!;
    expect(snapshot.lastUpdateId).toBe(tickers.at(-1)!.u);
  });

  it('sends nothing for a stream nobody subscribed to', async () => {
    const exchange = await start({ paused: true });
    expect(await exchange.market.flood({ stream: 'btcusdt@trade', count: 10 })).toMatchObject({
      sent: 0,
    });
  });
});
