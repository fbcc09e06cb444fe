/**
 * binance-rx for the benchmark clients: the packed package by default, src/ with `BENCH_SDK=src`
 * (bench/package-under-test.ts). Every client imports the SDK from here, never from src/ directly,
 * so the figures are those of what users install.
 */
import type * as Spot from '../src/index';
import type * as Usdm from '../src/usdm/index';
import { assertPackageReady, PACKAGE_DIR, SDK_SOURCE } from './package-under-test';

assertPackageReady();
// Specifiers in variables: the package is not there when the bench is type-checked.
const [spot, usdm] = (
  SDK_SOURCE === 'src'
    ? await Promise.all([import('../src/index'), import('../src/usdm/index')])
    : await Promise.all([import(entry('.')), import(entry('./usdm'))])
) as [typeof Spot, typeof Usdm];

/** The file `import 'binance-rx' + subpath` resolves to in the unpacked package (ESM). */
function entry(subpath: '.' | './usdm'): string {
  return new URL(subpath === '.' ? 'dist/index.js' : 'dist/usdm/index.js', `file://${PACKAGE_DIR}/`)
    .href;
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
