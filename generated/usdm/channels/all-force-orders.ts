// Generated from spec/usdm/channels/all-force-orders.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, decimalOf, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../../src/generated-runtime';
import { validate } from '../validators/all-force-orders';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateAllForceOrdersEvent: Validator = validate;

/** Parameters of the All Market Liquidation Order Streams stream `!forceOrder@arr`. It takes none. */
export type AllForceOrdersParams = Record<string, never>;

/** All Market Liquidation Order Streams: raw payload of `!forceOrder@arr`, with Binance's wire names. The latest liquidation order of each contract in each 1000 ms, every contract on one stream (each event is one contract's forceOrder payload, despite the @arr name). Update speed: 1000ms. */
export interface AllForceOrdersEvent {
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

/** All Market Liquidation Order Streams, parsed: readable names; decimals are exact strings unless `parseAllForceOrders` is given a `decimal` converter. */
export interface ParsedAllForceOrders<D = string> {
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

/** Descriptor of `!forceOrder@arr`: data the runtime interprets. */
export const allForceOrdersChannel: ChannelDescriptor<AllForceOrdersParams, AllForceOrdersEvent> = { channel: "allForceOrders", stream: "!forceOrder@arr", schemaId: "https://binance-rx.dev/schemas/usdm/channels/all-force-orders.json", route: "market", params: {  }, validate: validateAllForceOrdersEvent };

/** Subscribes to `!forceOrder@arr` on every new socket and emits its payloads. The latest liquidation order of each contract in each 1000 ms, every contract on one stream (each event is one contract's forceOrder payload, despite the @arr name). */
export function subscribeAllForceOrders(messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, AllForceOrdersEvent> {
  return subscribeChannel(allForceOrdersChannel, {}, messages, options);
}

/** Maps a raw `AllForceOrdersEvent` to the readable `ParsedAllForceOrders`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseAllForceOrders<D = string>(raw: AllForceOrdersEvent, options?: ParseOptions<D>): ParsedAllForceOrders<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, eventTime: raw.E, order: { symbol: raw.o.s, side: raw.o.S, orderType: raw.o.o, timeInForce: raw.o.f, originalQuantity: decimal(raw.o.q), price: decimal(raw.o.p), averagePrice: decimal(raw.o.ap), orderStatus: raw.o.X, lastFilledQuantity: decimal(raw.o.l), filledAccumulatedQuantity: decimal(raw.o.z), tradeTime: raw.o.T } };
}
