/**
 * The cross margin account and the price index (Binance's margin_trading docs, "Account" and
 * "Market Data"), valued as margin-valuation.ts says. Interest owed (margin-interest.ts) counts
 * as a liability beside the principal; the collateral margin level is the margin level.
 */
import { formatE8, mulE8 } from '../../engine/amounts';
import type { MarginLoans } from '../../engine/margin-loans';
import type { ApiDeps } from '../deps';
import type { ApiMethod } from '../method';
import { marginMethod } from './margin-account-id';
import { formatLevel, marginLevelE8, valuation } from './margin-valuation';
import { marketOf } from './market-of';

export function marginAccountMethods(deps: ApiDeps, loans: MarginLoans): ApiMethod[] {
  const { usdtE8, inBtc } = valuation(deps);

  return [
    marginMethod('GET /sapi/v1/margin/account', 'USER_DATA', 10, 'IP', (_params, _ctx, account) => {
      const assets = deps.engine.accounts.list(account.accountId).map(({ asset }) => {
        const b = deps.engine.accounts.balance(account.accountId, asset);
        const borrowed = loans.liability(account.accountId, asset);
        const interest = loans.interest.owedOf(account.accountId, asset);
        return { asset, free: b.free, locked: b.locked, borrowed, interest };
      });
      const total = assets.reduce((sum, a) => sum + inBtc(a.asset, a.free + a.locked), 0);
      const liability = assets.reduce((sum, a) => sum + inBtc(a.asset, a.borrowed + a.interest), 0);
      const collateralUsdt = assets.reduce(
        (sum, a) => sum + mulE8(a.free + a.locked, usdtE8(a.asset)),
        0,
      );
      const level = formatLevel(marginLevelE8(total, liability));
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
          interest: formatE8(a.interest),
          locked: formatE8(a.locked),
          netAsset: formatE8(a.free + a.locked - a.borrowed - a.interest),
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
