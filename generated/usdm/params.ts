// Generated from spec/usdm/params.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { StreamParam } from '../../src/generated-runtime';

/** Contract type of a continuous kline, as REST writes it (PERPETUAL, CURRENT_QUARTER, NEXT_QUARTER). Written lowercase into the stream name. */
export type ContractTypeParam = "PERPETUAL" | "CURRENT_QUARTER" | "NEXT_QUARTER";

/** Update speed of the depth streams. Left out, Binance pushes every 250 ms. */
export type DepthSpeedParam = "250ms" | "500ms" | "100ms";

/** Kline interval (futures have no 1s klines). */
export type IntervalParam = "1m" | "3m" | "5m" | "15m" | "30m" | "1h" | "2h" | "4h" | "6h" | "8h" | "12h" | "1d" | "3d" | "1w" | "1M";

/** Number of price levels per side in a partial book depth snapshot. */
export type LevelsParam = 5 | 10 | 20;

/** Update speed of the mark price streams. Left out, Binance pushes every 3 s; 1s every second. */
export type MarkPriceSpeedParam = "3s" | "1s";

/** Multi-assets mode index symbol such as ADAUSD. Written lowercase into the stream name. */
export const assetSymbolStreamParam: StreamParam = {"type":"string","pattern":"^[A-Z0-9]{1,20}$","case":"lower"};

/** Contract type of a continuous kline, as REST writes it (PERPETUAL, CURRENT_QUARTER, NEXT_QUARTER). Written lowercase into the stream name. */
export const contractTypeStreamParam: StreamParam = {"type":"string","enum":["PERPETUAL","CURRENT_QUARTER","NEXT_QUARTER"],"case":"lower"};

/** Update speed of the depth streams. Left out, Binance pushes every 250 ms. */
export const depthSpeedStreamParam: StreamParam = {"type":"string","enum":["250ms","500ms","100ms"],"optional":true,"default":"250ms","render":{"250ms":"","500ms":"@500ms","100ms":"@100ms"}};

/** Kline interval (futures have no 1s klines). */
export const intervalStreamParam: StreamParam = {"type":"string","enum":["1m","3m","5m","15m","30m","1h","2h","4h","6h","8h","12h","1d","3d","1w","1M"]};

/** Number of price levels per side in a partial book depth snapshot. */
export const levelsStreamParam: StreamParam = {"type":"integer","enum":[5,10,20]};

/** Update speed of the mark price streams. Left out, Binance pushes every 3 s; 1s every second. */
export const markPriceSpeedStreamParam: StreamParam = {"type":"string","enum":["3s","1s"],"optional":true,"default":"3s","render":{"3s":"","1s":"@1s"}};

/** Underlying pair of a continuous contract, such as BTCUSDT. Written lowercase into the stream name. */
export const pairStreamParam: StreamParam = {"type":"string","pattern":"^[A-Z0-9.-]{1,20}$","case":"lower"};

/** Contract symbol such as BTCUSDT (or a delivery contract such as BTCUSDT_260925), uppercase as on REST. Written lowercase into the stream name. */
export const symbolStreamParam: StreamParam = {"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$","case":"lower"};

/** Stream-name template parameters: the rules the runtime checks before anything is sent. */
export const streamParams: { readonly assetSymbol: StreamParam; readonly contractType: StreamParam; readonly depthSpeed: StreamParam; readonly interval: StreamParam; readonly levels: StreamParam; readonly markPriceSpeed: StreamParam; readonly pair: StreamParam; readonly symbol: StreamParam } = { assetSymbol: assetSymbolStreamParam, contractType: contractTypeStreamParam, depthSpeed: depthSpeedStreamParam, interval: intervalStreamParam, levels: levelsStreamParam, markPriceSpeed: markPriceSpeedStreamParam, pair: pairStreamParam, symbol: symbolStreamParam };
