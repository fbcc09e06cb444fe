/** Stream names as Binance spells them (case-sensitive), parsed into what a feed needs. */
import { isKlineInterval, UTC8_OFFSET_MS, type KlineInterval } from '../market/kline-intervals';
import type { ChannelExamples } from '../examples';
import { streamReplay, type ReplaySpec } from './replay';
import type { UsdmStreamSpec } from '../usdm/names';

export type TickerWindow = '1h' | '4h' | '1d';

const SIMPLE_KINDS = [
  'trade',
  'aggTrade',
  'blockTrade',
  'bookTicker',
  'referencePrice',
  'miniTicker',
  'ticker',
  'avgPrice',
] as const;
type SimpleKind = (typeof SIMPLE_KINDS)[number];

export type StreamSpec =
  | { readonly kind: SimpleKind; readonly symbol: string }
  | {
      readonly kind: 'kline';
      readonly symbol: string;
      readonly interval: KlineInterval;
      readonly offsetMs: number;
    }
  | { readonly kind: 'rollingTicker'; readonly symbol: string; readonly window: TickerWindow }
  | { readonly kind: 'allMiniTickers' }
  | { readonly kind: 'allRollingTickers'; readonly window: TickerWindow }
  | {
      readonly kind: 'partialDepth';
      readonly symbol: string;
      readonly levels: 5 | 10 | 20;
      readonly every: DepthCadence;
    }
  | { readonly kind: 'diffDepth'; readonly symbol: string; readonly every: DepthCadence }
  | ReplaySpec
  | UsdmStreamSpec;

export type StreamKind = StreamSpec['kind'];

/**
 * How often a depth stream is pushed (before `speed` scales it): JSON `@depth` / `@depth<N>`
 * every second, `@100ms` every 100 ms; SBE diff depth every 20 ms and depth20 every 50 ms;
 * USDⓈ-M `@depth` every 250 ms, `@depth@500ms` and `@depth@100ms` as named.
 */
export type DepthCadence = '20ms' | '50ms' | '100ms' | '250ms' | '500ms' | '1000ms';

/**
 * Anything but separators and whitespace may be a symbol. Only lowercase symbols of the
 * market carry data; others (`BTCUSDT@trade`, `nosuchusdt@trade`) are accepted and stay silent.
 */
const SYMBOL = /^[^\s@/!"]{1,30}$/;

/**
 * The JSON stream names of an exchange replaying `channels` (sim/streams/replay.ts): a simulated
 * stream, else a spec channel's replay, else undefined.
 */
export function streamNameParser(
  channels: Readonly<Record<string, ChannelExamples>>,
): (name: string) => StreamSpec | undefined {
  const replay = streamReplay(channels, (other) => parseSimulatedStream(other) !== undefined);
  return (name) => parseSimulatedStream(name) ?? replay(name);
}

/** A stream the exchange simulates, else undefined. */
export function parseSimulatedStream(name: string): StreamSpec | undefined {
  if (name === '!miniTicker@arr') return { kind: 'allMiniTickers' };
  const all = /^!ticker_(1h|4h|1d)@arr$/.exec(name);
  if (all) return { kind: 'allRollingTickers', window: all[1] as TickerWindow };
  const at = name.indexOf('@');
  const symbol = name.slice(0, at);
  if (at <= 0 || !SYMBOL.test(symbol)) return undefined;
  const rest = name.slice(at + 1);
  if ((SIMPLE_KINDS as readonly string[]).includes(rest)) {
    return { kind: rest as SimpleKind, symbol };
  }
  const rolling = /^ticker_(1h|4h|1d)$/.exec(rest);
  if (rolling) return { kind: 'rollingTicker', symbol, window: rolling[1] as TickerWindow };
  const kline = /^kline_(\w+?)(@\+08:00)?$/.exec(rest);
  if (kline && isKlineInterval(kline[1]!)) {
    const offsetMs = kline[2] === undefined ? 0 : UTC8_OFFSET_MS;
    return { kind: 'kline', symbol, interval: kline[1], offsetMs };
  }
  const depth = /^depth(5|10|20)?(@100ms)?$/.exec(rest);
  if (depth) {
    const every = depth[2] === undefined ? '1000ms' : '100ms';
    if (depth[1] === undefined) return { kind: 'diffDepth', symbol, every };
    return { kind: 'partialDepth', symbol, levels: Number(depth[1]) as 5 | 10 | 20, every };
  }
  return undefined;
}
