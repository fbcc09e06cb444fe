// Generated from spec/usdm/ccxt/ohlcv.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import { map, type OperatorFunction } from 'rxjs';
import { ccxtOhlcv, sortByKeys, type CcxtContext, type CcxtOHLCV } from '../../../src/generated-runtime';
import type { KlineEvent } from '../channels/kline';
import type { GetKlinesResponse } from '../operations/get-klines';

function entryOfKline(raw: KlineEvent): CcxtOHLCV {
  return ccxtOhlcv({ timestamp: raw.k.t, open: raw.k.o, high: raw.k.h, low: raw.k.l, close: raw.k.c, volume: raw.k.v });
}

/** Maps the `kline` stream payload (`KlineEvent`) to CCXT's OHLCV (`CcxtOHLCV`), as ccxt.pro binanceusdm handleOHLCV does. Mapping: `spec/usdm/ccxt/ohlcv.yaml`. */
export function parseKlineCcxt(raw: KlineEvent, _context?: CcxtContext): CcxtOHLCV {
  return entryOfKline(raw);
}

/** `parseKlineCcxt` as an rxjs operator. */
export function toKlineCcxt(_context?: CcxtContext): OperatorFunction<KlineEvent, CcxtOHLCV> {
  return map((raw) => parseKlineCcxt(raw, _context));
}

function entryOfGetKlines(raw: GetKlinesResponse[number]): CcxtOHLCV {
  return ccxtOhlcv({ timestamp: raw[0], open: raw[1], high: raw[2], low: raw[3], close: raw[4], volume: raw[5] });
}

/** Maps the answer of `getKlines` (`GetKlinesResponse`) to CCXT's OHLCV (`CcxtOHLCV[]`), as ccxt binanceusdm parseOHLCVs (fetchOHLCV) does. Mapping: `spec/usdm/ccxt/ohlcv.yaml`. */
export function parseGetKlinesCcxt(raw: GetKlinesResponse, _context?: CcxtContext): CcxtOHLCV[] {
  return sortByKeys(raw.map((item) => entryOfGetKlines(item)), [0]);
}

/** `parseGetKlinesCcxt` as an rxjs operator. */
export function toGetKlinesCcxt(_context?: CcxtContext): OperatorFunction<GetKlinesResponse, CcxtOHLCV[]> {
  return map((raw) => parseGetKlinesCcxt(raw, _context));
}
