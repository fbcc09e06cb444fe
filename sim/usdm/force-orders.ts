/**
 * The liquidation streams, `<symbol>@forceOrder` and `!forceOrder@arr`, fed by the liquidation
 * engine (trading/liquidations.ts). As Binance sends them: each second at most one event per
 * symbol, a snapshot of its latest liquidation of that second, and nothing when there was none;
 * `!forceOrder@arr` sends each symbol's event as its own message, not as an array.
 */
import type { Market } from '../market/market';
import type { SymbolMarket } from '../market/symbol-market';
import type { Feed } from '../streams/feeds';
import { price, qty } from '../streams/payloads/format';
import { markTicks } from './model';
import { usdmState, type Liquidation } from './state';

export const forceOrderPayload = (l: Liquidation, now: number) => ({
  e: 'forceOrder',
  E: now,
  o: {
    s: l.symbol,
    S: l.side,
    o: 'LIMIT',
    f: 'IOC',
    q: l.qty,
    p: l.price,
    ap: l.price,
    X: 'FILLED',
    l: l.qty,
    z: l.qty,
    T: l.time,
  },
});

/** A liquidation-shaped payload for faults and floods when there has been none: one lot. */
const sampleOf = (m: SymbolMarket, now: number) => {
  const last = usdmState(m).lastLiquidation;
  const mark = price(m, markTicks(m));
  const fallback = {
    symbol: m.symbol,
    side: 'SELL',
    qty: qty(m, 1),
    price: mark,
    time: now,
    seq: 0,
  };
  return forceOrderPayload(last ?? (fallback as Liquidation), now);
};

/** The forceOrder feed of some symbols: each new latest liquidation once, each second. */
export function forceOrderFeed(markets: readonly SymbolMarket[]): Feed {
  const sent = new Map<SymbolMarket, number>(
    markets.map((m) => [m, usdmState(m).lastLiquidation?.seq ?? 0]),
  );
  return {
    cadence: 'second',
    poll: (now) =>
      markets.flatMap((m) => {
        const last = usdmState(m).lastLiquidation;
        if (last === undefined || last.seq === sent.get(m)) return [];
        sent.set(m, last.seq);
        return [forceOrderPayload(last, now)];
      }),
    sample: (now) => sampleOf(markets[0]!, now),
  };
}

export const allForceOrdersFeed = (market: Market): Feed => forceOrderFeed([...market.all()]);
