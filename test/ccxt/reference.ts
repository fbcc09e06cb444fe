/**
 * What ccxt itself (4.5.84, `node_modules/ccxt`) makes of a Binance Spot payload, offline: the
 * reference our `*Ccxt` parsers are compared with.
 *
 * One ccxt pro instance per venue (`VENUES`: `ccxt.pro.binance` with spot as its default type for
 * Spot, `ccxt.pro.binanceusdm` for USDⓈ-M futures; the pro class extends the REST class, so it
 * carries both code paths). Its markets are loaded by ccxt's own `loadMarkets()` →
 * `fetchMarkets()` → `parseMarket()` → `setMarkets()`, with the one request `fetchMarkets` makes
 * for the venue (`publicGetExchangeInfo`, `fapiPublicGetExchangeInfo`) answering a given
 * exchangeInfo body instead of the network; `fetch` itself throws, so nothing can leave the
 * machine.
 *
 * - REST payloads go through the REST class's parse methods exactly as the `fetchX` that reads
 *   the endpoint calls them (the call is quoted at each function, with its line in
 *   `js/src/binance.js`).
 * - Stream payloads go through the pro class's real entry point, `handleMessage(client, frame)`,
 *   with a stub client that records what ccxt resolves (as a raw `/ws/<stream>` frame arrives:
 *   the bare event; the client's url contains `/stream` so `isSpotUrl` is true), and the value
 *   read from what it resolved (a futures client's url is ccxt's own `fstream` one, without
 *   `/stream`, so ccxt reads the ids as contracts). ccxt's caches (tickers, trades, ohlcvs, orders, balance) are
 *   emptied before each frame, so each result is that frame's alone.
 */
import ccxt from 'ccxt';

// ccxt's structures are typed loosely here: the tests compare plain values with `toEqual`.
/* eslint-disable @typescript-eslint/no-explicit-any */
type Json = any;

/** The part of ccxt's binance (pro) instance the references use; see `js/src/(pro/)binance.js`. */
interface CcxtBinance {
  options: Record<string, any>;
  markets: Record<string, any>;
  tickers: Record<string, any>;
  bidsasks: Record<string, any>;
  trades: Record<string, any>;
  ohlcvs: Record<string, any>;
  orders: any;
  myTrades: any;
  balance: Record<string, any>;
  fetch: (...args: unknown[]) => Promise<never>;
  publicGetExchangeInfo: (params?: object) => Promise<Json>;
  fapiPublicGetExchangeInfo: (params?: object) => Promise<Json>;
  loadMarkets(): Promise<Record<string, any>>;
  fetchMarkets(): Promise<Json[]>;
  market(symbol: string): any;
  handleMessage(client: StubClient, message: Json): void;
  parseTicker(ticker: Json, market?: any): Json;
  parseTickers(tickers: Json, symbols?: string[]): Record<string, Json>;
  parseLastPrice(entry: Json, market?: any): Json;
  parseLastPrices(entries: Json, symbols?: string[]): Record<string, Json>;
  parseTrades(trades: Json, market?: any, since?: number, limit?: number): Json[];
  parseOHLCVs(
    ohlcvs: Json,
    market?: any,
    timeframe?: string,
    since?: number,
    limit?: number,
  ): Json[];
  parseOrderBook(orderbook: Json, symbol: string | undefined, timestamp?: number): Json;
  parseOrder(order: Json, market?: any): Json;
  parseOrders(orders: Json, market?: any, since?: number, limit?: number): Json[];
  parseBalanceCustom(response: Json, type?: string, marginMode?: string, papi?: boolean): Json;
  parseFundingRate(contract: Json, market?: any): Json;
  parseFundingRates(response: Json, symbols?: string[]): Record<string, Json>;
  parseFundingRateHistories(response: Json, market?: any, since?: number, limit?: number): Json[];
  parsePositionRisk(position: Json, market?: any): Json;
  safeInteger(obj: Json, key: string): number | undefined;
  safeInteger2(obj: Json, a: string, b: string): number | undefined;
}

