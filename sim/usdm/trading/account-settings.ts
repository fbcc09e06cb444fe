/**
 * USDⓈ-M account settings the simulation keeps beside the ledger (spec/usdm/operations/):
 * Multi-Assets mode and paying fees in BNB (flags only: the simulation has one margin asset and
 * charges fees in USDT either way), the commission rates it charges, the account and symbol
 * configuration, the order rate limits (spec/usdm/limits.yaml), and the quantitative rules
 * indicators: none triggered, as the simulation applies none.
 */
import { apiRateLimits } from '../../../generated/usdm/limits';
import type { ApiMethod, CallContext } from '../../api/method';
import type { Params } from '../../api/params';
import { formatFloat } from '../../market/decimal';
import type { Futures } from './futures';
import { MAKER_FEE, TAKER_FEE } from './futures-funds';
import type { FuturesAccount } from './ledger';
import { maxNotionalAt } from './leverage-brackets';

interface Flags {
  multiAssetsMargin: boolean;
  feeBurn: boolean;
}

const flags = new WeakMap<FuturesAccount, Flags>();
const flagsOf = (account: FuturesAccount): Flags => {
  let f = flags.get(account);
  if (f === undefined) flags.set(account, (f = { multiAssetsMargin: false, feeBurn: false }));
  return f;
};

const at = (method: 'GET' | 'POST', name: string) =>
  ({ method, path: `/fapi/v1/${name}` }) as const;
const OK = { code: 200, msg: 'success' };

export function accountSettingMethods(futures: Futures): ApiMethod[] {
  const { ledger, engine } = futures;
  const accountOf = (ctx: CallContext) => ledger.account(ctx.caller!.accountId);
  /** A flag's GET and POST: the POST takes `"true"` / `"false"` under the flag's name. */
  const flag = (name: keyof Flags): ApiMethod[] => [
    {
      rest: at('GET', name),
      security: 'USER_DATA',
      weight: 30,
      handle: (_params, ctx) => ({ [name]: flagsOf(accountOf(ctx))[name] }),
    },
    {
      rest: at('POST', name),
      security: 'TRADE',
      weight: 1,
      handle: (params, ctx) => {
        flagsOf(accountOf(ctx))[name] =
          params.oneOf(name, ['true', 'false'] as const, true) === 'true';
        return OK;
      },
    },
  ];
  const symbolConfig = (params: Params, ctx: CallContext) => {
    const account = accountOf(ctx);
    const symbols = params.has('symbol')
      ? [engine.symbol(params.string('symbol', true))]
      : engine.allSymbols();
    return symbols.map(({ symbol }) => {
      const leverage = ledger.leverageOf(ctx.caller!.accountId, symbol);
      return {
        symbol,
        marginType: account.isolated.has(symbol) ? 'ISOLATED' : 'CROSSED',
        isAutoAddMargin: false,
        leverage,
        maxNotionalValue: String(maxNotionalAt(leverage)),
      };
    });
  };
  return [
    ...flag('multiAssetsMargin'),
    ...flag('feeBurn'),
    {
      rest: at('GET', 'commissionRate'),
      security: 'USER_DATA',
      weight: 20,
      handle: (params) => ({
        symbol: engine.symbol(params.string('symbol', true)).symbol,
        makerCommissionRate: formatFloat(MAKER_FEE, 8),
        takerCommissionRate: formatFloat(TAKER_FEE, 8),
      }),
    },
    {
      rest: at('GET', 'accountConfig'),
      security: 'USER_DATA',
      weight: 5,
      handle: (_params, ctx) => ({
        feeTier: 0,
        canTrade: true,
        canDeposit: true,
        canWithdraw: true,
        dualSidePosition: accountOf(ctx).dualSidePosition,
        updateTime: 0,
        multiAssetsMargin: flagsOf(accountOf(ctx)).multiAssetsMargin,
        tradeGroupId: -1,
      }),
    },
    { rest: at('GET', 'symbolConfig'), security: 'USER_DATA', weight: 5, handle: symbolConfig },
    {
      rest: at('GET', 'rateLimit/order'),
      security: 'USER_DATA',
      weight: 1,
      handle: () =>
        apiRateLimits
          .filter((r) => r.rateLimitType === 'ORDERS')
          .map(({ rateLimitType, interval, intervalNum, limit }) => ({
            rateLimitType,
            interval,
            intervalNum,
            limit,
          })),
    },
    {
      rest: at('GET', 'apiTradingStatus'),
      security: 'USER_DATA',
      weight: (params) => (params.has('symbol') ? 1 : 10),
      handle: (_params, ctx) => ({ indicators: {}, updateTime: ctx.now }),
    },
  ];
}
