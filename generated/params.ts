// Generated from spec/params.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { StreamParam } from '../src/generated-runtime';

/** Kline interval. */
export type IntervalParam = "1s" | "1m" | "3m" | "5m" | "15m" | "30m" | "1h" | "2h" | "4h" | "6h" | "8h" | "12h" | "1d" | "3d" | "1w" | "1M";

/** Number of price levels per side in a partial book depth snapshot. */
export type LevelsParam = 5 | 10 | 20;

/** Update speed of depth streams. */
export type SpeedParam = "1000ms" | "100ms";

/** Kline timezone. Left out, klines are in UTC; '+08:00' opens and closes them in UTC+8. */
export type TimezoneParam = "+08:00";

/** Rolling window size of the statistics. */
export type WindowParam = "1h" | "4h" | "1d";

/** Kline interval. */
export const intervalStreamParam: StreamParam = {"type":"string","enum":["1s","1m","3m","5m","15m","30m","1h","2h","4h","6h","8h","12h","1d","3d","1w","1M"]};

/** Number of price levels per side in a partial book depth snapshot. */
export const levelsStreamParam: StreamParam = {"type":"integer","enum":[5,10,20]};

/** Update speed of depth streams. */
export const speedStreamParam: StreamParam = {"type":"string","enum":["1000ms","100ms"],"optional":true,"default":"1000ms","render":{"1000ms":"","100ms":"@100ms"}};

/** Trading pair such as BTCUSDT, uppercase as on every surface (REST and the WebSocket API refuse lowercase by the same rule); since 2025-12 a symbol may also hold non-ASCII letters and digits (the testnet's 这是测试币456). Written lowercase into the stream name. */
export const symbolStreamParam: StreamParam = {"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$","case":"lower"};

/** Kline timezone. Left out, klines are in UTC; '+08:00' opens and closes them in UTC+8. */
export const timezoneStreamParam: StreamParam = {"type":"string","enum":["+08:00"],"optional":true,"render":{"+08:00":"@+08:00"}};

/** Rolling window size of the statistics. */
export const windowStreamParam: StreamParam = {"type":"string","enum":["1h","4h","1d"]};

/** Stream-name template parameters: the rules the runtime checks before anything is sent. */
export const streamParams: { readonly interval: StreamParam; readonly levels: StreamParam; readonly speed: StreamParam; readonly symbol: StreamParam; readonly timezone: StreamParam; readonly window: StreamParam } = { interval: intervalStreamParam, levels: levelsStreamParam, speed: speedStreamParam, symbol: symbolStreamParam, timezone: timezoneStreamParam, window: windowStreamParam };
