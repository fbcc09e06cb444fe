// Generated from spec/usdm/channels/all-mark-prices.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../../src/generated-runtime';
import { markPriceSpeedStreamParam, type MarkPriceSpeedParam } from '../params';
import { validate } from '../validators/all-mark-prices';
import { parseMarkPrice, type MarkPriceEvent, type ParsedMarkPrice } from './mark-price';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateAllMarkPricesEvent: Validator = validate;

/** Parameters of the Mark Price Stream for All market stream `!markPrice@arr<markPriceSpeed>`. */
export interface AllMarkPricesParams {
  /** Update speed of the mark price streams. Left out, Binance pushes every 3 s; 1s every second. Default: `3s`. */
  markPriceSpeed?: MarkPriceSpeedParam;
}

/** Mark Price Stream for All market: raw payload of `!markPrice@arr<markPriceSpeed>`, with Binance's wire names. Mark price, index price and funding rate of every contract, as an array of markPrice payloads, every 3 seconds (or every second with speed 1s). TradFi contracts are not included. Update speed: 3000ms or 1000ms. */
export type AllMarkPricesEvent = MarkPriceEvent[];

/** Mark Price Stream for All market, parsed: readable names; decimals are exact strings unless `parseAllMarkPrices` is given a `decimal` converter. */
export type ParsedAllMarkPrices<D = string> = ParsedMarkPrice<D>[];

/** Descriptor of `!markPrice@arr<markPriceSpeed>`: data the runtime interprets. */
export const allMarkPricesChannel: ChannelDescriptor<AllMarkPricesParams, AllMarkPricesEvent> = { channel: "allMarkPrices", stream: "!markPrice@arr<markPriceSpeed>", schemaId: "https://binance-rx.dev/schemas/usdm/channels/all-mark-prices.json", route: "market", params: { markPriceSpeed: markPriceSpeedStreamParam }, validate: validateAllMarkPricesEvent };

/**
 * Subscribes to `!markPrice@arr<markPriceSpeed>` on every new socket and emits its payloads. Mark price, index price and funding rate of every contract, as an array of markPrice payloads, every 3 seconds (or every second with speed 1s). TradFi contracts are not included.
 *
 * @example subscribeAllMarkPrices('1s', messages)
 */
export function subscribeAllMarkPrices(params: AllMarkPricesParams | NonNullable<AllMarkPricesParams['markPriceSpeed']>, messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, AllMarkPricesEvent> {
  return subscribeChannel(allMarkPricesChannel, params, messages, options);
}

/** Maps a raw `AllMarkPricesEvent` to the readable `ParsedAllMarkPrices`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseAllMarkPrices<D = string>(raw: AllMarkPricesEvent, options?: ParseOptions<D>): ParsedAllMarkPrices<D> {
  return raw.map((item) => parseMarkPrice(item, options));
}
