// Generated from spec/usdm/operations/get-position-risk-v2.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, optionalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-position-risk-v2';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetPositionRiskV2Response: Validator = validate;

/** Parameters of Position Information V2 (`GET /fapi/v2/positionRisk`, WebSocket API `account.position`). */
export interface GetPositionRiskV2Params {
  /** Contract symbol such as BTCUSDT. */
  symbol?: string;
}

/** Position Information V2: the response body with Binance's names. Positions as the older V2 endpoint answers (`account.position` on the WebSocket API): an entry per symbol (or the one asked for), open or not, with its margin mode and leverage. Prefer `getPositionRisk` (V3) for new code. */
export type GetPositionRiskV2Response = Array<{
  /** Average entry price. Exact decimal. */
  entryPrice: string;
  /** Break-even price (entry price and commissions). Sent only when: Sent since 2023; answers recorded before lack it. Exact decimal. */
  breakEvenPrice?: string;
  /** Margin mode: cross or isolated. */
  marginType: string;
  /** "true" or "false": whether margin is added to an isolated position automatically. */
  isAutoAddMargin: string;
  /** Isolated margin (0 for cross). Exact decimal. */
  isolatedMargin: string;
  /** Leverage of the symbol (a number as text). Exact decimal. */
  leverage: string;
  /** Estimated liquidation price (0 when none). Exact decimal. */
  liquidationPrice: string;
  /** Mark price. Exact decimal. */
  markPrice: string;
  /** Largest notional the leverage allows. Exact decimal. */
  maxNotionalValue: string;
  /** Position size (negative for a short in one-way mode). Exact decimal. */
  positionAmt: string;
  /** Position value at the mark price. Exact decimal. */
  notional: string;
  /** Isolated wallet (0 for cross). Exact decimal. */
  isolatedWallet: string;
  /** Symbol. */
  symbol: string;
  /** Unrealized profit at the mark price. Exact decimal. */
  unRealizedProfit: string;
  /** BOTH, LONG or SHORT. */
  positionSide: string;
  /** Last update (0 if never). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
}>;

/** Position Information V2, parsed: readable names; decimals are exact strings unless `parseGetPositionRiskV2Response` is given a `decimal` converter. */
export type ParsedGetPositionRiskV2Response<D = string> = Array<{
  /** Average entry price. Exact decimal. */
  entryPrice: D;
  /** Break-even price (entry price and commissions). Sent only when: Sent since 2023; answers recorded before lack it. Exact decimal. */
  breakEvenPrice?: D | undefined;
  /** Margin mode: cross or isolated. */
  marginType: string;
  /** "true" or "false": whether margin is added to an isolated position automatically. */
  isAutoAddMargin: string;
  /** Isolated margin (0 for cross). Exact decimal. */
  isolatedMargin: D;
  /** Leverage of the symbol (a number as text). Exact decimal. */
  leverage: D;
  /** Estimated liquidation price (0 when none). Exact decimal. */
  liquidationPrice: D;
  /** Mark price. Exact decimal. */
  markPrice: D;
  /** Largest notional the leverage allows. Exact decimal. */
  maxNotionalValue: D;
  /** Position size (negative for a short in one-way mode). Exact decimal. Wire field `positionAmt`. */
  positionAmount: D;
  /** Position value at the mark price. Exact decimal. */
  notional: D;
  /** Isolated wallet (0 for cross). Exact decimal. */
  isolatedWallet: D;
  /** Symbol. */
  symbol: string;
  /** Unrealized profit at the mark price. Exact decimal. Wire field `unRealizedProfit`. */
  unrealizedProfit: D;
  /** BOTH, LONG or SHORT. */
  positionSide: string;
  /** Last update (0 if never). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
}>;

/** Descriptor of Position Information V2: data the runtime interprets. */
export const getPositionRiskV2Operation: OperationDescriptor<GetPositionRiskV2Params, GetPositionRiskV2Response> = { operation: "getPositionRiskV2", security: "USER_DATA", weight: 5, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$"}}, rest: {"method":"GET","path":"/fapi/v2/positionRisk"}, wsApi: {"method":"account.position"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-position-risk-v2.json", validate: validateGetPositionRiskV2Response };

/**
 * Position Information V2: `GET /fapi/v2/positionRisk`. Positions as the older V2 endpoint answers (`account.position` on the WebSocket API): an entry per symbol (or the one asked for), open or not, with its margin mode and leverage. Prefer `getPositionRisk` (V3) for new code.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetPositionRiskV2Response` if you want readable names. Weight 5. Security USER_DATA.
 */
export function getPositionRiskV2Http(params?: GetPositionRiskV2Params, client?: HttpClient): Observable<GetPositionRiskV2Response> {
  return requestHttp(getPositionRiskV2Operation, params ?? {}, client);
}

/** Position Information V2 over the WebSocket API (`account.position`): returns a function that sends one request per subscription and emits its `result`. Positions as the older V2 endpoint answers (`account.position` on the WebSocket API): an entry per symbol (or the one asked for), open or not, with its margin mode and leverage. Prefer `getPositionRisk` (V3) for new code. Weight 5. Security USER_DATA. */
export function getPositionRiskV2Factory(session: WsApiSession): (params?: GetPositionRiskV2Params) => Observable<GetPositionRiskV2Response> {
  return (params) => session.request(getPositionRiskV2Operation, params ?? {});
}

/** Maps a raw `GetPositionRiskV2Response` to the readable `ParsedGetPositionRiskV2Response`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetPositionRiskV2Response<D = string>(raw: GetPositionRiskV2Response, options?: ParseOptions<D>): ParsedGetPositionRiskV2Response<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return raw.map((item0) => ({ entryPrice: decimal(item0.entryPrice), breakEvenPrice: optionalDecimal(item0.breakEvenPrice), marginType: item0.marginType, isAutoAddMargin: item0.isAutoAddMargin, isolatedMargin: decimal(item0.isolatedMargin), leverage: decimal(item0.leverage), liquidationPrice: decimal(item0.liquidationPrice), markPrice: decimal(item0.markPrice), maxNotionalValue: decimal(item0.maxNotionalValue), positionAmount: decimal(item0.positionAmt), notional: decimal(item0.notional), isolatedWallet: decimal(item0.isolatedWallet), symbol: item0.symbol, unrealizedProfit: decimal(item0.unRealizedProfit), positionSide: item0.positionSide, updateTime: item0.updateTime }));
}
