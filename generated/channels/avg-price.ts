// Generated from spec/channels/avg-price.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, decimalOf, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../src/generated-runtime';
import { symbolStreamParam } from '../params';
import { validate } from '../validators/avg-price';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateAvgPriceEvent: Validator = validate;

/** Parameters of the Average Price stream `<symbol>@avgPrice`. */
export interface AvgPriceParams {
  /** Trading pair such as BTCUSDT, uppercase as on every surface (REST and the WebSocket API refuse lowercase by the same rule); since 2025-12 a symbol may also hold non-ASCII letters and digits (the testnet's 这是测试币456). Written lowercase into the stream name. */
  symbol: string;
}

/** Average Price: raw payload of `<symbol>@avgPrice`, with Binance's wire names. Changes in the average price of a single symbol over a fixed time interval. Update speed: 1000ms. */
export interface AvgPriceEvent {
  /** Event type. */
  e: "avgPrice";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Symbol. */
  s: string;
  /** Interval the average is computed over, such as 5m. */
  i: string;
  /** Average price. Exact decimal. */
  w: string;
  /** Last trade time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  T: number;
}

/** Average Price, parsed: readable names; decimals are exact strings unless `parseAvgPrice` is given a `decimal` converter. */
export interface ParsedAvgPrice<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "avgPrice";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Symbol. Wire field `s`. */
  symbol: string;
  /** Interval the average is computed over, such as 5m. Wire field `i`. */
  averagePriceInterval: string;
  /** Average price. Exact decimal. Wire field `w`. */
  averagePrice: D;
  /** Last trade time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
  lastTradeTime: number;
}

/** Descriptor of `<symbol>@avgPrice`: data the runtime interprets. */
export const avgPriceChannel: ChannelDescriptor<AvgPriceParams, AvgPriceEvent> = { channel: "avgPrice", stream: "<symbol>@avgPrice", schemaId: "https://binance-rx.dev/schemas/channels/avg-price.json", params: { symbol: symbolStreamParam }, validate: validateAvgPriceEvent };

/**
 * Subscribes to `<symbol>@avgPrice` on every new socket and emits its payloads. Changes in the average price of a single symbol over a fixed time interval.
 *
 * @example subscribeAvgPrice('BTCUSDT', messages)
 */
export function subscribeAvgPrice(params: AvgPriceParams | AvgPriceParams['symbol'], messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, AvgPriceEvent> {
  return subscribeChannel(avgPriceChannel, params, messages, options);
}

/** Maps a raw `AvgPriceEvent` to the readable `ParsedAvgPrice`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseAvgPrice<D = string>(raw: AvgPriceEvent, options?: ParseOptions<D>): ParsedAvgPrice<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, eventTime: raw.E, symbol: raw.s, averagePriceInterval: raw.i, averagePrice: decimal(raw.w), lastTradeTime: raw.T };
}
