// Generated from spec/usdm/ccxt/position.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import { map, type OperatorFunction } from 'rxjs';
import { ccxtPosition, resolveMarket, type CcxtContext, type CcxtMarketRef, type CcxtPosition } from '../../../src/generated-runtime';
import type { GetPositionRiskResponse } from '../operations/get-position-risk';

function entryOfGetPositionRisk(raw: GetPositionRiskResponse[number], market: CcxtMarketRef): CcxtPosition {
  return ccxtPosition(raw, market, { contracts: raw.positionAmt, entryPrice: raw.entryPrice, markPrice: raw.markPrice, unrealizedPnl: raw.unRealizedProfit, liquidationPrice: raw.liquidationPrice, isolatedMargin: raw.isolatedMargin, notional: raw.notional, initialMargin: raw.initialMargin, maintenanceMargin: raw.maintMargin, positionSide: raw.positionSide, timestamp: raw.updateTime });
}

/** Maps the answer of `getPositionRisk` (`GetPositionRiskResponse`) to CCXT's Position (`CcxtPosition[]`), as ccxt binanceusdm parsePositionRisk (fetchPositionsRisk, v3; fetchPositions uses it) does. The symbol comes from `symbol` (through `context.markets` when given). Mapping: `spec/usdm/ccxt/position.yaml`. */
export function parseGetPositionRiskCcxt(raw: GetPositionRiskResponse, context?: CcxtContext): CcxtPosition[] {
  return raw.map((item) => entryOfGetPositionRisk(item, resolveMarket(item.symbol, context, "swap")));
}

/** `parseGetPositionRiskCcxt` as an rxjs operator. */
export function toGetPositionRiskCcxt(context?: CcxtContext): OperatorFunction<GetPositionRiskResponse, CcxtPosition[]> {
  return map((raw) => parseGetPositionRiskCcxt(raw, context));
}
