/**
 * Funding payments of the futures simulation. At each funding time (every `fundingIntervalMs`
 * of the exchange's options, 8 h by default, compressed in tests like the margin interest hour)
 * every symbol settles at its current funding rate (model.ts): a row of its funding rate
 * history, and for every open position a payment of rate × notional at the mark price (a long
 * pays a positive rate, a short receives it), booked into the wallet as FUNDING_FEE income and
 * sent as ACCOUNT_UPDATE with reason FUNDING_FEE (one per position, as Binance sends them).
 */
import { formatFloat } from '../../market/decimal';
import { price } from '../../streams/payloads/format';
import { fundingRate, markTicks, nextFundingTime } from '../model';
import { usdmState } from '../state';
import type { Futures } from './futures';
import { notional } from './margin';
import { fundingUpdate } from './risk-events';

type Parts = Pick<Futures, 'ledger' | 'markOf' | 'userEvents' | 'market'>;

/** The most rows `GET /fapi/v1/fundingRate` answers (its `limit`'s maximum). */
const MAX_FUNDING_ROWS = 1000;

/** Settles every symbol's funding at `fundingTime`. */
export function settleFunding(futures: Parts, fundingTime: number): void {
  const { ledger, markOf, market } = futures;
  for (const m of market.all()) {
    const rate = fundingRate(m);
    const rateText = formatFloat(rate, 8);
    const state = usdmState(m);
    state.funding.push({ fundingRate: rateText, fundingTime, markPrice: price(m, markTicks(m)) });
    // `fundingRate` answers at most 1000 rows: compressed time keeps no more.
    if (state.funding.length > MAX_FUNDING_ROWS) state.funding.shift();
    for (const accountId of ledger.accountIds()) {
      for (const p of ledger.openPositions(accountId, m.symbol)) {
        const feeE8 = -Math.round(Number(rateText) * notional(p, markOf(m.symbol)));
        const base = { symbol: m.symbol, time: fundingTime };
        ledger.book(accountId, { ...base, incomeType: 'FUNDING_FEE', incomeE8: feeE8 });
        if (feeE8 === 0) continue;
        const account = ledger.account(accountId);
        futures.userEvents.emit(accountId, fundingUpdate(account, p, feeE8, fundingTime, markOf));
      }
    }
  }
}

/**
 * Settles funding at every funding time (the multiples of `intervalMs`, as `nextFundingTime` in
 * premiumIndex and the markPrice stream says) until the returned function is called.
 */
export function fundingClock(futures: Parts, intervalMs: number): () => void {
  let timer: NodeJS.Timeout | undefined;
  // `last`: a timer may fire a millisecond before its time; never settle one time twice.
  const arm = (last: number) => {
    const now = Date.now();
    const at = nextFundingTime(Math.max(now, last), intervalMs);
    timer = setTimeout(() => {
      settleFunding(futures, at);
      arm(at);
    }, at - now);
    timer.unref();
  };
  arm(0);
  return () => clearTimeout(timer);
}
