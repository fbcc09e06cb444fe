// Generated from spec/operations/get-commission-rates.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-commission-rates';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetCommissionRatesResponse: Validator = validate;

/** Parameters of Query Commission Rates (`GET /api/v3/account/commission`, WebSocket API `account.commission`). */
export interface GetCommissionRatesParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol: string;
}

/** Query Commission Rates: the response body with Binance's names. Commission rates of the account for a symbol: standard, special, tax and discount. */
export interface GetCommissionRatesResponse {
  /** Symbol. */
  symbol: string;
  /** Standard commission rates of the account on the symbol. */
  standardCommission: {
    /** Rate paid as maker (a fraction: 0.001 is 0.1%). Exact decimal. */
    maker: string;
    /** Rate paid as taker (a fraction). Exact decimal. */
    taker: string;
    /** Rate added when buying (a fraction). Exact decimal. */
    buyer: string;
    /** Rate added when selling (a fraction). Exact decimal. */
    seller: string;
  };
  /** Special commission rates on the symbol. Sent only when: Sent since 2025-08-12 (a newer structure; answers recorded before lack it). */
  specialCommission?: {
    /** Rate paid as maker (a fraction: 0.001 is 0.1%). Exact decimal. */
    maker: string;
    /** Rate paid as taker (a fraction). Exact decimal. */
    taker: string;
    /** Rate added when buying (a fraction). Exact decimal. */
    buyer: string;
    /** Rate added when selling (a fraction). Exact decimal. */
    seller: string;
  };
  /** Tax rates on the symbol. */
  taxCommission: {
    /** Rate paid as maker (a fraction: 0.001 is 0.1%). Exact decimal. */
    maker: string;
    /** Rate paid as taker (a fraction). Exact decimal. */
    taker: string;
    /** Rate added when buying (a fraction). Exact decimal. */
    buyer: string;
    /** Rate added when selling (a fraction). Exact decimal. */
    seller: string;
  };
  /** BNB discount on the standard commission. */
  discount: {
    /** Whether the account pays commission in BNB. */
    enabledForAccount: boolean;
    /** Whether the discount applies to the symbol. */
    enabledForSymbol: boolean;
    /** Asset the discounted commission is paid in (BNB). */
    discountAsset: string;
    /** BNB discount on the standard commission. Exact decimal. */
    discount: string;
  };
}

/** Query Commission Rates, parsed: readable names; decimals are exact strings unless `parseGetCommissionRatesResponse` is given a `decimal` converter. */
export interface ParsedGetCommissionRatesResponse<D = string> {
  /** Symbol. */
  symbol: string;
  /** Standard commission rates of the account on the symbol. */
  standardCommission: {
    /** Rate paid as maker (a fraction: 0.001 is 0.1%). Exact decimal. */
    maker: D;
    /** Rate paid as taker (a fraction). Exact decimal. */
    taker: D;
    /** Rate added when buying (a fraction). Exact decimal. */
    buyer: D;
    /** Rate added when selling (a fraction). Exact decimal. */
    seller: D;
  };
  /** Special commission rates on the symbol. Sent only when: Sent since 2025-08-12 (a newer structure; answers recorded before lack it). */
  specialCommission?: {
    /** Rate paid as maker (a fraction: 0.001 is 0.1%). Exact decimal. */
    maker: D;
    /** Rate paid as taker (a fraction). Exact decimal. */
    taker: D;
    /** Rate added when buying (a fraction). Exact decimal. */
    buyer: D;
    /** Rate added when selling (a fraction). Exact decimal. */
    seller: D;
  } | undefined;
  /** Tax rates on the symbol. */
  taxCommission: {
    /** Rate paid as maker (a fraction: 0.001 is 0.1%). Exact decimal. */
    maker: D;
    /** Rate paid as taker (a fraction). Exact decimal. */
    taker: D;
    /** Rate added when buying (a fraction). Exact decimal. */
    buyer: D;
    /** Rate added when selling (a fraction). Exact decimal. */
    seller: D;
  };
  /** BNB discount on the standard commission. */
  discount: {
    /** Whether the account pays commission in BNB. */
    enabledForAccount: boolean;
    /** Whether the discount applies to the symbol. */
    enabledForSymbol: boolean;
    /** Asset the discounted commission is paid in (BNB). */
    discountAsset: string;
    /** BNB discount on the standard commission. Exact decimal. */
    discount: D;
  };
}

/** Descriptor of Query Commission Rates: data the runtime interprets. */
export const getCommissionRatesOperation: OperationDescriptor<GetCommissionRatesParams, GetCommissionRatesResponse> = { operation: "getCommissionRates", security: "USER_DATA", weight: 20, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","required":true}}, rest: {"method":"GET","path":"/api/v3/account/commission"}, wsApi: {"method":"account.commission"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-commission-rates.json", validate: validateGetCommissionRatesResponse };

/**
 * Query Commission Rates: `GET /api/v3/account/commission`. Commission rates of the account for a symbol: standard, special, tax and discount.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetCommissionRatesResponse` if you want readable names. Weight 20. Security USER_DATA.
 */
export function getCommissionRatesHttp(params: GetCommissionRatesParams, client?: HttpClient): Observable<GetCommissionRatesResponse> {
  return requestHttp(getCommissionRatesOperation, params, client);
}

/** Query Commission Rates over the WebSocket API (`account.commission`): returns a function that sends one request per subscription and emits its `result`. Commission rates of the account for a symbol: standard, special, tax and discount. Weight 20. Security USER_DATA. */
export function getCommissionRatesFactory(session: WsApiSession): (params: GetCommissionRatesParams) => Observable<GetCommissionRatesResponse> {
  return (params) => session.request(getCommissionRatesOperation, params);
}

/** Maps a raw `GetCommissionRatesResponse` to the readable `ParsedGetCommissionRatesResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetCommissionRatesResponse<D = string>(raw: GetCommissionRatesResponse, options?: ParseOptions<D>): ParsedGetCommissionRatesResponse<D> {
  const decimal = decimalOf(options);
  return { symbol: raw.symbol, standardCommission: { maker: decimal(raw.standardCommission.maker), taker: decimal(raw.standardCommission.taker), buyer: decimal(raw.standardCommission.buyer), seller: decimal(raw.standardCommission.seller) }, specialCommission: raw.specialCommission === undefined ? undefined : { maker: decimal(raw.specialCommission.maker), taker: decimal(raw.specialCommission.taker), buyer: decimal(raw.specialCommission.buyer), seller: decimal(raw.specialCommission.seller) }, taxCommission: { maker: decimal(raw.taxCommission.maker), taker: decimal(raw.taxCommission.taker), buyer: decimal(raw.taxCommission.buyer), seller: decimal(raw.taxCommission.seller) }, discount: { enabledForAccount: raw.discount.enabledForAccount, enabledForSymbol: raw.discount.enabledForSymbol, discountAsset: raw.discount.discountAsset, discount: decimal(raw.discount.discount) } };
}
