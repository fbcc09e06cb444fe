/**
 * What margin answers value assets with (Binance's margin_trading docs, "Account"): the price
 * index, which here is the simulated book's mid price. An asset is valued through its
 * `<ASSET>USDT` symbol (USDT at 1), and in BTC through BTCUSDT; an asset without such a symbol, or
 * every asset when BTCUSDT is not simulated, counts as 0. Interest owed (margin-interest.ts) is a
 * liability beside the principal. The margin level is total assets over total liabilities (999,
 * Binance's cap, without any), and its status follows simplified thresholds (sim/README.md,
 * "Margin"). The cross margin account and a sub-account's margin account (seen by its master)
 * share `marginValuation`.
 */
import { formatE8, mulE8 } from '../../engine/amounts';
import type { MarginLoans } from '../../engine/margin-loans';
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

export interface MarginAsset {
  readonly asset: string;
  readonly free: number;
  readonly locked: number;
  readonly borrowed: number;
  readonly interest: number;
}

export interface MarginValue {
  readonly assets: readonly MarginAsset[];
  /** Assets, liabilities (principal and interest) and collateral (USDT) in 1e-8 units. */
  readonly totalE8: number;
  readonly liabilityE8: number;
  readonly collateralUsdtE8: number;
  /** Total over liability as text; 999 without liability. */
  readonly marginLevel: string;
}

export type MarginValuation = ReturnType<typeof marginValuation>;

/** An engine account valued as a margin account, against the loan book `loans`. */
export function marginValuation(deps: ApiDeps, loans: MarginLoans) {
  const { usdtE8, inBtc } = valuation(deps);
  return {
    value(accountId: string): MarginValue {
      const assets = deps.engine.accounts.list(accountId).map(({ asset }) => {
        const b = deps.engine.accounts.balance(accountId, asset);
        return {
          asset,
          free: b.free,
          locked: b.locked,
          borrowed: loans.liability(accountId, asset),
          interest: loans.interest.owedOf(accountId, asset),
        };
      });
      const totalE8 = assets.reduce((sum, a) => sum + inBtc(a.asset, a.free + a.locked), 0);
      const liabilityE8 = assets.reduce(
        (sum, a) => sum + inBtc(a.asset, a.borrowed + a.interest),
        0,
      );
      const collateralUsdtE8 = assets.reduce(
        (sum, a) => sum + mulE8(a.free + a.locked, usdtE8(a.asset)),
        0,
      );
      const marginLevel = formatLevel(marginLevelE8(totalE8, liabilityE8));
      return { assets, totalE8, liabilityE8, collateralUsdtE8, marginLevel };
    },
  };
}

/** `totalAssetOfBtc`, `totalLiabilityOfBtc`, `totalNetAssetOfBtc` (the `marginBtcTotals` group). */
export const btcTotals = (v: Pick<MarginValue, 'totalE8' | 'liabilityE8'>) => ({
  totalAssetOfBtc: formatE8(v.totalE8),
  totalLiabilityOfBtc: formatE8(v.liabilityE8),
  totalNetAssetOfBtc: formatE8(v.totalE8 - v.liabilityE8),
});

/** One asset as margin accounts list it (the `marginAssetFields` group). */
export const assetAnswer = (a: MarginAsset) => ({
  asset: a.asset,
  borrowed: formatE8(a.borrowed),
  free: formatE8(a.free),
  interest: formatE8(a.interest),
  locked: formatE8(a.locked),
  netAsset: formatE8(a.free + a.locked - a.borrowed - a.interest),
});
