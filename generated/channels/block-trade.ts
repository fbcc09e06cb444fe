// Generated from spec/channels/block-trade.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, decimalOf, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../src/generated-runtime';
import { symbolStreamParam } from '../params';
import { validate } from '../validators/block-trade';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateBlockTradeEvent: Validator = validate;

/** Parameters of the Block Trade Streams stream `<symbol>@blockTrade`. */
export interface BlockTradeParams {
  /** Trading pair such as BTCUSDT, uppercase as on every surface (REST and the WebSocket API refuse lowercase by the same rule); since 2025-12 a symbol may also hold non-ASCII letters and digits (the testnet's 这是测试币456). Written lowercase into the stream name. */
  symbol: string;
}

/** Block Trade Streams: raw payload of `<symbol>@blockTrade`, with Binance's wire names. Block trades of a single symbol, one event per block trade. Unlike the trade stream, the payload has no trailing ignored `M` field. Update speed: Real-time. */
export interface BlockTradeEvent {
  /** Event type. */
  e: "blockTrade";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Symbol. */
  s: string;
  /** Block trade ID. */
  t: number;
  /** Price. Exact decimal. */
  p: string;
  /** Quantity. Exact decimal. */
  q: string;
  /** Trade time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  T: number;
  /** Whether the buyer is the maker. */
  m: boolean;
}

/** Block Trade Streams, parsed: readable names; decimals are exact strings unless `parseBlockTrade` is given a `decimal` converter. */
export interface ParsedBlockTrade<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "blockTrade";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Symbol. Wire field `s`. */
  symbol: string;
  /** Block trade ID. Wire field `t`. */
  blockTradeId: number;
  /** Price. Exact decimal. Wire field `p`. */
  price: D;
  /** Quantity. Exact decimal. Wire field `q`. */
  quantity: D;
  /** Trade time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
  tradeTime: number;
  /** Whether the buyer is the maker. Wire field `m`. */
  isBuyerMaker: boolean;
}

/** Descriptor of `<symbol>@blockTrade`: data the runtime interprets. */
export const blockTradeChannel: ChannelDescriptor<BlockTradeParams, BlockTradeEvent> = { channel: "blockTrade", stream: "<symbol>@blockTrade", schemaId: "https://binance-rx.dev/schemas/channels/block-trade.json", params: { symbol: symbolStreamParam }, validate: validateBlockTradeEvent };

/**
 * Subscribes to `<symbol>@blockTrade` on every new socket and emits its payloads. Block trades of a single symbol, one event per block trade. Unlike the trade stream, the payload has no trailing ignored `M` field.
 *
 * @example subscribeBlockTrade('BTCUSDT', messages)
 */
export function subscribeBlockTrade(params: BlockTradeParams | BlockTradeParams['symbol'], messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, BlockTradeEvent> {
  return subscribeChannel(blockTradeChannel, params, messages, options);
}

/** Maps a raw `BlockTradeEvent` to the readable `ParsedBlockTrade`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseBlockTrade<D = string>(raw: BlockTradeEvent, options?: ParseOptions<D>): ParsedBlockTrade<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, eventTime: raw.E, symbol: raw.s, blockTradeId: raw.t, price: decimal(raw.p), quantity: decimal(raw.q), tradeTime: raw.T, isBuyerMaker: raw.m };
}
