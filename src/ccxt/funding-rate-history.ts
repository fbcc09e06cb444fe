/**
 * CCXT's funding rate history entry from the fields a mapping read off a payload, like ccxt's
 * binance `parseFundingRateHistory`: the rate as a number, the funding time with its ISO 8601
 * form.
 */
import type { CcxtMarketRef } from './context';
import type { CcxtFundingRateHistory } from './types';
import { iso8601, text, toInteger, toNumber } from './values';

export interface FundingRateHistoryFields {
  readonly fundingRate?: string | undefined;
  readonly timestamp?: number | string | undefined;
}

export function ccxtFundingRateHistory(
  info: unknown,
  ref: CcxtMarketRef,
  f: FundingRateHistoryFields,
): CcxtFundingRateHistory {
  const timestamp = toInteger(f.timestamp);
  return {
    info,
    symbol: ref.symbol,
    fundingRate: toNumber(text(f.fundingRate)),
    timestamp,
    datetime: iso8601(timestamp),
  };
}
