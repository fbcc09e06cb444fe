/**
 * CCXT's funding rate from the fields a mapping read off a payload, like ccxt's binance
 * `parseFundingRate`: prices and rates as numbers, times with their ISO 8601 forms, the interval
 * in hours as `8h`; Binance gives no next or previous funding.
 */
import type { CcxtMarketRef } from './context';
import type { CcxtFundingRate } from './types';
import { iso8601, text, toInteger, toNumber } from './values';

type Decimal = string | undefined;

export interface FundingRateFields {
  readonly timestamp?: number | undefined;
  readonly markPrice?: Decimal;
  readonly indexPrice?: Decimal;
  readonly interestRate?: Decimal;
  readonly estimatedSettlePrice?: Decimal;
  readonly fundingRate?: Decimal;
  readonly fundingTimestamp?: number | undefined;
  /** Hours between fundings. */
  readonly interval?: number | string | undefined;
}

const num = (value: unknown): number | undefined => toNumber(text(value));

export function ccxtFundingRate(
  info: unknown,
  ref: CcxtMarketRef,
  f: FundingRateFields,
): CcxtFundingRate {
  const timestamp = toInteger(f.timestamp);
  const fundingTimestamp = toInteger(f.fundingTimestamp);
  const hours = text(f.interval);
  return {
    info,
    symbol: ref.symbol,
    markPrice: num(f.markPrice),
    indexPrice: num(f.indexPrice),
    interestRate: num(f.interestRate),
    estimatedSettlePrice: num(f.estimatedSettlePrice),
    timestamp,
    datetime: iso8601(timestamp),
    fundingRate: num(f.fundingRate),
    fundingTimestamp,
    fundingDatetime: iso8601(fundingTimestamp),
    nextFundingRate: undefined,
    nextFundingTimestamp: undefined,
    nextFundingDatetime: undefined,
    previousFundingRate: undefined,
    previousFundingTimestamp: undefined,
    previousFundingDatetime: undefined,
    interval: hours === undefined ? undefined : `${hours}h`,
  };
}
