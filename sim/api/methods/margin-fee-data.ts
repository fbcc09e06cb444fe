/**
 * Margin fee data and the next hourly rate (Binance's margin_trading docs, "Query Cross Margin Fee
 * Data", "Query Isolated Margin Fee Data", "Get future hourly interest rate", "Query Margin
 * Available Inventory"): the local
 * exchange's terms, the same at every VIP level: one interest rate for every asset
 * (margin-interest.ts), each asset's borrow limit (its starting balance, margin-loans.ts), every
 * simulated symbol marginable, isolated leverage 10; the lendable pool of each asset
 * (`MarginLoans.availableInventory`).
 */
import { DAILY_INTEREST_RATE, HOURLY_INTEREST_RATE } from '../../engine/margin-interest';
import type { MarginLoans } from '../../engine/margin-loans';
import { symbolRules } from '../../engine/symbol-rules';
import { formatE8 } from '../../engine/amounts';
import type { ApiDeps } from '../deps';
import { errors } from '../errors';
import type { ApiMethod } from '../method';
import { isIsolated } from './margin-account-id';

const DAILY = DAILY_INTEREST_RATE.toFixed(8);
const YEARLY = (DAILY_INTEREST_RATE * 365).toFixed(8);
const ISOLATED_LEVERAGE = '10';
const INVENTORY_TYPES = ['MARGIN', 'ISOLATED'] as const;

export function marginFeeDataMethods(deps: ApiDeps, loans: MarginLoans): ApiMethod[] {
  const pairs = () =>
    deps.market.symbols.map((symbol) => symbolRules(deps.market.get(symbol.toLowerCase())!.spec));
  const terms = (asset: string) => ({
    coin: asset,
    dailyInterest: DAILY,
    borrowLimit: formatE8(loans.borrowLimit(asset)),
  });
  return [
    {
      rest: { method: 'GET', path: '/sapi/v1/margin/next-hourly-interest-rate' },
      security: 'USER_DATA',
      weight: 100,
      weightType: 'IP',
      handle: (params) => {
        const assets = params.string('assets', true).split(',');
        params.string('isIsolated', true);
        isIsolated(params);
        if (assets.length > 20) throw errors.invalidParam('assets');
        const rate = HOURLY_INTEREST_RATE.toFixed(8);
        return assets.map((asset) => ({ asset, nextHourlyInterestRate: rate }));
      },
    },
    {
      rest: { method: 'GET', path: '/sapi/v1/margin/available-inventory' },
      security: 'USER_DATA',
      weight: 50,
      weightType: 'UID',
      handle: (params, ctx) => {
        const isolated = params.oneOf('type', INVENTORY_TYPES, true) === 'ISOLATED';
        const assets = [...new Set(pairs().flatMap((p) => [p.baseAsset, p.quoteAsset]))];
        return {
          assets: Object.fromEntries(
            assets.map((asset) => [asset, formatE8(loans.availableInventory(asset, isolated))]),
          ),
          // Seconds, as the docs' example (1699272487) reads.
          updateTime: Math.floor(ctx.now / 1000),
        };
      },
    },
    {
      rest: { method: 'GET', path: '/sapi/v1/margin/crossMarginData' },
      security: 'USER_DATA',
      weight: (params) => (params.string('coin') === undefined ? 5 : 1),
      weightType: 'IP',
      handle: (params) => {
        const vipLevel = params.integer('vipLevel') ?? 0;
        const coin = params.string('coin');
        const assets = [...new Set(pairs().flatMap((p) => [p.baseAsset, p.quoteAsset]))];
        return assets
          .filter((asset) => coin === undefined || asset === coin)
          .map((asset) => ({
            vipLevel,
            coin: asset,
            transferIn: true,
            borrowable: true,
            dailyInterest: DAILY,
            yearlyInterest: YEARLY,
            borrowLimit: terms(asset).borrowLimit,
            marginablePairs: pairs()
              .filter((p) => p.baseAsset === asset || p.quoteAsset === asset)
              .map((p) => p.symbol),
          }));
      },
    },
    {
      rest: { method: 'GET', path: '/sapi/v1/margin/isolatedMarginData' },
      security: 'USER_DATA',
      weight: (params) => (params.string('symbol') === undefined ? 10 : 1),
      weightType: 'IP',
      handle: (params) => {
        const vipLevel = params.integer('vipLevel') ?? 0;
        const symbol = params.string('symbol');
        return pairs()
          .filter((p) => symbol === undefined || p.symbol === symbol)
          .map((p) => ({
            vipLevel,
            symbol: p.symbol,
            leverage: ISOLATED_LEVERAGE,
            data: [terms(p.baseAsset), terms(p.quoteAsset)],
          }));
      },
    },
  ];
}
