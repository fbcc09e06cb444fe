/**
 * What a margin account is worth (Binance's margin_trading docs, "Account"): each asset free,
 * locked and borrowed, and the totals in BTC at the price index, which here is the simulated
 * book's mid price. An asset is valued through its `<ASSET>USDT` symbol (USDT at 1), BTC through
 * BTCUSDT; an asset without such a symbol, or every asset when BTCUSDT is not simulated, counts as
 * 0. No interest accrues here (0), and with no liability the margin level is 999 (Binance's cap).
 * The cross margin account and a sub-account's margin account (seen by its master) share it.
 */
import { formatE8, mulE8 } from '../../engine/amounts';
import type { MarginLoans } from '../../engine/margin-loans';
import type { ApiDeps } from '../deps';

const E8 = 1e8;
const NO_LIABILITY_LEVEL = '999.00000000';

export interface MarginAsset {
  readonly asset: string;
  readonly free: number;
  readonly locked: number;
  readonly borrowed: number;
}

export interface MarginValue {
  readonly assets: readonly MarginAsset[];
  /** Assets, liabilities and collateral (USDT) in 1e-8 units. */
  readonly totalE8: number;
  readonly liabilityE8: number;
  readonly collateralUsdtE8: number;
  /** Total over liability as text; 999 without liability. */
  readonly marginLevel: string;
}

export type MarginValuation = ReturnType<typeof marginValuation>;

export function marginValuation(deps: ApiDeps, loans: MarginLoans) {
  /** The price index of `symbol` in 1e-8 units, or undefined when it is not simulated. */
  const indexE8 = (symbol: string): number | undefined => {
    const m = deps.market.get(symbol.toLowerCase());
    return m === undefined ? undefined : Math.round(m.mid) * m.spec.tickE8;
  };
  const usdtE8 = (asset: string): number =>
    asset === 'USDT' ? E8 : (indexE8(`${asset}USDT`) ?? 0);
  /** Value of `amountE8` of `asset` in BTC (1e-8 units). */
  const inBtc = (asset: string, amountE8: number): number => {
    const btc = indexE8('BTCUSDT');
    if (asset === 'BTC') return amountE8;
    return btc === undefined ? 0 : Math.floor((mulE8(amountE8, usdtE8(asset)) * E8) / btc);
  };
  return {
    /** The engine account `accountId` valued as a margin account. */
    value(accountId: string): MarginValue {
      const assets = deps.engine.accounts.list(accountId).map(({ asset }) => {
        const b = deps.engine.accounts.balance(accountId, asset);
        return {
          asset,
          free: b.free,
          locked: b.locked,
          borrowed: loans.liability(accountId, asset),
        };
      });
      const totalE8 = assets.reduce((sum, a) => sum + inBtc(a.asset, a.free + a.locked), 0);
      const liabilityE8 = assets.reduce((sum, a) => sum + inBtc(a.asset, a.borrowed), 0);
      const collateralUsdtE8 = assets.reduce(
        (sum, a) => sum + mulE8(a.free + a.locked, usdtE8(a.asset)),
        0,
      );
      const marginLevel =
        liabilityE8 === 0 ? NO_LIABILITY_LEVEL : formatE8(Math.floor((totalE8 * E8) / liabilityE8));
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
  interest: formatE8(0),
  locked: formatE8(a.locked),
  netAsset: formatE8(a.free + a.locked - a.borrowed),
});
