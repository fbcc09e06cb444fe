// Generated from spec/usdm/ccxt/funding-rate.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import { map, type OperatorFunction } from 'rxjs';
import { ccxtFundingRate, resolveMarket, symbolOnly, type CcxtContext, type CcxtFundingRate, type CcxtMarketRef, type CcxtOf } from '../../../src/generated-runtime';
import type { MarkPriceEvent } from '../channels/mark-price';
import type { GetPremiumIndexResponse } from '../operations/get-premium-index';

function entryOfGetPremiumIndex(raw: Exclude<GetPremiumIndexResponse, unknown[]> | Extract<GetPremiumIndexResponse, unknown[]>[number], market: CcxtMarketRef): CcxtFundingRate {
  return ccxtFundingRate(raw, market, { timestamp: raw.time, markPrice: raw.markPrice, indexPrice: raw.indexPrice, interestRate: raw.interestRate, estimatedSettlePrice: raw.estimatedSettlePrice, fundingRate: raw.lastFundingRate, fundingTimestamp: raw.nextFundingTime });
}

/** Maps the answer of `getPremiumIndex` (`GetPremiumIndexResponse`) to CCXT's FundingRate (`CcxtFundingRate`, or `CcxtFundingRate[]` for an array), as ccxt binanceusdm parseFundingRate (fetchFundingRate; fetchFundingRates for lists) does. The symbol comes from `symbol` (through `context.markets` when given). Mapping: `spec/usdm/ccxt/funding-rate.yaml`. */
export function parseGetPremiumIndexCcxt(raw: Exclude<GetPremiumIndexResponse, unknown[]>, context?: CcxtContext): CcxtFundingRate;
/** An array answer gives one `CcxtFundingRate` per entry. */
export function parseGetPremiumIndexCcxt(raw: Extract<GetPremiumIndexResponse, unknown[]>, context?: CcxtContext): CcxtFundingRate[];
/** Either, when the answer's kind is not known statically. */
export function parseGetPremiumIndexCcxt(raw: GetPremiumIndexResponse, context?: CcxtContext): CcxtFundingRate | CcxtFundingRate[];
export function parseGetPremiumIndexCcxt(raw: GetPremiumIndexResponse, context?: CcxtContext): CcxtFundingRate | CcxtFundingRate[] {
  return Array.isArray(raw) ? raw.map((item) => entryOfGetPremiumIndex(item, symbolOnly(resolveMarket(item.symbol, context, "swap")))) : entryOfGetPremiumIndex(raw, resolveMarket(raw.symbol, context, "swap"));
}

/** `parseGetPremiumIndexCcxt` as an rxjs operator: an object gives a `CcxtFundingRate`, an array a `CcxtFundingRate[]`. */
export function toGetPremiumIndexCcxt<R extends GetPremiumIndexResponse>(context?: CcxtContext): OperatorFunction<R, CcxtOf<R, CcxtFundingRate>> {
  return map((raw) => parseGetPremiumIndexCcxt(raw, context) as CcxtOf<R, CcxtFundingRate>);
}

function entryOfMarkPriceFundingRate(raw: MarkPriceEvent, market: CcxtMarketRef): CcxtFundingRate {
  return ccxtFundingRate(raw, market, { timestamp: raw.E, markPrice: raw.p, indexPrice: raw.i, estimatedSettlePrice: raw.P, fundingRate: raw.r, fundingTimestamp: raw.T });
}

/** Maps the `markPrice` stream payload (`MarkPriceEvent`) to CCXT's FundingRate (`CcxtFundingRate`), as ccxt binanceusdm parseFundingRate, on the stream's fields (ccxt pro reads this stream as a ticker only) does. The symbol comes from `s` (through `context.markets` when given). Mapping: `spec/usdm/ccxt/funding-rate.yaml`. */
export function parseMarkPriceFundingRateCcxt(raw: MarkPriceEvent, context?: CcxtContext): CcxtFundingRate {
  return entryOfMarkPriceFundingRate(raw, resolveMarket(raw.s, context, "swap"));
}

/** `parseMarkPriceFundingRateCcxt` as an rxjs operator. */
export function toMarkPriceFundingRateCcxt(context?: CcxtContext): OperatorFunction<MarkPriceEvent, CcxtFundingRate> {
  return map((raw) => parseMarkPriceFundingRateCcxt(raw, context));
}