/** What the pro class needs of a ws client in the handlers driven here. */
interface StubClient {
  url: string;
  subscriptions: Record<string, unknown>;
  resolved: Map<string, unknown>;
  resolve(value: unknown, messageHash: string): void;
  reject(error: unknown, messageHash: string): void;
}

function stubClient(venue: Venue): StubClient {
  return {
    url: venue.streamUrl,
    // `handleBalance` names the balance after the account type among the subscriptions' keys.
    subscriptions: { spot: true },
    resolved: new Map(),
    resolve(value, messageHash) {
      this.resolved.set(messageHash, value);
    },
    reject(error) {
      throw error;
    },
  };
}

/** A ccxt class the references are taken from, and how it is fed offline. */
export interface Venue {
  readonly name: string;
  /** A new pro instance, markets not loaded, `fetch` throwing. */
  create(): CcxtBinance;
  /** The request `fetchMarkets` makes for this venue, answered with the exchangeInfo body. */
  readonly exchangeInfoMethod: 'publicGetExchangeInfo' | 'fapiPublicGetExchangeInfo';
  /** The url of the stub ws client: `isSpotUrl(client)` looks for `/stream`. */
  readonly streamUrl: string;
}

const offline = (exchange: CcxtBinance): CcxtBinance => {
  exchange.fetch = () => Promise.reject(new Error('the ccxt reference must not reach the network'));
  return exchange;
};

export const VENUES = {
  /** Spot: `ccxt.pro.binance`, spot markets only, no currencies, no margin pairs. */
  spot: {
    name: 'spot',
    create: () =>
      offline(
        new ccxt.pro.binance({
          options: {
            defaultType: 'spot',
            fetchMarkets: { types: ['spot'] },
            fetchCurrencies: false,
            fetchMargins: false,
          },
        }) as unknown as CcxtBinance,
      ),
    exchangeInfoMethod: 'publicGetExchangeInfo',
    // A combined-stream url on the spot host.
    streamUrl: 'wss://stream.binance.com:9443/stream',
  },
  /** USDⓈ-M futures: `ccxt.pro.binanceusdm` as it comes (linear markets, default type swap). */
  usdm: {
    name: 'usdm',
    create: () =>
      offline(
        new ccxt.pro.binanceusdm({ options: { fetchCurrencies: false } }) as unknown as CcxtBinance,
      ),
    exchangeInfoMethod: 'fapiPublicGetExchangeInfo',
    // ccxt's own futures stream url (`urls.api.ws.future`).
    streamUrl: 'wss://fstream.binance.com/ws',
  },
} as const satisfies Readonly<Record<string, Venue>>;

export interface ReferenceOptions {
  /** The exchangeInfo body ccxt loads its markets from. */
  readonly exchangeInfo: Json;
  /** The ccxt class (Spot's by default). */
  readonly venue?: Venue;
}

/** ccxt with markets loaded from `exchangeInfo`, and the references built on it. */
export async function createReference({
  exchangeInfo,
  venue = VENUES.spot,
}: ReferenceOptions): Promise<Reference> {
  const exchange = venue.create();
  exchange[venue.exchangeInfoMethod] = async () => structuredClone(exchangeInfo);
  await exchange.loadMarkets();
  return new Reference(exchange, venue);
}

/**
 * ccxt's markets for an exchangeInfo body: `fetchMarkets()` (binance.js:3425, the venue's market
 * types only), which requests the venue's exchangeInfo (answered with `exchangeInfo` here) and
 * maps each of its `symbols` with `parseMarket` (binance.js:3754, ending in
 * `safeMarketStructure`).
 */
export async function referenceMarkets(
  exchangeInfo: Json,
  venue: Venue = VENUES.spot,
): Promise<Json[]> {
  // One instance per venue (building one takes milliseconds): fetchMarkets keeps no state
  // between calls but the margin pair lists it resets itself.
  const exchange = (marketsExchanges[venue.name] ??= venue.create());
  exchange[venue.exchangeInfoMethod] = async () => structuredClone(exchangeInfo);
  return exchange.fetchMarkets();
}
const marketsExchanges: Record<string, CcxtBinance> = {};

export class Reference {
  constructor(
    readonly exchange: CcxtBinance,
    readonly venue: Venue = VENUES.spot,
  ) {}

