/**
 * `binance-rx/usdm`: USDⓈ-M futures, generated from spec/usdm/ into generated/usdm/ by the same
 * generator as Spot. Its names (`subscribeMarkPrice`, `getFundingRateHistoryHttp`, …) are those
 * of the futures spec, so a name Spot also has (`subscribeAggTrade`, `getBookHttp`) means the
 * futures stream or endpoint here: when you use both, import this entry as a namespace (`usdm`).
 *
 * The runtime is the one of `binance-rx`: `publicWebsocketConnection({ url: usdmStreamUrl(route) })`
 * for streams, `createHttpClient({ baseUrl: USDM_REST_URL })` for `*Http` calls (left out, a
 * `/fapi/` call goes to fapi.binance.com's public endpoints).
 */
export * from './endpoints';
export * from '../../generated/usdm';
export { channelSchemas, operationSchemas, userDataSchemas } from '../../generated/usdm/schemas';
export * from './user-data/usdm-user-data';
export type { UsdmUserDataEvent } from './user-data/listen-key-socket';
export * from './orders/usdm-order-factory';
