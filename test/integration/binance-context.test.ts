/**
 * binanceContext on the local exchange: nothing opens before it is used; then a stream, the user
 * data, an order through its stages, a REST call through the shared governor, the markets loaded
 * once; close() ends both sockets.
 */
import { createPrivateKey, sign } from 'node:crypto';
import { filter, firstValueFrom, lastValueFrom, toArray } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startLocalExchange, type LocalExchange } from '../../sim';
import { binanceContext, getAvgPriceHttp, onExecutionReport, subscribeTrade } from '../../src';

let exchange: LocalExchange;
beforeEach(async () => {
  exchange = await startLocalExchange({ symbols: ['BTCUSDT'] });
});
afterEach(async () => {
  await exchange.close();
});

describe('binanceContext', () => {
  it('opens nothing until used, then streams, trades and loads markets; close() ends it', async () => {
    const key = createPrivateKey(exchange.keys.ed25519.secret);
    const ctx = binanceContext({
      credentials: {
        apiKey: exchange.keys.ed25519.apiKey,
        sign: (payload) => sign(null, Buffer.from(payload), key).toString('base64'),
        keyType: 'ED25519',
      },
      urls: {
        stream: exchange.urls.combined,
        wsApi: exchange.urls.wsApi,
        rest: exchange.urls.rest,
      },
    });
    expect(exchange.connectionCount).toBe(0);

    const trade = await firstValueFrom(ctx.sockets.pipe(subscribeTrade('BTCUSDT', ctx.messages)));
    expect(trade.s).toBe('BTCUSDT');
    expect(exchange.connectionCount).toBe(1);

    const reports = firstValueFrom(
      ctx.userData().pipe(
        onExecutionReport(),
        filter((r) => r.X === 'FILLED'),
      ),
    );
    const order = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001' } as const;
    const stages = await lastValueFrom(ctx.addOrder(order).pipe(toArray()));
    expect(stages.map((s) => s.stage).at(0)).toBe('submitted');
    expect(stages.map((s) => s.stage).at(-1)).toBe('filled');
    expect((await reports).s).toBe('BTCUSDT');
    // The session is a socket of the WebSocket API: the market streams are still one.
    expect(exchange.connectionCount).toBe(1);
    const statuses: string[] = [];
    ctx.session.subscribe((event) => {
      if (event.type === 'status') statuses.push(event.status);
    });

    const average = await firstValueFrom(getAvgPriceHttp({ symbol: 'BTCUSDT' }, ctx.http));
    expect(Number(average.price)).toBeGreaterThan(0);
    const markets = await firstValueFrom(ctx.markets());
    expect(markets.bySymbol.get('BTC/USDT')?.id).toBe('BTCUSDT');
    expect(await firstValueFrom(ctx.markets())).toBe(markets);

    ctx.close();
    await vi.waitFor(() => expect(exchange.connectionCount).toBe(0), { timeout: 5_000 });
    expect(statuses).toContain('closed');
  });
});
