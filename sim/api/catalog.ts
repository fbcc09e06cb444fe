/**
 * Every API method of the local exchange, each implemented once (`methods/`) and served by both
 * transports: `rest/` looks methods up by HTTP method and path, `ws-api/` by method name.
 */
import type { ApiDeps } from './deps';
import type { ApiMethod } from './method';
import { accountMethods } from './methods/account';
import { generalMethods } from './methods/general';
import { MarginLoans } from '../engine/margin-loans';
import { isolatedMarginAccountMethods } from './methods/isolated-margin-account';
import { listenTokenMethods } from './methods/listen-token';
import { marginAccountMethods } from './methods/margin-account';
import { marginValuation } from './methods/margin-valuation';
import { SubAccounts } from '../engine/sub-accounts';
import { subAccountMethods } from './methods/sub-accounts';
import { subAccountApiIpMethods } from './methods/sub-account-api-ip';
import { subAccountTransferMethods } from './methods/sub-account-transfers';
import { marginFeeDataMethods } from './methods/margin-fee-data';
import { marginLoanMethods } from './methods/margin-loans';
import { marginOrderListMethods } from './methods/margin-order-lists';
import { marginSpecialKeyMethods } from './methods/margin-special-keys';
import { marginTradingMethods } from './methods/margin-trading';
import { universalTransferMethods } from './methods/universal-transfer';
import { marketDataMethods } from './methods/market-data';
import { moreMarketDataMethods } from './methods/more-market-data';
import { moreTradingMethods } from './methods/more-trading';
import { orderListMethods } from './methods/order-lists';
import { sessionMethods } from './methods/session';
import { tradingMethods } from './methods/trading';
import { userStreamMethods } from './methods/user-stream';
import { replayedMethods } from './methods/replayed';
import { usdmMarketDataMethods } from '../usdm/methods';
import { usdmAccountMethods } from '../usdm/trading/account-methods';
import { usdmOrderMethods } from '../usdm/trading/order-methods';
import { usdmAlgoMethods } from '../usdm/trading/algo-methods';
import { usdmPriceKlineMethods } from '../usdm/market-data/price-klines';
import { usdmFuturesDataMethods } from '../usdm/market-data/futures-data';
import { moreOrderMethods } from '../usdm/trading/more-order-methods';
import { positionMarginMethods } from '../usdm/trading/position-margin';
import { accountSettingMethods } from '../usdm/trading/account-settings';
import { usdmMoreMarketDataMethods } from '../usdm/market-data/more-market-data';

/** The methods one WebSocket API endpoint serves, by name. */
export interface WsApiMethods {
  byWsApiName(name: string): ApiMethod | undefined;
}

export interface Catalog extends WsApiMethods {
  readonly methods: readonly ApiMethod[];
  /**
   * The USDⓈ-M futures WebSocket API (`/ws-fapi/v1`): the futures methods under their ws-fapi
   * names (`order.place` on the futures engine, not Spot's) and the session methods.
   */
  readonly usdmWsApi: WsApiMethods;
  byRest(method: string, path: string): ApiMethod | undefined;
  /** Whether some method answers `path` (with another HTTP method: 405 rather than 404). */
  hasRestPath(path: string): boolean;
  /** The margin loan book (the exchange accrues its interest every interest hour). */
  readonly marginLoans: MarginLoans;
}

/**
 * Methods that share one loan book: borrow / repay, the accounts that show the debt (the
 * caller's, and its sub-accounts' seen by the master), and the transfers that may not move it out.
 */
function marginMethodsWithLoans(deps: ApiDeps, loans: MarginLoans): ApiMethod[] {
  const valuation = marginValuation(deps, loans);
  const subs = new SubAccounts();
  return [
    ...marginLoanMethods(loans),
    ...marginAccountMethods(deps, valuation),
    ...isolatedMarginAccountMethods(deps, loans),
    ...marginFeeDataMethods(deps, loans),
    ...universalTransferMethods(deps, loans),
    ...subAccountMethods(subs, valuation),
    ...subAccountApiIpMethods(deps, subs),
    ...subAccountTransferMethods(deps, subs, loans),
  ];
}

/** Methods by WebSocket API name; names are unique within one endpoint. */
function wsApiMethods(methods: readonly ApiMethod[]): WsApiMethods {
  const byName = new Map(methods.filter((m) => m.wsApi).map((m) => [m.wsApi!, m]));
  return { byWsApiName: (name) => byName.get(name) };
}

export function createCatalog(deps: ApiDeps): Catalog {
  const marginLoans = new MarginLoans(deps.engine.accounts);
  const spot = [
    ...generalMethods(deps),
    ...marketDataMethods(deps),
    ...tradingMethods(deps),
    ...orderListMethods(deps),
    ...moreMarketDataMethods(deps),
    ...moreTradingMethods(deps),
    ...accountMethods(deps),
    ...marginTradingMethods(deps),
    ...marginOrderListMethods(deps),
    ...marginSpecialKeyMethods(deps),
    ...marginMethodsWithLoans(deps, marginLoans),
    ...sessionMethods(deps),
    ...userStreamMethods(),
    ...listenTokenMethods(),
  ];
  spot.push(...replayedMethods(spot, deps.options.log, deps.options.examples.spot.operations));
  const futures = [
    // USDⓈ-M futures market data (`/fapi/v1/…`), on the same market.
    ...usdmMarketDataMethods(deps),
    // USDⓈ-M futures trading and account (`/fapi/…`), on the futures engine and ledger.
    ...usdmOrderMethods(deps.futures),
    ...usdmAlgoMethods(deps.futures),
    ...usdmAccountMethods(deps.futures),
    // More USDⓈ-M market data: price klines, old trades, RPI book, indexes (sim/usdm/market-data/).
    ...usdmPriceKlineMethods(deps),
    ...usdmMoreMarketDataMethods(deps, usdmMarketDataMethods(deps)),
    ...usdmFuturesDataMethods(deps),
    // More USDⓈ-M trading and account endpoints (sim/usdm/trading/).
    ...moreOrderMethods(deps.futures),
    ...positionMarginMethods(deps.futures),
    ...accountSettingMethods(deps.futures),
  ];
  // USDⓈ-M spec examples over REST only: a replay gets no ws-fapi name.
  const usdmExamples = deps.options.examples.usdm.operations;
  futures.push(...replayedMethods(futures, deps.options.log, usdmExamples, true));
  const methods = [...spot, ...futures];
  const byRest = new Map(
    methods.filter((m) => m.rest).map((m) => [`${m.rest!.method} ${m.rest!.path}`, m]),
  );
  const paths = new Set(methods.flatMap((m) => (m.rest ? [m.rest.path] : [])));
  return {
    methods,
    ...wsApiMethods(spot),
    usdmWsApi: wsApiMethods([...futures, ...sessionMethods(deps)]),
    byRest: (method, path) => byRest.get(`${method} ${path}`),
    hasRestPath: (path) => paths.has(path),
    marginLoans,
  };
}
