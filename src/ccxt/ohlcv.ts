/** CCXT's candle, `[open time, open, high, low, close, base volume]`, like ccxt's `parseOHLCV`. */
import type { CcxtOHLCV } from './types';
import { toInteger, toNumber } from './values';

export interface OhlcvFields {
  readonly timestamp: number | string;
  readonly open: string;
  readonly high: string;
  readonly low: string;
  readonly close: string;
  readonly volume: string;
}

/** The schema makes every field present; a value that is not a number would give NaN. */
const num = (value: number | undefined): number => value ?? Number.NaN;

export function ccxtOhlcv(f: OhlcvFields): CcxtOHLCV {
  return [
    num(toInteger(f.timestamp)),
    num(toNumber(f.open)),
    num(toNumber(f.high)),
    num(toNumber(f.low)),
    num(toNumber(f.close)),
    num(toNumber(f.volume)),
  ];
}
