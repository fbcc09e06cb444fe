/**
 * CCXT's ticker from the fields a mapping read off a payload (decimals as Binance's text),
 * completed like ccxt's `safeTicker`: open, close, change and percentage are derived from one
 * another when some are missing, `average` is the midpoint of open and close (at the market's
 * tick decimals when the market is known, else 18, truncated), `vwap` is quote / base volume
 * when Binance sends none, zero prices become `undefined`.
 */
import type { CcxtMarketRef } from './context';
import { stringAdd, stringDiv, stringMul, stringSub } from './precise';
import { decimalsOf } from './tick';
import type { CcxtTicker } from './types';
import { iso8601, omitZero, present, toNumber } from './values';

type Decimal = string | undefined;

/** What a mapping may set; everything else is derived or `undefined`. */
export interface TickerFields {
  readonly timestamp?: number | undefined;
  readonly high?: Decimal;
  readonly low?: Decimal;
  readonly bid?: Decimal;
  readonly bidVolume?: Decimal;
  readonly ask?: Decimal;
  readonly askVolume?: Decimal;
  readonly vwap?: Decimal;
  readonly open?: Decimal;
  readonly close?: Decimal;
  readonly last?: Decimal;
  readonly previousClose?: Decimal;
  readonly change?: Decimal;
  readonly percentage?: Decimal;
  readonly average?: Decimal;
  readonly baseVolume?: Decimal;
  readonly quoteVolume?: Decimal;
  readonly markPrice?: Decimal;
  readonly indexPrice?: Decimal;
}

export function ccxtTicker(info: unknown, ref: CcxtMarketRef, fields: TickerFields): CcxtTicker {
  const f = present(fields);
  let open = omitZero(f.open);
  let close = omitZero(f.close ?? f.last);
  let change = f.change; // a flat day has a real zero change
  let percentage = omitZero(f.percentage);
  let average = omitZero(f.average);
  const vwap = f.vwap ?? stringDiv(omitZero(f.quoteVolume), f.baseVolume);
  const ratio = (p: string) => stringAdd('1', stringDiv(p, '100'));

  if (change !== undefined) {
    if (close === undefined && average !== undefined) {
      close = stringAdd(average, stringDiv(change, '2'));
    }
    if (open === undefined && close !== undefined) open = stringSub(close, change);
  } else if (percentage !== undefined) {
    if (close === undefined && average !== undefined) {
      const sum = stringMul(average, '2');
      const start = open ?? stringDiv(sum, stringAdd('2', stringDiv(percentage, '100')));
      close = stringMul(start, ratio(percentage));
    }
    if (open === undefined && close !== undefined) open = stringDiv(close, ratio(percentage));
  }
  if (change === undefined) {
    if (close !== undefined && open !== undefined) change = stringSub(close, open);
    else if (close !== undefined && percentage !== undefined) {
      change = stringMul(stringDiv(percentage, '100'), stringDiv(close, '100'));
    } else if (open !== undefined && percentage !== undefined) {
      change = stringMul(open, stringDiv(percentage, '100'));
    }
  }
  if (open !== undefined) {
    if (percentage === undefined && change !== undefined) {
      percentage = stringMul(stringDiv(change, open), '100');
    }
    if (close === undefined && change !== undefined) close = stringAdd(open, change);
    if (close === undefined && average !== undefined) {
      close = stringSub(stringMul(average, '2'), open);
    }
    if (average === undefined && close !== undefined) {
      const decimals = decimalsOf(ref.market?.precision.price) ?? 18;
      average = stringDiv(stringAdd(open, close), '2', decimals);
    }
  }
  const last = toNumber(omitZero(close));
  return {
    symbol: ref.symbol,
    timestamp: f.timestamp,
    datetime: iso8601(f.timestamp),
    high: toNumber(omitZero(f.high)),
    low: toNumber(omitZero(f.low)),
    bid: toNumber(omitZero(f.bid)),
    bidVolume: toNumber(f.bidVolume),
    ask: toNumber(omitZero(f.ask)),
    askVolume: toNumber(f.askVolume),
    vwap: toNumber(vwap),
    open: toNumber(omitZero(open)),
    close: last,
    last,
    previousClose: toNumber(f.previousClose),
    change: toNumber(change),
    percentage: toNumber(percentage),
    average: toNumber(average),
    baseVolume: toNumber(f.baseVolume),
    quoteVolume: toNumber(f.quoteVolume),
    markPrice: toNumber(f.markPrice),
    indexPrice: toNumber(f.indexPrice),
    info,
  };
}
