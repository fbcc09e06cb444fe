// Generated from spec/usdm/channels/agg-trade.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, decimalOf, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../../src/generated-runtime';
import { symbolStreamParam } from '../params';
import { validate } from '../validators/agg-trade';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateAggTradeEvent: Validator = validate;

/** Parameters of the Aggregate Trade Streams stream `<symbol>@aggTrade`. */
export interface AggTradeParams {
  /** Contract symbol such as BTCUSDT (or a delivery contract such as BTCUSDT_260925), uppercase as on REST. Written lowercase into the stream name. */
  symbol: string;
}

/** Aggregate Trade Streams: raw payload of `<symbol>@aggTrade`, with Binance's wire names. Trades of one contract aggregated per taker order and price over 100 ms: one event covers the fills from trade ID `f` to `l`. Fills of RPI (Retail Price Improvement) orders are left out. Update speed: 100ms. */
export interface AggTradeEvent {
  /** Event type. */
  e: "aggTrade";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Symbol. */
  s: string;
  /** Aggregate trade ID. */
  a: number;
  /** Price. Exact decimal. */
  p: string;
  /** Quantity. Exact decimal. */
  q: string;
  /** Quantity without the trades involving RPI orders. Sent only when: Sent since 2026-01 (binance-connector-js 22.0.0, 2026-01-13, added it) Exact decimal. */
  nq?: string;
  /** First trade ID. */
  f: number;
  /** Last trade ID. */
  l: number;
  /** Trade time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  T: number;
  /** Whether the buyer is the market maker. */
  m: boolean;
  /** Symbol type: 1 USDⓈ-M, 2 COIN-M. Sent only when: After the COIN-M migration */
  st?: number;
}

/** Aggregate Trade Streams, parsed: readable names; decimals are exact strings unless `parseAggTrade` is given a `decimal` converter. */
export interface ParsedAggTrade<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "aggTrade";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Symbol. Wire field `s`. */
  symbol: string;
  /** Aggregate trade ID. Wire field `a`. */
  aggregateTradeId: number;
  /** Price. Exact decimal. Wire field `p`. */
  price: D;
  /** Quantity. Exact decimal. Wire field `q`. */
  quantity: D;
  /** Quantity without the trades involving RPI orders. Sent only when: Sent since 2026-01 (binance-connector-js 22.0.0, 2026-01-13, added it) Exact decimal. Wire field `nq`. */
  normalQuantity?: D | undefined;
  /** First trade ID. Wire field `f`. */
  firstTradeId: number;
  /** Last trade ID. Wire field `l`. */
  lastTradeId: number;
  /** Trade time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
  tradeTime: number;
  /** Whether the buyer is the market maker. Wire field `m`. */
  isBuyerMaker: boolean;
  /** Symbol type: 1 USDⓈ-M, 2 COIN-M. Sent only when: After the COIN-M migration Wire field `st`. */
  symbolType?: number | undefined;
}

/** Descriptor of `<symbol>@aggTrade`: data the runtime interprets. */
export const aggTradeChannel: ChannelDescriptor<AggTradeParams, AggTradeEvent> = { channel: "aggTrade", stream: "<symbol>@aggTrade", schemaId: "https://binance-rx.dev/schemas/usdm/channels/agg-trade.json", route: "market", params: { symbol: symbolStreamParam }, validate: validateAggTradeEvent };

/**
 * Subscribes to `<symbol>@aggTrade` on every new socket and emits its payloads. Trades of one contract aggregated per taker order and price over 100 ms: one event covers the fills from trade ID `f` to `l`. Fills of RPI (Retail Price Improvement) orders are left out.
 *
 * @example subscribeAggTrade('BTCUSDT', messages)
 */
export function subscribeAggTrade(params: AggTradeParams | AggTradeParams['symbol'], messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, AggTradeEvent> {
  return subscribeChannel(aggTradeChannel, params, messages, options);
}

/** Maps a raw `AggTradeEvent` to the readable `ParsedAggTrade`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseAggTrade<D = string>(raw: AggTradeEvent, options?: ParseOptions<D>): ParsedAggTrade<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, eventTime: raw.E, symbol: raw.s, aggregateTradeId: raw.a, price: decimal(raw.p), quantity: decimal(raw.q), normalQuantity: raw.nq === undefined ? undefined : decimal(raw.nq), firstTradeId: raw.f, lastTradeId: raw.l, tradeTime: raw.T, isBuyerMaker: raw.m, symbolType: raw.st };
}
