/**
 * USDⓈ-M account endpoints (spec/usdm/operations/): account, balance and positions (v3),
 * leverage (and its brackets), margin type, position mode, income history, and the listen key
 * of the user data stream, on the futures ledger. Account, balance and positions are also the
 * futures WebSocket API's `v2/account.status`, `v2/account.balance` and `v2/account.position`
 * (they answer as the v3 REST endpoints), the listen key `userDataStream.start` / `.ping` /
 * `.stop`.
 */
import { errors } from '../../api/errors';
import type { ApiMethod, CallContext } from '../../api/method';
import type { Params } from '../../api/params';
import { isOpen } from '../../engine/order';
import { accountAnswer, balanceAnswer, positionRiskAnswer } from './account-answers';
import { accountV2Answer, positionRiskV2Answer } from './account-answers-v2';
import { futuresErrors } from './errors';
import { leverageUpdate } from './events';
import { leverageBracketMethod, maxNotionalAt } from './leverage-brackets';
import type { Futures } from './futures';
import { formatE8 } from '../../engine/amounts';

const at = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string) =>
  ({ method, path: `/fapi/${path}` }) as const;
const OK = { code: 200, msg: 'success' };

/** A signed read of the account (weight 5) served on REST `path` and as WebSocket API `wsApi`. */
const accountRead = (path: string, wsApi: string, handle: ApiMethod['handle']): ApiMethod => ({
  rest: at('GET', path),
  wsApi,
  security: 'USER_DATA',
  weight: 5,
  handle,
});
const MAX_LEVERAGE = 125;

