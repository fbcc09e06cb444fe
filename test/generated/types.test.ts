import { Subject, type Observable } from 'rxjs';
import { describe, expectTypeOf, it } from 'vitest';
import {
  parseTicker,
  subscribeAllMiniTickers,
  subscribeKline,
  subscribeTicker,
  type MiniTickerEvent,
  type KlineEvent,
  type ParsedTicker,
  type TickerEvent,
} from '../../generated';
import type { NewSocketEvent } from '../../src/generated-runtime';

// Checked by `tsc --noEmit` (npm test runs typecheck): a wrong inference fails the build.
describe('generated functions infer the channel types', () => {
  const messages = new Subject<unknown>();
  const sockets = new Subject<NewSocketEvent>();

  it('subscribeTicker yields TickerEvent', () => {
    const tickers = sockets.pipe(subscribeTicker('BTCUSDT', messages));
    expectTypeOf(tickers).toEqualTypeOf<Observable<TickerEvent>>();
    expectTypeOf<TickerEvent['c']>().toEqualTypeOf<string>();
    expectTypeOf<TickerEvent['e']>().toEqualTypeOf<'24hrTicker'>();
  });

  it('parseTicker keeps decimals as strings unless given a converter', () => {
    expectTypeOf(parseTicker({} as TickerEvent)).toEqualTypeOf<ParsedTicker<string>>();
    expectTypeOf(
      parseTicker({} as TickerEvent, { decimal: Number }).lastPrice,
    ).toEqualTypeOf<number>();
  });

  it('kline needs an interval from the spec list and yields KlineEvent', () => {
    expectTypeOf(
      sockets.pipe(subscribeKline({ symbol: 'BTCUSDT', interval: '1m' }, messages)),
    ).toEqualTypeOf<Observable<KlineEvent>>();
    // Never called: these lines only have to fail type-checking.
    const wrong = () => [
      // @ts-expect-error '2m' is not a Binance kline interval.
      subscribeKline({ symbol: 'BTCUSDT', interval: '2m' }, messages),
      // @ts-expect-error kline has no shorthand: the interval is required.
      subscribeKline('BTCUSDT', messages),
    ];
    expectTypeOf(wrong).toBeFunction();
  });

  it('array streams yield arrays of the single-symbol event', () => {
    expectTypeOf(sockets.pipe(subscribeAllMiniTickers(messages))).toEqualTypeOf<
      Observable<MiniTickerEvent[]>
    >();
  });
});
