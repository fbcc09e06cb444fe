/** Sums up the trades of one market step for statistics and klines. */
import type { StepAggregate } from './stats';
import type { Trade } from './symbol-market';
import type { SymbolSpec } from './symbols';

export function aggregateTrades(
  trades: readonly Trade[],
  spec: SymbolSpec,
  now: number,
): StepAggregate {
  const { tickE8, lotE8 } = spec;
  let high = -Infinity;
  let low = Infinity;
  let volume = 0;
  let quote = 0;
  let takerBuyVolume = 0;
  let takerBuyQuote = 0;
  for (const t of trades) {
    high = Math.max(high, t.price);
    low = Math.min(low, t.price);
    const value = ((t.price * tickE8) / 1e8) * ((t.qty * lotE8) / 1e8);
    volume += t.qty;
    quote += value;
    if (!t.buyerMaker) {
      takerBuyVolume += t.qty;
      takerBuyQuote += value;
    }
  }
  const first = trades[0]!;
  const last = trades[trades.length - 1]!;
  const step: StepAggregate = {
    time: now,
    open: first.price,
    high,
    low,
    close: last.price,
    lastQty: last.qty,
    volume,
    quote,
    takerBuyVolume,
    takerBuyQuote,
    firstId: first.id,
    lastId: last.id,
    count: trades.length,
  };
  return step;
}
