/**
 * Answers and pushed events apart on a raw WebSocket API socket: marble tests over parsed frames,
 * then a raw `ws` socket on the local exchange reading its own answers and user data events.
 */
import { createHmac } from 'node:crypto';
import { firstValueFrom, lastValueFrom, Observable, share, take, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startLocalExchange } from '../../../sim';
import { excludeAnswers, isWsApiAnswer, keepAnswersOnly, placeOrderHttp } from '../../../src';
import { createHttpClient } from '../../../src/rest/http-client';
import { testScheduler } from '../fixtures';

const frames = {
  a: { id: 1, status: 200, result: {}, rateLimits: [] },
  b: { id: 'x', status: 400, error: { code: -1102, msg: 'Mandatory parameter' } },
  c: { id: null, status: 400, error: { code: -1000, msg: 'unknown' } },
  e: { subscriptionId: 0, event: { e: 'outboundAccountPosition', E: 1, u: 1, B: [] } },
  s: { event: { e: 'serverShutdown', E: 1 } },
  n: null,
  t: 'text',
  d: { id: 1, status: '200' },
};

describe('keepAnswersOnly / excludeAnswers', () => {
  it('split parsed frames: answers (also with a null id or an error) on one side, the rest on the other', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      const source = cold('abcesntd|', frames);
      expectObservable(source.pipe(keepAnswersOnly())).toBe('abc-----|', frames);
      expectObservable(source.pipe(excludeAnswers())).toBe('---esntd|', frames);
    });
  });

  it('errors pass through', () => {
    testScheduler().run(({ cold, expectObservable }) => {
      expectObservable(cold('a#', frames).pipe(keepAnswersOnly())).toBe('a#', frames);
      expectObservable(cold('e#', frames).pipe(excludeAnswers())).toBe('e#', frames);
    });
  });

  it('a deeply nested frame is read without throwing', () => {
    let deep: unknown = 0;
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    expect(isWsApiAnswer({ id: 1, status: 200, result: deep })).toBe(true);
    expect(isWsApiAnswer({ event: deep })).toBe(false);
  });

  it('on the local exchange: a raw socket reads its answers apart from its user data events', async () => {
    const exchange = await startLocalExchange({ paused: true, symbols: ['BTCUSDT'] });
    const ws = new WebSocket(exchange.urls.wsApi);
    try {
      const parsed = new Observable<unknown>((subscriber) => {
        ws.on('message', (data: Buffer) => subscriber.next(JSON.parse(data.toString())));
      }).pipe(share());
      const answers = lastValueFrom(parsed.pipe(keepAnswersOnly(), take(2), toArray()));
      const events = firstValueFrom(parsed.pipe(excludeAnswers()));
      await new Promise((resolve) => ws.once('open', resolve));
      const { apiKey, secret } = exchange.keys.hmac;
      const sign = (payload: string) => createHmac('sha256', secret).update(payload).digest('hex');
      const timestamp = Date.now();
      const params = {
        apiKey,
        timestamp,
        signature: sign(`apiKey=${apiKey}&timestamp=${timestamp}`),
      };
      ws.send(JSON.stringify({ id: 'sub', method: 'userDataStream.subscribe.signature', params }));
      ws.send(JSON.stringify({ id: 'ping', method: 'ping', params: {} }));
      expect((await answers).map((a) => [a.id, a.status])).toEqual([
        ['sub', 200],
        ['ping', 200],
      ]);
      const rest = createHttpClient({
        baseUrl: exchange.urls.rest,
        credentials: { apiKey, sign },
      });
      const order = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.001' } as const;
      await firstValueFrom(placeOrderHttp(order, rest));
      expect(await events).toMatchObject({ subscriptionId: 0, event: { E: expect.any(Number) } });
    } finally {
      ws.close();
      await exchange.close();
    }
  });
});
