/**
 * The notional brackets of every symbol and `GET /fapi/v1/leverageBracket` (Notional and Leverage
 * Brackets, USER_DATA, weight 1), consistent with the rest of the simulation: a leverage of L
 * allows a position notional up to 1e9 / L (the `maxNotionalValue` that `POST v1/leverage`
 * answers), and each bracket's maintenance margin ratio is half its initial margin ratio
 * (1 / (2 × initialLeverage): 0.4 % at 125x … 50 % at 1x), with Binance's maintenance amount
 * `cum` so that the maintenance margin is continuous across brackets:
 * `maintenance = |notional| × maintMarginRatio − cum`. Binance's numbers are JSON numbers here;
 * with `symbol` the answer is that symbol's object, without it the array of every symbol's.
 */
import type { ApiMethod } from '../../api/method';
import type { Futures } from './futures';

/** The largest notional a leverage allows, USDT (as `POST v1/leverage` answers). */
export const maxNotionalAt = (leverage: number): number => Math.floor(1_000_000_000 / leverage);

/** Initial leverages of the tiers, from the smallest notionals (125x) to the largest (1x). */
const TIERS = [125, 100, 50, 20, 10, 5, 2, 1] as const;

export interface Bracket {
  readonly bracket: number;
  readonly initialLeverage: number;
  readonly notionalCap: number;
  readonly notionalFloor: number;
  readonly maintMarginRatio: number;
  readonly cum: number;
}

const BRACKETS: readonly Bracket[] = TIERS.reduce<Bracket[]>((all, initialLeverage, i) => {
  const notionalFloor = i === 0 ? 0 : maxNotionalAt(TIERS[i - 1]!);
  const maintMarginRatio = 1 / (2 * initialLeverage);
  const previous = all[i - 1];
  const cum =
    previous === undefined
      ? 0
      : previous.cum + notionalFloor * (maintMarginRatio - previous.maintMarginRatio);
  all.push({
    bracket: i + 1,
    initialLeverage,
    notionalCap: maxNotionalAt(initialLeverage),
    notionalFloor,
    maintMarginRatio,
    cum: Math.round(cum * 1e8) / 1e8,
  });
  return all;
}, []);

/** The bracket a position of `notionalE8` (either sign, 1e-8 USDT) falls in. */
export const bracketOf = (notionalE8: number): Bracket => {
  const usdt = Math.abs(notionalE8) / 1e8;
  return BRACKETS.find((b) => usdt < b.notionalCap) ?? BRACKETS.at(-1)!;
};

/** The maintenance margin of a position of `notionalE8` (either sign), 1e-8 USDT. */
export const maintenanceMarginE8 = (notionalE8: number): number => {
  if (notionalE8 === 0) return 0;
  const b = bracketOf(notionalE8);
  return Math.max(0, Math.ceil(Math.abs(notionalE8) * b.maintMarginRatio - b.cum * 1e8));
};

export function leverageBracketMethod(futures: Futures): ApiMethod {
  return {
    rest: { method: 'GET', path: '/fapi/v1/leverageBracket' },
    security: 'USER_DATA',
    weight: 1,
    handle: (params) => {
      if (params.has('symbol')) {
        const symbol = futures.engine.symbol(params.string('symbol', true)).symbol;
        return { symbol, brackets: BRACKETS };
      }
      return futures.engine.allSymbols().map(({ symbol }) => ({ symbol, brackets: BRACKETS }));
    },
  };
}
