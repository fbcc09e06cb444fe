// Generated from spec/usdm/ccxt/market.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import { map, type OperatorFunction } from 'rxjs';
import { ccxtMarket, type CcxtContext, type CcxtMarket } from '../../../src/generated-runtime';
import type { GetExchangeInfoResponse } from '../operations/get-exchange-info';

function entryOfGetExchangeInfo(raw: GetExchangeInfoResponse["symbols"][number]): CcxtMarket {
  return ccxtMarket(raw, { id: raw.symbol, baseId: raw.baseAsset, quoteId: raw.quoteAsset, status: raw.status, baseAssetPrecision: raw.baseAssetPrecision, quotePrecision: raw.quotePrecision, pricePrecision: raw.pricePrecision, quantityPrecision: raw.quantityPrecision, filters: raw.filters, contractType: raw.contractType, deliveryDate: raw.deliveryDate, marginAsset: raw.marginAsset, onboardDate: raw.onboardDate });
}

/** Maps the answer of `getExchangeInfo` (`GetExchangeInfoResponse`) to CCXT's Market (`CcxtMarket[]`), as ccxt binanceusdm parseMarket (fetchMarkets, linear) does. Mapping: `spec/usdm/ccxt/market.yaml`. */
export function parseGetExchangeInfoCcxt(raw: GetExchangeInfoResponse, _context?: CcxtContext): CcxtMarket[] {
  return raw.symbols.map((item) => entryOfGetExchangeInfo(item));
}

/** `parseGetExchangeInfoCcxt` as an rxjs operator. */
export function toGetExchangeInfoCcxt(_context?: CcxtContext): OperatorFunction<GetExchangeInfoResponse, CcxtMarket[]> {
  return map((raw) => parseGetExchangeInfoCcxt(raw, _context));
}
