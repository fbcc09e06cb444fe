/**
 * `binance-rx/usdm`: USDⓈ-M futures, generated from spec/usdm/ into generated/usdm/ by the same
 * generator as Spot. Its names (`subscribeMarkPrice`, `getFundingRateHistoryHttp`, …) are those
 * of the futures spec, so a name Spot also has (`subscribeAggTrade`, `getBookHttp`) means the
 * futures stream or endpoint here: when you use both, import this entry as a namespace (`usdm`).
 *
 * The runtime is the one of `binance-rx`, given the product as data (`usdmProduct`, from
 * spec/usdm/product.yaml and limits.yaml): `publicWebsocketConnection({ product: usdmProduct,
 * route })` for streams, `createHttpClient({ product: usdmProduct })` for `*Http` calls (left
 * out, a call goes to fapi.binance.com under the futures rate limits).
 */
export * from './endpoints';
export * from '../../generated/usdm';
export { channelSchemas, operationSchemas, userDataSchemas } from '../../generated/usdm/schemas';
export type { JsonSchema } from '../schemas/json-schema';
export * from './user-data/usdm-user-data';
export type { UsdmUserDataEvent } from './user-data/listen-key-socket';
export * from './orders/usdm-order-factory';
export * from './orders/usdm-algo-order-factory';