  /** The loaded market of a unified symbol or id, or undefined. */
  private market(symbol: string | undefined): any {
    if (symbol === undefined) return undefined;
    try {
      return this.exchange.market(symbol);
    } catch {
      return undefined;
    }
  }

  /** Drives `handleMessage` with one frame on a fresh state; what ccxt resolved, by hash. */
  private handle(frame: Json): Map<string, unknown> {
    const ex = this.exchange;
    ex.tickers = {};
    ex.bidsasks = {};
    ex.trades = {};
    ex.ohlcvs = {};
    ex.orders = undefined;
    ex.myTrades = undefined;
    ex.balance = {};
    const client = stubClient(this.venue);
    ex.handleMessage(client, structuredClone(frame));
    return client.resolved;
  }

  /** The single value resolved under a hash matching `pattern` (throws on none or several). */
  private resolvedOne(frame: Json, pattern: RegExp): unknown {
    const resolved = [...this.handle(frame)].filter(([hash]) => pattern.test(hash));
    if (resolved.length !== 1) {
      throw new Error(`ccxt resolved ${resolved.length} values matching ${pattern}`);
    }
    return resolved[0]![1];
  }

  // ---- tickers ------------------------------------------------------------------------------

  /**
   * Stream tickers (`24hrTicker`, `1hTicker`/`4hTicker`/`1dTicker`, `24hrMiniTicker`, and the
   * bookTicker stream, which has no `e`): `handleMessage` → `handleTickers` / `handleBidsAsks` →
   * `handleTickersAndBidsAsks` → `parseWsTicker(ticker, 'spot')` (pro/binance.js:2460); the
   * ticker it resolves under `ticker:<channel>@<symbol>` (or `bidask:bookTicker@<symbol>`; a
   * futures `markPriceUpdate`: `handleMarkPrices`, resolved under `markPrice:markPrice@<symbol>`).
   */
  streamTicker(frame: Json): Json {
    return this.resolvedOne(frame, /^(ticker|bidask|markPrice):/);
  }

  /**
   * REST / WS-API `ticker/24hr` object: `fetchTicker` (binance.js:4715) answers
   * `parseTicker(response, market)` (binance.js:4477) with the requested market (Binance answers
   * with that symbol, so it is the payload's own market here; the market's tick size sets the
   * decimals of the derived `average`).
   */
  restTicker(raw: Json): Json {
    return this.exchange.parseTicker(structuredClone(raw), this.market(raw?.symbol));
  }

  /**
   * One entry of a ticker list: `fetchTickers` (binance.js:4945) and `fetchBidsAsks`
   * (binance.js:4783) answer `parseTickers(response, symbols)`, which calls `parseTicker(entry)`
   * without a market (so `average` keeps 18 decimals) and indexes the tickers by symbol.
   */
  restTickerInList(raw: Json): Json {
    return this.exchange.parseTicker(structuredClone(raw));
  }

  /** `fetchTickers()` (binance.js:4945): `parseTickers(response, undefined)`, by symbol. */
  restTickers(raw: Json[]): Record<string, Json> {
    return this.exchange.parseTickers(structuredClone(raw), undefined);
  }

  /**
   * REST `ticker/bookTicker`: `fetchBidsAsks()` (binance.js:4783) wraps an object in an array and
   * answers `parseTickers(response, symbols)`, a `parseTicker` per entry, by unified symbol.
   */
  restBidsAsks(raw: Json): Record<string, Json> {
    const list = Array.isArray(raw) ? raw : [raw];
    return this.exchange.parseTickers(structuredClone(list), undefined);
  }

  /**
   * REST `ticker/price`: ccxt reads it only in `fetchLastPrices()` (binance.js:4837):
   * `parseLastPrices(response, symbols)`, a `parseLastPrice` (binance.js:4891) per entry.
   */
  restLastPrices(raw: Json): Record<string, Json> {
    const list = Array.isArray(raw) ? raw : [raw];
    return this.exchange.parseLastPrices(structuredClone(list), undefined);
  }

