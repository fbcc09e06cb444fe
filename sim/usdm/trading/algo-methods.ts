/**
 * USDⓈ-M algo order endpoints under `/fapi/v1/` (spec/usdm/operations/*-algo-*.yaml): New,
 * Cancel and Query Algo Order (`algoOrder`), Cancel All Algo Open Orders (`algoOpenOrders`),
 * Current All Algo Open Orders (`openAlgoOrders`) and Query All Algo Orders (`allAlgoOrders`),
 * on the Algo Service. Weights as Binance documents them; placement costs 0 IP weight and counts
 * 1 order. New and Cancel are also the futures WebSocket API's `algoOrder.place` and
 * `algoOrder.cancel` (`/ws-fapi/v1`).
 */
import { errors } from '../../api/errors';
import type { ApiMethod, CallContext } from '../../api/method';
import type { Params } from '../../api/params';
import { placeAlgoAnswer, queryAlgoAnswer } from './algo-answers';
import { isWorking, type AlgoOrder } from './algo-order';
import { readAlgoOrder } from './algo-params';
import { historyPage } from './order-params';
import type { AlgoRef } from './algo-service';
import type { Futures } from './futures';

const accountOf = (ctx: CallContext): string => ctx.caller!.accountId;
const path = (method: 'GET' | 'POST' | 'DELETE', name: string) =>
  ({ method, path: `/fapi/v1/${name}` }) as const;

/** algoId or clientAlgoId (-1102 when neither is sent). */
function algoRef(params: Params): AlgoRef {
  const algoId = params.integer('algoId');
  const clientAlgoId = params.string('clientAlgoId');
  if (algoId === undefined && clientAlgoId === undefined)
    throw errors.eitherMandatory('algoId', 'clientAlgoId');
  return algoId === undefined ? { clientAlgoId } : { algoId };
}

export function usdmAlgoMethods(futures: Futures): ApiMethod[] {
  const { algo, ledger } = futures;
  const query = (order: AlgoOrder) => queryAlgoAnswer(order, algo.actualOf(order));

  return [
    {
      rest: path('POST', 'algoOrder'),
      wsApi: 'algoOrder.place',
      security: 'TRADE',
      weight: 0,
      orders: 1,
      handle: (params, ctx) => {
        const account = ledger.account(accountOf(ctx));
        const request = readAlgoOrder(params, account.dualSidePosition);
        return placeAlgoAnswer(algo.place(accountOf(ctx), request, ctx.now));
      },
    },
    {
      rest: path('DELETE', 'algoOrder'),
      wsApi: 'algoOrder.cancel',
      security: 'TRADE',
      weight: 1,
      handle: (params, ctx) => {
        const canceled = algo.cancel(accountOf(ctx), algoRef(params), ctx.now);
        return {
          algoId: canceled.algoId,
          clientAlgoId: canceled.clientAlgoId,
          code: '200',
          msg: 'success',
        };
      },
    },
    {
      rest: path('DELETE', 'algoOpenOrders'),
      security: 'TRADE',
      weight: 1,
      handle: (params, ctx) => {
        const symbol = futures.engine.symbol(params.string('symbol', true)).symbol;
        algo.cancelAll(accountOf(ctx), symbol, ctx.now);
        return { code: 200, msg: 'The operation of cancel all open order is done.' };
      },
    },
    {
      rest: path('GET', 'algoOrder'),
      security: 'USER_DATA',
      weight: 1,
      handle: (params, ctx) => {
        const found = algo.find(accountOf(ctx), algoRef(params));
        if (found === undefined) throw errors.noSuchOrder();
        return query(found);
      },
    },
    {
      rest: path('GET', 'openAlgoOrders'),
      security: 'USER_DATA',
      weight: (params) => (params.has('symbol') ? 1 : 40),
      handle: (params, ctx) => {
        params.oneOf('algoType', ['CONDITIONAL'] as const);
        const from = params.integer('algoId') ?? 0;
        return algo
          .list(accountOf(ctx), params.string('symbol'))
          .filter((a) => isWorking(a) && a.algoId >= from)
          .map(query);
      },
    },
    {
      rest: path('GET', 'allAlgoOrders'),
      security: 'USER_DATA',
      weight: 5,
      handle: (params, ctx) => {
        const all = algo.list(accountOf(ctx), params.string('symbol', true));
        return historyPage(all, params, 'algoId', (a) => a.algoId).map(query);
      },
    },
  ];
}
