// Generated from spec/usdm/channels/force-order.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, decimalOf, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../../src/generated-runtime';
import { symbolStreamParam } from '../params';
import { validate } from '../validators/force-order';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateForceOrderEvent: Validator = validate;

/** Parameters of the Liquidation Order Streams stream `<symbol>@forceOrder`. */
export interface ForceOrderParams {
  /** Contract symbol such as BTCUSDT (or a delivery contract such as BTCUSDT_260925), uppercase as on REST. Written lowercase into the stream name. */
  symbol: string;
}

/** Liquidation Order Streams: raw payload of `<symbol>@forceOrder`, with Binance's wire names. The latest liquidation order of one contract in each 1000 ms, as a snapshot; nothing when no liquidation happened in the interval. Update speed: 1000ms. */
export interface ForceOrderEvent {
  /** Event type. */
  e: "forceOrder";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** The liquidation order. */
  o: {
    /** Symbol. */
    s: string;
    /** Side. */
    S: "BUY" | "SELL";
    /** Order type. */
    o: string;
    /** Time in force. */
    f: string;
    /** Original quantity. Exact decimal. */
    q: string;
    /** Price. Exact decimal. */
    p: string;
    /** Average price. Exact decimal. */
    ap: string;
    /** Order status. */
    X: string;
    /** Last filled quantity. Exact decimal. */
    l: string;
    /** Filled accumulated quantity. Exact decimal. */
    z: string;
    /** Order trade time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    T: number;
  };
}

/** Liquidation Order Streams, parsed: readable names; decimals are exact strings unless `parseForceOrder` is given a `decimal` converter. */
export interface ParsedForceOrder<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "forceOrder";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** The liquidation order. Wire field `o`. */
  order: {
    /** Symbol. Wire field `s`. */
    symbol: string;
    /** Side. Wire field `S`. */
    side: "BUY" | "SELL";
    /** Order type. Wire field `o`. */
    orderType: string;
    /** Time in force. Wire field `f`. */
    timeInForce: string;
    /** Original quantity. Exact decimal. Wire field `q`. */
    originalQuantity: D;
    /** Price. Exact decimal. Wire field `p`. */
    price: D;
    /** Average price. Exact decimal. Wire field `ap`. */
    averagePrice: D;
    /** Order status. Wire field `X`. */
    orderStatus: string;
    /** Last filled quantity. Exact decimal. Wire field `l`. */
    lastFilledQuantity: D;
    /** Filled accumulated quantity. Exact decimal. Wire field `z`. */
    filledAccumulatedQuantity: D;
    /** Order trade time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
    tradeTime: number;
  };
}

/** Descriptor of `<symbol>@forceOrder`: data the runtime interprets. */
export const forceOrderChannel: ChannelDescriptor<ForceOrderParams, ForceOrderEvent> = { channel: "forceOrder", stream: "<symbol>@forceOrder", schemaId: "https://binance-rx.dev/schemas/usdm/channels/force-order.json", route: "market", params: { symbol: symbolStreamParam }, validate: validateForceOrderEvent };

/**
 * Subscribes to `<symbol>@forceOrder` on every new socket and emits its payloads. The latest liquidation order of one contract in each 1000 ms, as a snapshot; nothing when no liquidation happened in the interval.
 *
 * @example subscribeForceOrder('BTCUSDT', messages)
 */
export function subscribeForceOrder(params: ForceOrderParams | ForceOrderParams['symbol'], messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, ForceOrderEvent> {
  return subscribeChannel(forceOrderChannel, params, messages, options);
}

/** Maps a raw `ForceOrderEvent` to the readable `ParsedForceOrder`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseForceOrder<D = string>(raw: ForceOrderEvent, options?: ParseOptions<D>): ParsedForceOrder<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, eventTime: raw.E, order: { symbol: raw.o.s, side: raw.o.S, orderType: raw.o.o, timeInForce: raw.o.f, originalQuantity: decimal(raw.o.q), price: decimal(raw.o.p), averagePrice: decimal(raw.o.ap), orderStatus: raw.o.X, lastFilledQuantity: decimal(raw.o.l), filledAccumulatedQuantity: decimal(raw.o.z), tradeTime: raw.o.T } };
}
