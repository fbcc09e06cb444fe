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

  it('sends nothing for a stream nobody subscribed to', async () => {
    const exchange = await start({ paused: true });
    expect(await exchange.market.flood({ stream: 'btcusdt@trade', count: 10 })).toMatchObject({
      sent: 0,
    });
  });
});
