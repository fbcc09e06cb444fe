/**
 * The cross margin account and the price index (Binance's margin_trading docs, "Account" and
 * "Market Data"). Values in BTC and USDT use the price index, which here is the simulated book's
 * mid price: an asset is valued through its `<ASSET>USDT` symbol (USDT at 1), and BTC through
 * BTCUSDT; an asset without such a symbol, or every asset when BTCUSDT is not simulated, counts
 * as 0. No interest accrues, so `interest` is 0 and the collateral margin level is the margin
 * level; with no liability the margin level is 999 (Binance's cap).
 */
import { formatE8, mulE8 } from '../../engine/amounts';
import type { MarginLoans } from '../../engine/margin-loans';
import type { ApiDeps } from '../deps';
import type { ApiMethod } from '../method';
import { marginMethod } from './margin-account-id';
import { marketOf } from './market-of';

const E8 = 1e8;
const NO_LIABILITY_LEVEL = '999.00000000';

export function marginAccountMethods(deps: ApiDeps, loans: MarginLoans): ApiMethod[] {
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

  return [
    marginMethod('GET /sapi/v1/margin/account', 'USER_DATA', 10, 'IP', (_params, _ctx, account) => {
      const assets = deps.engine.accounts.list(account.accountId).map(({ asset }) => {
        const b = deps.engine.accounts.balance(account.accountId, asset);
        const borrowed = loans.liability(account.accountId, asset);
        return { asset, free: b.free, locked: b.locked, borrowed };
      });
      const total = assets.reduce((sum, a) => sum + inBtc(a.asset, a.free + a.locked), 0);
      const liability = assets.reduce((sum, a) => sum + inBtc(a.asset, a.borrowed), 0);
      const collateralUsdt = assets.reduce(
        (sum, a) => sum + mulE8(a.free + a.locked, usdtE8(a.asset)),
        0,
      );
      const level =
        liability === 0 ? NO_LIABILITY_LEVEL : formatE8(Math.floor((total * E8) / liability));
      return {
        created: true,
        borrowEnabled: true,
        marginLevel: level,
        collateralMarginLevel: level,
        totalAssetOfBtc: formatE8(total),
        totalLiabilityOfBtc: formatE8(liability),
        totalNetAssetOfBtc: formatE8(total - liability),
        TotalCollateralValueInUSDT: formatE8(collateralUsdt),
        tradeEnabled: true,
        transferInEnabled: true,
        transferOutEnabled: true,
        accountType: 'MARGIN_1',
        userAssets: assets.map((a) => ({
          asset: a.asset,
          borrowed: formatE8(a.borrowed),
          free: formatE8(a.free),
          interest: formatE8(0),
          locked: formatE8(a.locked),
          netAsset: formatE8(a.free + a.locked - a.borrowed),
        })),
      };
    }),
    {
      rest: { method: 'GET', path: '/sapi/v1/margin/priceIndex' },
      security: 'USER_STREAM',
      weight: 10,
      weightType: 'IP',
      handle: (params, ctx) => {
        const m = marketOf(deps, params.string('symbol', true));
        return {
          calcTime: ctx.now,
          price: formatE8(Math.round(m.mid) * m.spec.tickE8),
          symbol: m.symbol,
        };
      },
    },
  ];
}
