/**
 * Everything a trading program wires first, in one call: the market-stream connection, the
 * WebSocket API session, a REST client, the account's user data, the order factory and the
 * loaded markets. Nothing opens until it is used: the stream connection connects the first time
 * `connection`, `sockets` or `messages` is read, the session the first time `session`,
 * `userData()` or `addOrder` is; `close()` ends both. REST client and session share one
 * rate-limit governor (one IP, one account). The signer stays the caller's: the context holds
 * credentials only as the `{apiKey, sign}` it was given.
 */
import { map, shareReplay, type Observable, type Subscription } from 'rxjs';
import { parseGetExchangeInfoCcxt } from '../../generated/ccxt/market';
import { getExchangeInfoHttp } from '../../generated/operations/get-exchange-info';
import { ccxtMarkets, type CcxtMarkets } from '../ccxt/context';
import type { NewSocketEvent } from '../connection/events';
import type { ConnectionOptions } from '../connection/options';
import {
  publicWebsocketConnection,
  type PublicWebsocketConnection,
} from '../connection/public-websocket-connection';
import { filterNewSocketOnly } from '../operators/filter-new-socket-only';
import { keepMessagesOnly } from '../operators/keep-messages-only';
import { addOrderFactory, type AddOrderOptions } from '../orders/add-order-factory';
import { createRateLimitGovernor } from '../rate-limit/governor';
import { createHttpClient, type HttpClient, type HttpClientOptions } from '../rest/http-client';
import type { Credentials } from '../signing/credentials';
import type { WsApiOptions } from '../ws-api/options';
import { wsApiSession, type UserDataMessage, type WsApiSession } from '../ws-api/session';

export interface BinanceContextOptions {
  /** API key and signer (never a secret); without them, market data and public REST only. */
  readonly credentials?: Credentials;
  /** Endpoints; each defaults to Binance's production one (the local exchange's `urls` fit). */
  readonly urls?: { readonly stream?: string; readonly wsApi?: string; readonly rest?: string };
  /** Options of the stream connection (its `url` is `urls.stream`). */
  readonly connection?: Omit<ConnectionOptions, 'url'>;
  /** Options of the session (its `url` and `credentials` are the context's). */
  readonly session?: Omit<WsApiOptions, 'url' | 'credentials' | 'governor'>;
  /** Options of the REST client (its `baseUrl` and `credentials` are the context's). */
  readonly http?: Omit<HttpClientOptions, 'baseUrl' | 'credentials' | 'governor'>;
  /** Options of `addOrder`. */
  readonly orders?: AddOrderOptions;
}

export interface BinanceContext {
  /** The market-stream connection, connected when first read. */
  readonly connection: PublicWebsocketConnection;
  /** `connection.pipe(filterNewSocketOnly())`: what `subscribe<Channel>` is piped from. */
  readonly sockets: Observable<NewSocketEvent>;
  /** `connection.pipe(keepMessagesOnly())`: the second argument of `subscribe<Channel>`. */
  readonly messages: Observable<unknown>;
  /** The WebSocket API session, connected when first read. */
  readonly session: WsApiSession;
  /** The REST client: pass it to any `*Http` call. */
  readonly http: HttpClient;
  /** The account's user data (`session.userData()`). */
  userData(): Observable<UserDataMessage>;
  /** `addOrderFactory(session, options.orders)`: places an order and follows its stages. */
  readonly addOrder: ReturnType<typeof addOrderFactory>;
  /** Every market of `exchangeInfo` in CCXT's shape, loaded over REST once and shared. */
  markets(): Observable<CcxtMarkets>;
  /** Closes the stream connection and the session (each only if it was opened). */
  close(): void;
}

/** Wires a connection, a session, a REST client, user data, orders and markets; opens nothing yet. */
export function binanceContext(options: BinanceContextOptions = {}): BinanceContext {
  const { credentials, urls = {} } = options;
  const governor = createRateLimitGovernor({ scheduler: options.session?.scheduler });
  const connection = publicWebsocketConnection({ ...options.connection, url: urls.stream });
  const session = wsApiSession({ ...options.session, url: urls.wsApi, credentials, governor });
  const http = createHttpClient({ ...options.http, baseUrl: urls.rest, credentials, governor });
  let streamOpen: Subscription | undefined;
  let sessionOpen: Subscription | undefined;
  const liveConnection = () => {
    streamOpen ??= connection.connect();
    return connection;
  };
  const liveSession = () => {
    sessionOpen ??= session.connect();
    return session;
  };
  let addOrder: BinanceContext['addOrder'] | undefined;
  const markets = getExchangeInfoHttp({}, http).pipe(
    map((info) => ccxtMarkets(parseGetExchangeInfoCcxt(info))),
    shareReplay({ bufferSize: 1, refCount: false }),
  );
  return {
    get connection() {
      return liveConnection();
    },
    get sockets() {
      return liveConnection().pipe(filterNewSocketOnly());
    },
    get messages() {
      return liveConnection().pipe(keepMessagesOnly());
    },
    get session() {
      return liveSession();
    },
    http,
    userData: () => liveSession().userData(),
    get addOrder() {
      return (addOrder ??= addOrderFactory(liveSession(), options.orders));
    },
    markets: () => markets,
    close() {
      streamOpen?.unsubscribe();
      sessionOpen?.unsubscribe();
      streamOpen = undefined;
      sessionOpen = undefined;
    },
  };
}
