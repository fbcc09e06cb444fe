// Generated from spec/ccxt/market.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import { map, type OperatorFunction } from 'rxjs';
import { ccxtMarket, type CcxtContext, type CcxtMarket } from '../../src/generated-runtime';
import type { GetExchangeInfoResponse } from '../operations/get-exchange-info';

function entryOfGetExchangeInfo(raw: GetExchangeInfoResponse["symbols"][number]): CcxtMarket {
  return ccxtMarket(raw, { id: raw.symbol, baseId: raw.baseAsset, quoteId: raw.quoteAsset, status: raw.status, permissions: raw.permissions, isMarginTradingAllowed: raw.isMarginTradingAllowed, baseAssetPrecision: raw.baseAssetPrecision, quotePrecision: raw.quotePrecision, filters: raw.filters });
}

/** Maps the answer of `getExchangeInfo` (`GetExchangeInfoResponse`) to CCXT's Market (`CcxtMarket[]`), as ccxt binance parseMarket (fetchMarkets, spot) does. Mapping: `spec/ccxt/market.yaml`. */
export function parseGetExchangeInfoCcxt(raw: GetExchangeInfoResponse, _context?: CcxtContext): CcxtMarket[] {
  return raw.symbols.map((item) => entryOfGetExchangeInfo(item));
}

/** `parseGetExchangeInfoCcxt` as an rxjs operator. */
export function toGetExchangeInfoCcxt(_context?: CcxtContext): OperatorFunction<GetExchangeInfoResponse, CcxtMarket[]> {
  return map((raw) => parseGetExchangeInfoCcxt(raw, _context));
}
