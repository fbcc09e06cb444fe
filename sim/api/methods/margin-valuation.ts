/**
 * What margin answers value assets with: the price index, which here is the simulated book's mid
 * price. An asset is valued through its `<ASSET>USDT` symbol (USDT at 1), and in BTC through
 * BTCUSDT; an asset without such a symbol, or every asset when BTCUSDT is not simulated, counts as
 * 0. The margin level is total assets over total liabilities (999, Binance's cap, without any),
 * and its status follows simplified thresholds (sim/README.md, "Margin").
 */
import { formatE8, mulE8 } from '../../engine/amounts';
import type { ApiDeps } from '../deps';

const E8 = 1e8;
/** Binance's margin level with no liability. */
export const NO_LIABILITY_LEVEL_E8 = 999 * E8;

/** From the lowest: below 1.1 FORCE_LIQUIDATION, below 1.3 PRE_LIQUIDATION, … */
const STATUSES: readonly [belowE8: number, status: string][] = [
  [1.1 * E8, 'FORCE_LIQUIDATION'],
  [1.3 * E8, 'PRE_LIQUIDATION'],
  [1.5 * E8, 'MARGIN_CALL'],
  [2 * E8, 'NORMAL'],
];

export interface Valuation {
  /** The price index of `symbol` in 1e-8 units, or undefined when it is not simulated. */
  indexE8(symbol: string): number | undefined;
  /** The USDT value of one `asset`, 1e-8 units. */
  usdtE8(asset: string): number;
  /** Value of `amountE8` of `asset` in BTC (1e-8 units). */
  inBtc(asset: string, amountE8: number): number;
}

export function valuation(deps: ApiDeps): Valuation {
  const indexE8 = (symbol: string): number | undefined => {
    const m = deps.market.get(symbol.toLowerCase());
    return m === undefined ? undefined : Math.round(m.mid) * m.spec.tickE8;
  };
  const usdtE8 = (asset: string): number =>
    asset === 'USDT' ? E8 : (indexE8(`${asset}USDT`) ?? 0);
  const inBtc = (asset: string, amountE8: number): number => {
    const btc = indexE8('BTCUSDT');
    if (asset === 'BTC') return amountE8;
    return btc === undefined ? 0 : Math.floor((mulE8(amountE8, usdtE8(asset)) * E8) / btc);
  };
  return { indexE8, usdtE8, inBtc };
}

/** Total assets over total liabilities (both in BTC, 1e-8), 1e-8 units. */
export const marginLevelE8 = (assetsE8: number, liabilitiesE8: number): number =>
  liabilitiesE8 === 0 ? NO_LIABILITY_LEVEL_E8 : Math.floor((assetsE8 * E8) / liabilitiesE8);

export const formatLevel = (levelE8: number): string => formatE8(levelE8);

/** EXCESSIVE, NORMAL, MARGIN_CALL, PRE_LIQUIDATION or FORCE_LIQUIDATION. */
export const marginLevelStatus = (levelE8: number): string =>
  STATUSES.find(([below]) => levelE8 < below)?.[1] ?? 'EXCESSIVE';
