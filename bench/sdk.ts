/**
 * binance-rx for the benchmark clients: the packed package by default, src/ with `BENCH_SDK=src`
 * (bench/package-under-test.ts). Every client imports the SDK from here, never from src/ directly,
 * so the figures are those of what users install.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Spot from '../src/index';
import type * as Usdm from '../src/usdm/index';
import { assertPackageReady, PACKAGE_DIR, SDK_SOURCE } from './package-under-test';

assertPackageReady();
// Specifiers in variables: the package is not there when the bench is type-checked.
const [spot, usdm] = (
  SDK_SOURCE === 'src'
    ? await Promise.all([import('../src/index'), import('../src/usdm/index')])
    : // What `import 'binance-rx'` and `'binance-rx/usdm'` resolve to in the unpacked package.
      await Promise.all([import(entry('dist/index.js')), import(entry('dist/usdm/index.js'))])
) as [typeof Spot, typeof Usdm];

function entry(file: string): string {
  return pathToFileURL(join(PACKAGE_DIR, file)).href;
}

export const {
  publicWebsocketConnection,
  keepMessagesOnly,
  filterNewSocketOnly,
  localOrderBook,
  createHttpClient,
  sbeWebsocketConnection,
  subscribeSbeBestBidAsk,
  subscribeSbeDiffDepth,
  subscribeSbeTrade,
  decodeSbeEvent,
  subscribeAggTrade,
  subscribeBookTicker,
  subscribeDiffDepth,
  subscribeMiniTicker,
  subscribeTrade,
  parseBookTicker,
  parseBookTickerCcxt,
  parseDiffDepth,
  parseTrade,
  parseTradeCcxt,
  getBookHttp,
} = spot;

export const {
  subscribeAllMarkPrices: subscribeUsdmAllMarkPrices,
  subscribeDiffDepth: subscribeUsdmDiffDepth,
  subscribeMarkPrice: subscribeUsdmMarkPrice,
  usdmProduct,
} = usdm;
