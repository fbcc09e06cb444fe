// Generated from spec/usdm/operations/get-position-risk.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-position-risk';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetPositionRiskResponse: Validator = validate;

/** Parameters of Position Information V3 (`GET /fapi/v3/positionRisk`, WebSocket API `v2/account.position`). */
export interface GetPositionRiskParams {
  /** Contract symbol such as BTCUSDT. */
  symbol?: string;
}

/** Position Information V3: the response body with Binance's names. The account's open positions (or those with open orders), of one symbol or all, with their margins and PnL at the mark price. */
export type GetPositionRiskResponse = Array<{
  /** Symbol. */
  symbol: string;
  /** BOTH, LONG or SHORT. */
  positionSide: string;
  /** Position size (negative for a short in one-way mode). Exact decimal. */
  positionAmt: string;
  /** Average entry price. Exact decimal. */
  entryPrice: string;
  /** Break-even price (entry price and commissions). Exact decimal. */
  breakEvenPrice: string;
  /** Mark price. Exact decimal. */
  markPrice: string;
  /** Unrealized profit at the mark price. Exact decimal. */
  unRealizedProfit: string;
  /** Estimated liquidation price (0 when none). Exact decimal. */
  liquidationPrice: string;
  /** Isolated margin (0 for cross). Exact decimal. */
  isolatedMargin: string;
  /** Position value at the mark price. Exact decimal. */
  notional: string;
  /** Margin asset. */
  marginAsset: string;
  /** Isolated wallet (0 for cross). Exact decimal. */
  isolatedWallet: string;
  /** Initial margin of the position and its open orders. Exact decimal. */
  initialMargin: string;
  /** Maintenance margin. Exact decimal. */
  maintMargin: string;
  /** Initial margin of the position. Exact decimal. */
  positionInitialMargin: string;
  /** Initial margin of its open orders. Exact decimal. */
  openOrderInitialMargin: string;
  /** Auto-deleverage queue indicator. */
  adl: number;
  /** Notional of the open buy orders. Exact decimal. */
  bidNotional: string;
  /** Notional of the open sell orders. Exact decimal. */
  askNotional: string;
  /** Last update. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
}>;

/** Position Information V3, parsed: readable names; decimals are exact strings unless `parseGetPositionRiskResponse` is given a `decimal` converter. */
export type ParsedGetPositionRiskResponse<D = string> = Array<{
  /** Symbol. */
  symbol: string;
  /** BOTH, LONG or SHORT. */
  positionSide: string;
  /** Position size (negative for a short in one-way mode). Exact decimal. Wire field `positionAmt`. */
  positionAmount: D;
  /** Average entry price. Exact decimal. */
  entryPrice: D;
  /** Break-even price (entry price and commissions). Exact decimal. */
  breakEvenPrice: D;
  /** Mark price. Exact decimal. */
  markPrice: D;
  /** Unrealized profit at the mark price. Exact decimal. Wire field `unRealizedProfit`. */
  unrealizedProfit: D;
  /** Estimated liquidation price (0 when none). Exact decimal. */
  liquidationPrice: D;
  /** Isolated margin (0 for cross). Exact decimal. */
  isolatedMargin: D;
  /** Position value at the mark price. Exact decimal. */
  notional: D;
  /** Margin asset. */
  marginAsset: string;
  /** Isolated wallet (0 for cross). Exact decimal. */
  isolatedWallet: D;
  /** Initial margin of the position and its open orders. Exact decimal. */
  initialMargin: D;
  /** Maintenance margin. Exact decimal. */
  maintMargin: D;
  /** Initial margin of the position. Exact decimal. */
  positionInitialMargin: D;
  /** Initial margin of its open orders. Exact decimal. */
  openOrderInitialMargin: D;
  /** Auto-deleverage queue indicator. */
  adl: number;
  /** Notional of the open buy orders. Exact decimal. */
  bidNotional: D;
  /** Notional of the open sell orders. Exact decimal. */
  askNotional: D;
  /** Last update. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
}>;

/** Descriptor of Position Information V3: data the runtime interprets. */
export const getPositionRiskOperation: OperationDescriptor<GetPositionRiskParams, GetPositionRiskResponse> = { operation: "getPositionRisk", security: "USER_DATA", weight: 5, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$"}}, rest: {"method":"GET","path":"/fapi/v3/positionRisk"}, wsApi: {"method":"v2/account.position"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-position-risk.json", validate: validateGetPositionRiskResponse };

/**
 * Position Information V3: `GET /fapi/v3/positionRisk`. The account's open positions (or those with open orders), of one symbol or all, with their margins and PnL at the mark price.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetPositionRiskResponse` if you want readable names. Weight 5. Security USER_DATA.
 */
export function getPositionRiskHttp(params?: GetPositionRiskParams, client?: HttpClient): Observable<GetPositionRiskResponse> {
  return requestHttp(getPositionRiskOperation, params ?? {}, client);
}

/** Position Information V3 over the WebSocket API (`v2/account.position`): returns a function that sends one request per subscription and emits its `result`. The account's open positions (or those with open orders), of one symbol or all, with their margins and PnL at the mark price. Weight 5. Security USER_DATA. */
export function getPositionRiskFactory(session: WsApiSession): (params?: GetPositionRiskParams) => Observable<GetPositionRiskResponse> {
  return (params) => session.request(getPositionRiskOperation, params ?? {});
}

/** Maps a raw `GetPositionRiskResponse` to the readable `ParsedGetPositionRiskResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetPositionRiskResponse<D = string>(raw: GetPositionRiskResponse, options?: ParseOptions<D>): ParsedGetPositionRiskResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ symbol: item0.symbol, positionSide: item0.positionSide, positionAmount: decimal(item0.positionAmt), entryPrice: decimal(item0.entryPrice), breakEvenPrice: decimal(item0.breakEvenPrice), markPrice: decimal(item0.markPrice), unrealizedProfit: decimal(item0.unRealizedProfit), liquidationPrice: decimal(item0.liquidationPrice), isolatedMargin: decimal(item0.isolatedMargin), notional: decimal(item0.notional), marginAsset: item0.marginAsset, isolatedWallet: decimal(item0.isolatedWallet), initialMargin: decimal(item0.initialMargin), maintMargin: decimal(item0.maintMargin), positionInitialMargin: decimal(item0.positionInitialMargin), openOrderInitialMargin: decimal(item0.openOrderInitialMargin), adl: item0.adl, bidNotional: decimal(item0.bidNotional), askNotional: decimal(item0.askNotional), updateTime: item0.updateTime }));
}
