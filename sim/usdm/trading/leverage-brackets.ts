/**
 * `GET /fapi/v1/leverageBracket` (Notional and Leverage Brackets, USER_DATA, weight 1): the
 * notional tiers of each symbol, consistent with the rest of the simulation: a leverage of L
 * allows a position notional up to 1e9 / L (the `maxNotionalValue` that `POST v1/leverage`
 * answers), and maintenance margin is not simulated, so `maintMarginRatio` and `cum` are 0.
 * Binance's numbers are JSON numbers here; with `symbol` the answer is that symbol's object,
 * without it the array of every symbol's.
 */
import type { ApiMethod } from '../../api/method';
import type { Futures } from './futures';

/** The largest notional a leverage allows, USDT (as `POST v1/leverage` answers). */
export const maxNotionalAt = (leverage: number): number => Math.floor(1_000_000_000 / leverage);

/** Initial leverages of the tiers, from the smallest notionals (125x) to the largest (1x). */
const TIERS = [125, 100, 50, 20, 10, 5, 2, 1] as const;

const brackets = () =>
  TIERS.map((initialLeverage, i) => ({
    bracket: i + 1,
    initialLeverage,
    notionalCap: maxNotionalAt(initialLeverage),
    notionalFloor: i === 0 ? 0 : maxNotionalAt(TIERS[i - 1]!),
    maintMarginRatio: 0,
    cum: 0,
  }));

export function leverageBracketMethod(futures: Futures): ApiMethod {
  return {
    rest: { method: 'GET', path: '/fapi/v1/leverageBracket' },
    security: 'USER_DATA',
    weight: 1,
    handle: (params) => {
      if (params.has('symbol')) {
        const symbol = futures.engine.symbol(params.string('symbol', true)).symbol;
        return { symbol, brackets: brackets() };
      }
      return futures.engine.allSymbols().map(({ symbol }) => ({ symbol, brackets: brackets() }));
    },
  };
}
