/**
 * USDⓈ-M futures base URLs (Binance's derivatives docs, "General Info" and "Websocket Market
 * Streams"; the same hosts as binance-connector-js's derivatives-trading-usds-futures).
 *
 * Market streams are split by route: `/public` serves the high-frequency book streams
 * (`@depth…`, `@bookTicker`, `!bookTicker`), `/market` every other market stream, `/private` user
 * data. A connection opened on one route receives nothing for a stream of another (Binance
 * answers the SUBSCRIBE but never delivers), so each generated descriptor carries its `route`;
 * a connection given `product: usdmProduct` places each stream on a socket of its route, and
 * `usdmStreamUrl(route)` gives one route's URL. The production hosts and routes are declared once, in
 * spec/usdm/product.yaml (`usdmProduct`); the constants here are read from it.
 */
import { usdmProduct } from '../../generated/usdm/product';
import { productStreamUrl, type StreamRoute } from '../product/descriptor';

/** The production REST API (`/fapi/…`). */
export const USDM_REST_URL = usdmProduct.restUrl;

/** The futures testnet's REST API. */
export const USDM_TESTNET_REST_URL = 'https://testnet.binancefuture.com';

/** Demo Trading's futures REST API: real market data, simulated funds. */
export const USDM_DEMO_REST_URL = 'https://demo-fapi.binance.com';

/** The production market-stream host; add a route and `/stream` (see `usdmStreamUrl`). */
export const USDM_STREAM_HOST = usdmProduct.streamHost;

/** The futures testnet's market-stream host. */
export const USDM_TESTNET_STREAM_HOST = 'wss://fstream.binancefuture.com';

/** The combined-stream endpoint of the high-frequency book streams (route `public`). */
export const USDM_PUBLIC_STREAM_URL = `${USDM_STREAM_HOST}/public/stream`;

/** The combined-stream endpoint of the other market streams (route `market`). */
export const USDM_MARKET_STREAM_URL = `${USDM_STREAM_HOST}/market/stream`;

/**
 * The futures WebSocket API: `wsApiSession({ product: usdmProduct })` connects there (with the
 * futures rate limits) and the `<operation>Factory` functions of `binance-rx/usdm` send to it.
 */
export const USDM_WS_API_URL = usdmProduct.wsApiUrl!;

/** The futures testnet's WebSocket API. */
export const USDM_TESTNET_WS_API_URL = 'wss://testnet.binancefuture.com/ws-fapi/v1';

/** The routes a USDⓈ-M market stream can be served on. */
export type UsdmStreamRoute = StreamRoute;

/**
 * The combined-stream URL of `route` on `host` (default production; pass
 * `USDM_TESTNET_STREAM_HOST`, or the local exchange's `urls.usdmStreamHost`). A connection given
 * `product: usdmProduct` builds these itself, one socket per route its streams need.
 *
 * @example publicWebsocketConnection({ url: usdmStreamUrl('market') }) // pinned to /market
 */
export const usdmStreamUrl = (route: UsdmStreamRoute, host: string = USDM_STREAM_HOST): string =>
  productStreamUrl(usdmProduct, route, host);
