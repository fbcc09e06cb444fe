/** Account methods (`rest-api.md`, "Account endpoints"; `web-socket-api.md`, "Account requests"). */
import { formatE8 } from '../../engine/amounts';
import { COMMISSION_RATE } from '../../engine/engine';
import { statusAnswer } from '../../engine/order';
import type { ApiDeps } from '../deps';
import type { ApiMethod, CallContext } from '../method';
import { preventedMatches } from './prevented-matches';

const accountOf = (ctx: CallContext): string => ctx.caller!.accountId;
const bips = COMMISSION_RATE * 10_000;
const rate = COMMISSION_RATE.toFixed(8);

export function accountMethods(deps: ApiDeps): ApiMethod[] {
  const { engine } = deps;
  return [
    {
      wsApi: 'account.status',
      rest: { method: 'GET', path: '/api/v3/account' },
      security: 'USER_DATA',
      weight: 20,
      handle: (params, ctx) => {
        const omitZero = params.boolean('omitZeroBalances') ?? false;
        const balances = engine.accounts
          .list(accountOf(ctx))
          .filter((b) => !omitZero || b.free !== '0.00000000' || b.locked !== '0.00000000');
        return {
          makerCommission: bips,
          takerCommission: bips,
          buyerCommission: 0,
          sellerCommission: 0,
          commissionRates: { maker: rate, taker: rate, buyer: '0.00000000', seller: '0.00000000' },
          canTrade: true,
          canWithdraw: true,
          canDeposit: true,
          brokered: false,
          requireSelfTradePrevention: false,
          preventSor: false,
          updateTime: ctx.now,
          accountType: 'SPOT',
          balances,
          permissions: ['SPOT'],
          uid: 1,
        };
      },
    },
    {
      wsApi: 'allOrders',
      rest: { method: 'GET', path: '/api/v3/allOrders' },
      security: 'USER_DATA',
      weight: 20,
      handle: (params, ctx) => {
        const symbol = params.string('symbol', true);
        const limit = params.limit('limit', 500, 1, 1000);
        const fromId = params.integer('orderId') ?? 0;
        const start = params.integer('startTime') ?? 0;
        const end = params.integer('endTime') ?? Number.MAX_SAFE_INTEGER;
        return engine
          .ordersOfAccount(accountOf(ctx), symbol)
          .filter((o) => o.orderId >= fromId && o.time >= start && o.time <= end)
          .slice(0, limit)
          .map(statusAnswer);
      },
    },
    {
      wsApi: 'myTrades',
      rest: { method: 'GET', path: '/api/v3/myTrades' },
      security: 'USER_DATA',
      weight: 20,
      handle: (params, ctx) => {
        const symbol = params.string('symbol', true);
        const limit = params.limit('limit', 500, 1, 1000);
        const orderId = params.integer('orderId');
        const fromId = params.integer('fromId') ?? 0;
        return engine
          .ordersOfAccount(accountOf(ctx), symbol)
          .filter((o) => orderId === undefined || o.orderId === orderId)
          .flatMap((o) =>
            o.fills.map((f) => ({
              symbol: o.symbol,
              id: f.tradeId,
              orderId: o.orderId,
              orderListId: o.orderListId,
              price: formatE8(f.priceE8),
              qty: formatE8(f.qtyE8),
              quoteQty: formatE8(Math.floor((f.priceE8 * f.qtyE8) / 1e8)),
              commission: formatE8(f.commissionE8),
              commissionAsset: f.commissionAsset,
              time: f.time,
              isBuyer: o.side === 'BUY',
              isMaker: f.maker,
              isBestMatch: true,
            })),
          )
          .filter((t) => t.id >= fromId)
          .sort((a, b) => a.id - b.id)
          .slice(0, limit);
      },
    },
    {
      wsApi: 'account.rateLimits.orders',
      rest: { method: 'GET', path: '/api/v3/rateLimit/order' },
      security: 'USER_DATA',
      weight: 40,
      handle: (_params, ctx) => {
        const counts = deps.limits.orderCounts(accountOf(ctx), ctx.now);
        const [, tenSeconds, day] = deps.limits.definitions();
        return [
          { ...tenSeconds!, count: counts.short },
          { ...day!, count: counts.long },
        ];
      },
    },
    {
      wsApi: 'myAllocations',
      rest: { method: 'GET', path: '/api/v3/myAllocations' },
      security: 'USER_DATA',
      weight: 20,
      handle: () => [],
    },
    {
      wsApi: 'myPreventedMatches',
      rest: { method: 'GET', path: '/api/v3/myPreventedMatches' },
      security: 'USER_DATA',
      weight: (params) => (params.has('orderId') ? 20 : 2),
      handle: (params, ctx) =>
        preventedMatches(engine, accountOf(ctx), params, params.limit('limit', 500, 1, 1000)),
    },
  ];
}