export function usdmAccountMethods(futures: Futures): ApiMethod[] {
  const { ledger, engine, funds, markOf } = futures;
  const accountIdOf = (ctx: CallContext) => ctx.caller!.accountId;
  const accountOf = (ctx: CallContext) => ledger.account(accountIdOf(ctx));
  const openOrders = (ctx: CallContext, symbol?: string) =>
    engine.ordersOfAccount(accountIdOf(ctx), symbol).filter(isOpen);
  const hasPosition = (ctx: CallContext, symbol?: string) =>
    ledger.openPositions(accountIdOf(ctx), symbol).length > 0;

  /** Every contract, or the one `symbol` names (the V2 answers list positions per symbol). */
  const symbolsOf = (params: Params): string[] =>
    params.has('symbol')
      ? [engine.symbol(params.string('symbol', true)).symbol]
      : [...futures.market.all()].map((m) => m.symbol);

  const balance = (_p: Params, ctx: CallContext) =>
    balanceAnswer(accountOf(ctx), funds.openOrders(accountIdOf(ctx)), markOf);

  /** The V2 account, balance and positions (`account.status`, `.balance`, `.position`). */
  const v2AccountMethods = (): ApiMethod[] => [
    accountRead('v2/account', 'account.status', (params, ctx) =>
      accountV2Answer(accountOf(ctx), openOrders(ctx), markOf, symbolsOf(params)),
    ),
    accountRead('v2/balance', 'account.balance', balance),
    accountRead('v2/positionRisk', 'account.position', (params, ctx) =>
      positionRiskV2Answer(accountOf(ctx), markOf, symbolsOf(params)),
    ),
  ];

  const changeMarginType = (params: Params, ctx: CallContext) => {
    const symbol = engine.symbol(params.string('symbol', true)).symbol;
    const type = params.oneOf('marginType', ['ISOLATED', 'CROSSED'] as const, true);
    const account = accountOf(ctx);
    if (account.isolated.has(symbol) === (type === 'ISOLATED'))
      throw futuresErrors.sameMarginType();
    if (hasPosition(ctx, symbol)) throw futuresErrors.marginTypePosition();
    if (openOrders(ctx, symbol).length > 0) throw futuresErrors.marginTypeOpenOrders();
    if (type === 'ISOLATED') account.isolated.add(symbol);
    else account.isolated.delete(symbol);
    return OK;
  };

  const changePositionMode = (params: Params, ctx: CallContext) => {
    const dual = params.boolean('dualSidePosition');
    if (dual === undefined) throw errors.mandatory('dualSidePosition');
    const account = accountOf(ctx);
    if (account.dualSidePosition === dual) throw futuresErrors.samePositionMode();
    if (hasPosition(ctx)) throw futuresErrors.positionModePosition();
    if (openOrders(ctx).length > 0) throw futuresErrors.positionModeOpenOrders();
    account.dualSidePosition = dual;
    return OK;
  };

  const changeLeverage = (params: Params, ctx: CallContext) => {
    const symbol = engine.symbol(params.string('symbol', true)).symbol;
    const leverage = params.integer('leverage', true);
    if (leverage < 1 || leverage > MAX_LEVERAGE) throw futuresErrors.badLeverage(leverage);
    accountOf(ctx).leverage.set(symbol, leverage);
    futures.userEvents.emit(accountIdOf(ctx), leverageUpdate(symbol, leverage, ctx.now));
    return { leverage, maxNotionalValue: String(maxNotionalAt(leverage)), symbol };
  };

  const income = (params: Params, ctx: CallContext) => {
    const symbol = params.string('symbol');
    const type = params.string('incomeType');
    const limit = params.limit('limit', 100, 1, 1000);
    return accountOf(ctx)
      .income.filter(
        (i) =>
          (symbol === undefined || i.symbol === symbol) &&
          (type === undefined || i.incomeType === type),
      )
      .slice(-limit)
      .map((i) => ({
        symbol: i.symbol,
        incomeType: i.incomeType,
        income: formatE8(i.incomeE8),
        asset: 'USDT',
        info: i.incomeType,
        time: i.time,
        tranId: i.tranId,
        tradeId: i.tradeId === undefined ? '' : String(i.tradeId),
      }));
  };

  const listenKey = (ctx: CallContext, renew: boolean) => {
    const { apiKey, accountId } = ctx.caller!;
    const entry = renew
      ? futures.listenKeys.renew(apiKey, ctx.now)
      : futures.listenKeys.create(apiKey, accountId, ctx.now);
    if (entry === undefined) throw futuresErrors.listenKeyMissing();
    return { listenKey: entry.key };
  };

  return [
    accountRead('v3/account', 'v2/account.status', (_p, ctx) =>
      accountAnswer(accountOf(ctx), funds.openOrders(accountIdOf(ctx)), markOf),
    ),
    accountRead('v3/balance', 'v2/account.balance', balance),
    accountRead('v3/positionRisk', 'v2/account.position', (params, ctx) => {
      const symbol = params.has('symbol')
        ? engine.symbol(params.string('symbol', true)).symbol
        : undefined;
      return positionRiskAnswer(accountOf(ctx), openOrders(ctx, symbol), markOf, symbol);
    }),
    ...v2AccountMethods(),
    { rest: at('POST', 'v1/leverage'), security: 'TRADE', weight: 1, handle: changeLeverage },
    leverageBracketMethod(futures),
    { rest: at('POST', 'v1/marginType'), security: 'TRADE', weight: 1, handle: changeMarginType },
    {
      rest: at('POST', 'v1/positionSide/dual'),
      security: 'TRADE',
      weight: 1,
      handle: changePositionMode,
    },
    {
      rest: at('GET', 'v1/positionSide/dual'),
      security: 'USER_DATA',
      weight: 30,
      handle: (_p, ctx) => ({ dualSidePosition: accountOf(ctx).dualSidePosition }),
    },
    { rest: at('GET', 'v1/income'), security: 'USER_DATA', weight: 30, handle: income },
    {
      rest: at('POST', 'v1/listenKey'),
      wsApi: 'userDataStream.start',
      security: 'USER_STREAM',
      weight: 1,
      handle: (_p, ctx) => listenKey(ctx, false),
    },
    {
      rest: at('PUT', 'v1/listenKey'),
      wsApi: 'userDataStream.ping',
      security: 'USER_STREAM',
      weight: 1,
      handle: (_p, ctx) => listenKey(ctx, true),
    },
    {
      rest: at('DELETE', 'v1/listenKey'),
      wsApi: 'userDataStream.stop',
      security: 'USER_STREAM',
      weight: 1,
      handle: (_p, ctx) => {
        futures.listenKeys.close(ctx.caller!.apiKey);
        return {};
      },
    },
  ];
}