  /** One `ticker/price` entry: `parseLastPrice(entry)` (binance.js:4891). */
  restLastPrice(raw: Json): Json {
    return this.exchange.parseLastPrice(structuredClone(raw), this.market(raw?.symbol));
  }

  // ---- trades ------------------------------------------------------------------------------

  /**
   * Stream `trade` / `aggTrade`: `handleMessage` → `handleTrade` → `parseWsTrade(message,
   * market)` (pro/binance.js:1408, which falls back to the REST `parseTrade` for these), appended
   * to the `ArrayCache` resolved under `trade::<symbol>`; the trade it appended.
   */
  streamTrade(frame: Json): Json {
    const cache = this.resolvedOne(frame, /^trade::/) as Json[];
    return cache[cache.length - 1];
  }

  /**
   * REST `trades` / `historicalTrades` / `aggTrades` (`fetchTrades` with `fetchTradesMethod`
   * `publicGetTrades` / `publicGetHistoricalTrades` / the default `publicGetAggTrades`,
   * binance.js:5607) and `myTrades` (`fetchMyTrades`, binance.js:9085): `parseTrades(response,
   * market, since, limit)`: `parseTrade` of each (with the requested market, these payloads
   * carry no symbol but myTrades'), sorted by timestamp then id, filtered by symbol. `since` and
   * `limit` are the caller's; none here (the generated lists are far below the default limit).
   */
  restTrades(raw: Json[], symbol: string | undefined): Json[] {
    return this.exchange.parseTrades(structuredClone(raw), this.market(symbol));
  }

  // ---- OHLCV -------------------------------------------------------------------------------

  /**
   * Stream `kline`: `handleMessage` → `handleOHLCV` (pro/binance.js:1834), which builds the
   * candle inline (`safeInteger` t, `safeFloat` o h l c v), appends it to an
   * `ArrayCacheByTimestamp` and resolves `[symbol, timeframe, cache]` under
   * `ohlcv::<symbol>::<timeframe>`: that symbol, timeframe and the candle appended.
   */
  streamKline(frame: Json): { symbol: string; timeframe: string; ohlcv: Json } {
    const [symbol, timeframe, cache] = this.resolvedOne(frame, /^ohlcv::/) as [
      string,
      string,
      Json[],
    ];
    return { symbol, timeframe, ohlcv: cache[cache.length - 1] };
  }

  /**
   * REST `klines` / `uiKlines` (`fetchOHLCV`, binance.js:5171; ccxt has no uiKlines call, the
   * rows have the same shape): `parseOHLCVs(response, market, timeframe, since, limit)`:
   * `parseOHLCV` of each row (binance.js:5084), sorted by open time, then `since`/`limit`
   * (none here).
   */
  restKlines(raw: Json[], symbol: string | undefined): Json[] {
    return this.exchange.parseOHLCVs(structuredClone(raw), this.market(symbol), '1m');
  }

  // ---- order books --------------------------------------------------------------------------

  /**
   * REST `depth` (`fetchOrderBook`, binance.js:4403): `parseOrderBook(response, symbol,
   * safeInteger(response, 'T'))` (bids by price descending, asks ascending, each `[price,
   * amount]` as numbers), then `nonce = safeInteger2(response, 'lastUpdateId', 'u')`.
   *
   * Also the reference for the partial depth stream (`<symbol>@depth<levels>`): ccxt pro never
   * subscribes it for spot (`watchOrderBook` keeps a book from the diff stream), and its
   * payload is exactly the REST depth body, so this is how ccxt reads that body.
   */
  restBook(raw: Json, symbol: string | undefined): Json {
    const response = structuredClone(raw);
    const market = this.market(symbol);
    const book = this.exchange.parseOrderBook(
      response,
      market?.symbol ?? symbol,
      this.exchange.safeInteger(response, 'T'),
    );
    book.nonce = this.exchange.safeInteger2(response, 'lastUpdateId', 'u');
    return book;
  }

  // ---- orders ------------------------------------------------------------------------------

