/**
 * A futures connection routes streams by their channel's declared `route`: one
 * `publicWebsocketConnection({ product: usdmProduct })` opens a socket per route of the local
 * exchange (`/public`, `/market`) and each `subscribe<Channel>` lands on the right one.
 */
import { firstValueFrom, merge, take, toArray, map, type Observable } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { startLocalExchange } from '../../sim';
import { publicWebsocketConnection } from '../../src/connection/public-websocket-connection';
import { filterNewSocketOnly } from '../../src/operators/filter-new-socket-only';
import { keepErrorsOnly } from '../../src/operators/keep-errors-only';
import { keepMessagesOnly } from '../../src/operators/keep-messages-only';
import {
  subscribeBookTicker,
  subscribeDiffDepth,
  subscribeKline,
  subscribeMarkPrice,
  subscribeRpiDiffDepth,
  subscribeTradingSession,
  usdmProduct,
  validateBookTickerEvent,
  validateDiffDepthEvent,
  validateKlineEvent,
  validateMarkPriceEvent,
  validateRpiDiffDepthEvent,
  validateTradingSessionEvent,
} from '../../src/usdm';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('USDⓈ-M connection routed by channel', () => {
  it('places /market and /public streams on sockets of their routes and delivers each', async () => {
    const exchange = await startLocalExchange({ symbols: ['BTCUSDT'], tickMs: 10, speed: 20 });
    cleanups.push(() => exchange.close());
    const connection = publicWebsocketConnection({
      product: usdmProduct,
      streamHost: exchange.urls.usdmStreamHost,
    });
    const messages = connection.pipe(keepMessagesOnly());
    const sockets = connection.pipe(filterNewSocketOnly());
    const errors: unknown[] = [];
    connection.pipe(keepErrorsOnly()).subscribe((e) => errors.push(e));
    const first = <T>(name: string, source: Observable<T>) =>
      source.pipe(
        take(2),
        toArray(),
        map((events) => [name, events] as const),
      );
    const all = firstValueFrom(
      merge(
        first(
          'markPrice',
          sockets.pipe(subscribeMarkPrice({ symbol: 'BTCUSDT', markPriceSpeed: '1s' }, messages)),
        ),
        first(
          'kline',
          sockets.pipe(subscribeKline({ symbol: 'BTCUSDT', interval: '1m' }, messages)),
        ),
        first('bookTicker', sockets.pipe(subscribeBookTicker('BTCUSDT', messages))),
        first(
          'diffDepth',
          sockets.pipe(subscribeDiffDepth({ symbol: 'BTCUSDT', depthSpeed: '100ms' }, messages)),
        ),
        first('rpiDiffDepth', sockets.pipe(subscribeRpiDiffDepth('BTCUSDT', messages))),
        first('tradingSession', sockets.pipe(subscribeTradingSession(messages))),
      ).pipe(take(6), toArray()),
    );
    let opened = 0;
    sockets.subscribe(() => (opened += 1));
    const running = connection.connect();
    cleanups.push(() => running.unsubscribe());
    const got = new Map<string, readonly unknown[]>(await all);
    const validators = {
      markPrice: validateMarkPriceEvent,
      kline: validateKlineEvent,
      bookTicker: validateBookTickerEvent,
      diffDepth: validateDiffDepthEvent,
      rpiDiffDepth: validateRpiDiffDepthEvent,
      tradingSession: validateTradingSessionEvent,
    } as const;
    for (const [name, validate] of Object.entries(validators)) {
      const events = got.get(name)!;
      expect(events).toHaveLength(2);
      for (const event of events) expect(validate(event)).toBe(true);
    }
    // One socket per route: the first on /public (the product's first route), one on /market.
    expect(opened).toBe(2);
    expect(errors).toEqual([]);
  });
});
