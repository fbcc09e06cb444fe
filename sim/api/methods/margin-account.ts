/**
 * The cross margin account and the price index (Binance's margin_trading docs, "Account" and
 * "Market Data"), valued as `margin-valuation.ts` says: at the book's mid price, interest owed
 * a liability, the collateral margin level equal to the margin level.
 */
import { formatE8 } from '../../engine/amounts';
import type { ApiDeps } from '../deps';
import type { ApiMethod } from '../method';
import { marginMethod } from './margin-account-id';
import { assetAnswer, btcTotals, type MarginValuation } from './margin-valuation';
import { marketOf } from './market-of';

export function marginAccountMethods(deps: ApiDeps, valuation: MarginValuation): ApiMethod[] {
  return [
    marginMethod('GET /sapi/v1/margin/account', 'USER_DATA', 10, 'IP', (_params, _ctx, account) => {
      const v = valuation.value(account.accountId);
      return {
        created: true,
        borrowEnabled: true,
        marginLevel: v.marginLevel,
        collateralMarginLevel: v.marginLevel,
        ...btcTotals(v),
        TotalCollateralValueInUSDT: formatE8(v.collateralUsdtE8),
        tradeEnabled: true,
        transferInEnabled: true,
        transferOutEnabled: true,
        accountType: 'MARGIN_1',
        userAssets: v.assets.map(assetAnswer),
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