  /**
   * User data `executionReport`: `handleMessage` → `handleOrderUpdate` → `handleMyTrade` (a trade
   * when `x` is TRADE) and `handleOrder` → `parseWsOrder(message)` (pro/binance.js:4372),
   * appended to the `ArrayCacheBySymbolById` resolved under `orders`; the order it appended (and
   * the trade resolved under `myTrades`, if any).
   */
  streamOrder(frame: Json): { order: Json; trade: Json | undefined } {
    const resolved = this.handle(frame);
    const orders = resolved.get('orders') as Json[] | undefined;
    const trades = resolved.get('myTrades') as Json[] | undefined;
    return {
      order: orders?.[orders.length - 1],
      trade: trades?.[trades.length - 1],
    };
  }

  /**
   * REST `order` answers: `createOrder` (binance.js:7054), `fetchOrder` (binance.js:7659) and
   * `cancelOrder` (binance.js:8612) all answer `parseOrder(response, market)` (binance.js:6251)
   * with the requested market; Binance answers with that symbol.
   */
  restOrder(raw: Json): Json {
    return this.exchange.parseOrder(structuredClone(raw), this.market(raw?.symbol));
  }

  /**
   * REST `openOrders` / `allOrders` (`fetchOpenOrders`, binance.js:8133; `fetchOrders`,
   * binance.js:7783): `parseOrders(response, market, since, limit)`, a `parseOrder` each, with
   * the requested market (`undefined` for openOrders without a symbol).
   */
  restOrders(raw: Json[], symbol: string | undefined): Json[] {
    return this.exchange.parseOrders(structuredClone(raw), this.market(symbol));
  }

  // ---- funding rates ------------------------------------------------------------------------

  /**
   * REST `premiumIndex` object: `fetchFundingRate` (binance.js:11035) answers
   * `parseFundingRate(response, market)` (binance.js:11190) with the requested market.
   */
  restFundingRate(raw: Json): Json {
    return this.exchange.parseFundingRate(structuredClone(raw), this.market(raw?.symbol));
  }

  /** `premiumIndex` list: `fetchFundingRates` (binance.js:11168): `parseFundingRates`, by symbol. */
  restFundingRates(raw: Json[]): Record<string, Json> {
    return this.exchange.parseFundingRates(structuredClone(raw), undefined);
  }

  /** One entry of a list, as `parseFundingRates` reads it: `parseFundingRate(entry)`. */
  restFundingRateInList(raw: Json): Json {
    return this.exchange.parseFundingRate(structuredClone(raw));
  }

  /**
   * REST `fundingRate` list: `fetchFundingRateHistory` (binance.js:11088) answers
   * `parseFundingRateHistories(response, market)`: each row through `parseFundingRateHistory`
   * (binance.js:11140), sorted by timestamp (filtered to the requested market's symbol, which the
   * rows of a request for one symbol all have).
   */
  restFundingRateHistory(raw: Json[]): Json[] {
    return this.exchange.parseFundingRateHistories(structuredClone(raw), undefined);
  }

  // ---- positions ---------------------------------------------------------------------------

  /**
   * One entry of REST `v3/positionRisk`: `fetchPositionsRisk` (binance.js:12334) parses each
   * entry whose entry price is above 0 with `parsePositionRisk(entry)` (binance.js:11547), here
   * before `loadLeverageBrackets` has filled `options.leverageBrackets`.
   */
  restPosition(raw: Json): Json {
    return this.exchange.parsePositionRisk(structuredClone(raw));
  }

  // ---- balances ----------------------------------------------------------------------------

  /**
   * REST `account` (`fetchBalance`, binance.js:4127, default type spot): `parseBalanceCustom(
   * response, 'spot', undefined, false)` (binance.js:3972), ending in `safeBalance`.
   */
  restBalance(raw: Json): Json {
    return this.exchange.parseBalanceCustom(structuredClone(raw), 'spot', undefined, false);
  }

  /**
   * User data `outboundAccountPosition`: `handleMessage` → `handleBalance` (pro/binance.js:3505),
   * which fills the account's balance inline (free `f`, used `l`, total from `wb`, absent on
   * spot), then `safeBalance`, and resolves it under `spot:balance`. From an empty balance.
   */
  streamBalance(frame: Json): Json {
    return this.resolvedOne(frame, /^spot:balance$/);
  }
}
