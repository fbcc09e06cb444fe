// Generated from spec/usdm/channels/mark-price.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, decimalOf, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../../src/generated-runtime';
import { symbolStreamParam, markPriceSpeedStreamParam, type MarkPriceSpeedParam } from '../params';
import { validate } from '../validators/mark-price';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateMarkPriceEvent: Validator = validate;

/** Parameters of the Mark Price Stream stream `<symbol>@markPrice<markPriceSpeed>`. */
export interface MarkPriceParams {
  /** Contract symbol such as BTCUSDT (or a delivery contract such as BTCUSDT_260925), uppercase as on REST. Written lowercase into the stream name. */
  symbol: string;
  /** Update speed of the mark price streams. Left out, Binance pushes every 3 s; 1s every second. Default: `3s`. */
  markPriceSpeed?: MarkPriceSpeedParam;
}

/** Mark Price Stream: raw payload of `<symbol>@markPrice<markPriceSpeed>`, with Binance's wire names. Mark price, index price and funding rate of one contract, every 3 seconds (or every second with speed 1s). Update speed: 3000ms or 1000ms. */
export interface MarkPriceEvent {
  /** Event type. */
  e: "markPriceUpdate";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Symbol. */
  s: string;
  /** Mark price. Exact decimal. */
  p: string;
  /** Mark price moving average. Sent only when: Sent since 2026-03 (binance-connector-js 26.0.0, 2026-03-19, added it) Exact decimal. */
  ap?: string;
  /** Index price. Exact decimal. */
  i: string;
  /** Estimated settle price; only useful in the last hour before the settlement starts. Exact decimal. */
  P: string;
  /** Funding rate of a perpetual contract as an exact decimal; an empty string for a delivery contract. */
  r: string;
  /** Next funding time of a perpetual contract; 0 for a delivery contract. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  T: number;
  /** Symbol type: 1 USDⓈ-M, 2 COIN-M. Sent only when: After the COIN-M migration */
  st?: number;
}

/** Mark Price Stream, parsed: readable names; decimals are exact strings unless `parseMarkPrice` is given a `decimal` converter. */
export interface ParsedMarkPrice<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "markPriceUpdate";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Symbol. Wire field `s`. */
  symbol: string;
  /** Mark price. Exact decimal. Wire field `p`. */
  markPrice: D;
  /** Mark price moving average. Sent only when: Sent since 2026-03 (binance-connector-js 26.0.0, 2026-03-19, added it) Exact decimal. Wire field `ap`. */
  markPriceMovingAverage?: D | undefined;
  /** Index price. Exact decimal. Wire field `i`. */
  indexPrice: D;
  /** Estimated settle price; only useful in the last hour before the settlement starts. Exact decimal. Wire field `P`. */
  estimatedSettlePrice: D;
  /** Funding rate of a perpetual contract as an exact decimal; an empty string for a delivery contract. Wire field `r`. */
  fundingRate: string;
  /** Next funding time of a perpetual contract; 0 for a delivery contract. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
  nextFundingTime: number;
  /** Symbol type: 1 USDⓈ-M, 2 COIN-M. Sent only when: After the COIN-M migration Wire field `st`. */
  symbolType?: number | undefined;
}

/** Descriptor of `<symbol>@markPrice<markPriceSpeed>`: data the runtime interprets. */
export const markPriceChannel: ChannelDescriptor<MarkPriceParams, MarkPriceEvent> = { channel: "markPrice", stream: "<symbol>@markPrice<markPriceSpeed>", schemaId: "https://binance-rx.dev/schemas/usdm/channels/mark-price.json", route: "market", params: { symbol: symbolStreamParam, markPriceSpeed: markPriceSpeedStreamParam }, validate: validateMarkPriceEvent };

/**
 * Subscribes to `<symbol>@markPrice<markPriceSpeed>` on every new socket and emits its payloads. Mark price, index price and funding rate of one contract, every 3 seconds (or every second with speed 1s).
 *
 * @example subscribeMarkPrice('BTCUSDT', messages)
 */
export function subscribeMarkPrice(params: MarkPriceParams | MarkPriceParams['symbol'], messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, MarkPriceEvent> {
  return subscribeChannel(markPriceChannel, params, messages, options);
}

/** Maps a raw `MarkPriceEvent` to the readable `ParsedMarkPrice`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseMarkPrice<D = string>(raw: MarkPriceEvent, options?: ParseOptions<D>): ParsedMarkPrice<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, eventTime: raw.E, symbol: raw.s, markPrice: decimal(raw.p), markPriceMovingAverage: raw.ap === undefined ? undefined : decimal(raw.ap), indexPrice: decimal(raw.i), estimatedSettlePrice: decimal(raw.P), fundingRate: raw.r, nextFundingTime: raw.T, symbolType: raw.st };
}
