// Generated from spec/usdm/channels/continuous-kline.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, decimalOf, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator, type ParseOptions } from '../../../src/generated-runtime';
import { pairStreamParam, contractTypeStreamParam, intervalStreamParam, type ContractTypeParam, type IntervalParam } from '../params';
import { validate } from '../validators/continuous-kline';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateContinuousKlineEvent: Validator = validate;

/** Parameters of the Continuous Contract Kline/Candlestick Streams stream `<pair>_<contractType>@continuousKline_<interval>`. */
export interface ContinuousKlineParams {
  /** Underlying pair of a continuous contract, such as BTCUSDT. Written lowercase into the stream name. */
  pair: string;
  /** Contract type of a continuous kline, as REST writes it (PERPETUAL, CURRENT_QUARTER, NEXT_QUARTER). Written lowercase into the stream name. */
  contractType: ContractTypeParam;
  /** Kline interval (futures have no 1s klines). */
  interval: IntervalParam;
}

/** Continuous Contract Kline/Candlestick Streams: raw payload of `<pair>_<contractType>@continuousKline_<interval>`, with Binance's wire names. Updates to the current kline of a continuous contract: a pair and a contract type (the perpetual, or this or next quarter's delivery contract, whichever symbol that currently is). Update speed: 250ms. */
export interface ContinuousKlineEvent {
  /** Event type. */
  e: "continuous_kline";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Pair. */
  ps: string;
  /** Contract type (PERPETUAL, CURRENT_QUARTER, NEXT_QUARTER). */
  ct: string;
  /** The kline. */
  k: {
    /** Kline start time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    t: number;
    /** Kline close time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    T: number;
    /** Kline interval. */
    i: string;
    /** First trade ID. */
    f: number;
    /** Last trade ID. */
    L: number;
    /** Open price. Exact decimal. */
    o: string;
    /** Close price. Exact decimal. */
    c: string;
    /** High price. Exact decimal. */
    h: string;
    /** Low price. Exact decimal. */
    l: string;
    /** Volume in contracts (base asset). Exact decimal. */
    v: string;
    /** Number of trades. */
    n: number;
    /** Whether this kline is closed. */
    x: boolean;
    /** Quote asset volume. Exact decimal. */
    q: string;
    /** Taker buy base asset volume. Exact decimal. */
    V: string;
    /** Taker buy quote asset volume. Exact decimal. */
    Q: string;
    /** Ignore (documented as unused). */
    B: string;
  };
}

/** Continuous Contract Kline/Candlestick Streams, parsed: readable names; decimals are exact strings unless `parseContinuousKline` is given a `decimal` converter. */
export interface ParsedContinuousKline<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "continuous_kline";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Pair. Wire field `ps`. */
  pair: string;
  /** Contract type (PERPETUAL, CURRENT_QUARTER, NEXT_QUARTER). Wire field `ct`. */
  contractType: string;
  /** The kline. Wire field `k`. */
  kline: {
    /** Kline start time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `t`. */
    startTime: number;
    /** Kline close time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
    closeTime: number;
    /** Kline interval. Wire field `i`. */
    interval: string;
    /** First trade ID. Wire field `f`. */
    firstTradeId: number;
    /** Last trade ID. Wire field `L`. */
    lastTradeId: number;
    /** Open price. Exact decimal. Wire field `o`. */
    openPrice: D;
    /** Close price. Exact decimal. Wire field `c`. */
    closePrice: D;
    /** High price. Exact decimal. Wire field `h`. */
    highPrice: D;
    /** Low price. Exact decimal. Wire field `l`. */
    lowPrice: D;
    /** Volume in contracts (base asset). Exact decimal. Wire field `v`. */
    baseVolume: D;
    /** Number of trades. Wire field `n`. */
    tradeCount: number;
    /** Whether this kline is closed. Wire field `x`. */
    isClosed: boolean;
    /** Quote asset volume. Exact decimal. Wire field `q`. */
    quoteVolume: D;
    /** Taker buy base asset volume. Exact decimal. Wire field `V`. */
    takerBuyBaseVolume: D;
    /** Taker buy quote asset volume. Exact decimal. Wire field `Q`. */
    takerBuyQuoteVolume: D;
    /** Ignore (documented as unused). Wire field `B`. */
    ignore: string;
  };
}

/** Descriptor of `<pair>_<contractType>@continuousKline_<interval>`: data the runtime interprets. */
export const continuousKlineChannel: ChannelDescriptor<ContinuousKlineParams, ContinuousKlineEvent> = { channel: "continuousKline", stream: "<pair>_<contractType>@continuousKline_<interval>", schemaId: "https://binance-rx.dev/schemas/usdm/channels/continuous-kline.json", route: "market", params: { pair: pairStreamParam, contractType: contractTypeStreamParam, interval: intervalStreamParam }, validate: validateContinuousKlineEvent };

/** Subscribes to `<pair>_<contractType>@continuousKline_<interval>` on every new socket and emits its payloads. Updates to the current kline of a continuous contract: a pair and a contract type (the perpetual, or this or next quarter's delivery contract, whichever symbol that currently is). */
export function subscribeContinuousKline(params: ContinuousKlineParams, messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, ContinuousKlineEvent> {
  return subscribeChannel(continuousKlineChannel, params, messages, options);
}

/** Maps a raw `ContinuousKlineEvent` to the readable `ParsedContinuousKline`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseContinuousKline<D = string>(raw: ContinuousKlineEvent, options?: ParseOptions<D>): ParsedContinuousKline<D> {
  const decimal = decimalOf(options);
  return { eventType: raw.e, eventTime: raw.E, pair: raw.ps, contractType: raw.ct, kline: { startTime: raw.k.t, closeTime: raw.k.T, interval: raw.k.i, firstTradeId: raw.k.f, lastTradeId: raw.k.L, openPrice: decimal(raw.k.o), closePrice: decimal(raw.k.c), highPrice: decimal(raw.k.h), lowPrice: decimal(raw.k.l), baseVolume: decimal(raw.k.v), tradeCount: raw.k.n, isClosed: raw.k.x, quoteVolume: decimal(raw.k.q), takerBuyBaseVolume: decimal(raw.k.V), takerBuyQuoteVolume: decimal(raw.k.Q), ignore: raw.k.B } };
}
