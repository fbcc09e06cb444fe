// Generated from spec/usdm/ccxt/funding-rate-history.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import { map, type OperatorFunction } from 'rxjs';
import { ccxtFundingRateHistory, resolveMarket, sortByKeys, type CcxtContext, type CcxtFundingRateHistory, type CcxtMarketRef } from '../../../src/generated-runtime';
import type { GetFundingRateHistoryResponse } from '../operations/get-funding-rate-history';

function entryOfGetFundingRateHistory(raw: GetFundingRateHistoryResponse[number], market: CcxtMarketRef): CcxtFundingRateHistory {
  return ccxtFundingRateHistory(raw, market, { fundingRate: raw.fundingRate, timestamp: raw.fundingTime });
}

/** Maps the answer of `getFundingRateHistory` (`GetFundingRateHistoryResponse`) to CCXT's FundingRateHistory (`CcxtFundingRateHistory[]`), as ccxt binanceusdm parseFundingRateHistory (fetchFundingRateHistory, sorted by timestamp) does. The symbol comes from `symbol` (through `context.markets` when given). Mapping: `spec/usdm/ccxt/funding-rate-history.yaml`. */
export function parseGetFundingRateHistoryCcxt(raw: GetFundingRateHistoryResponse, context?: CcxtContext): CcxtFundingRateHistory[] {
  return sortByKeys(raw.map((item) => entryOfGetFundingRateHistory(item, resolveMarket(item.symbol, context, "swap"))), ["timestamp"]);
}

/** `parseGetFundingRateHistoryCcxt` as an rxjs operator. */
export function toGetFundingRateHistoryCcxt(context?: CcxtContext): OperatorFunction<GetFundingRateHistoryResponse, CcxtFundingRateHistory[]> {
  return map((raw) => parseGetFundingRateHistoryCcxt(raw, context));
}
