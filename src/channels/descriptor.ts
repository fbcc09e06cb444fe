/**
 * The contract between generated/ and the runtime: a channel is data.
 * The generator emits one `ChannelDescriptor` per spec/channels/*.yaml; the runtime
 * (subscribe-channel.ts) interprets it. Nothing channel-specific lives in src/.
 */

import type { StreamRoute } from '../product/descriptor';

/** A stream-name template parameter, straight from spec/params.yaml. */
export interface StreamParam {
  readonly type: 'string' | 'integer';
  /** Regular expression source the value must match. */
  readonly pattern?: string;
  /** Values allowed. */
  readonly enum?: readonly (string | number)[];
  /** `lower`: lowercased in the stream name (symbols). */
  readonly case?: 'lower' | 'asis';
  readonly optional?: boolean;
  readonly default?: string | number;
  /** Text written into the stream name for a value, when it is not the value itself. */
  readonly render?: Readonly<Record<string, string>>;
}

/** A compiled validator: ajv's standalone output, or any function of the same shape. */
export interface Validator {
  (data: unknown): boolean;
  errors?: readonly ValidatorError[] | null;
}

/** The part of an ajv `ErrorObject` the runtime reports. */
export interface ValidatorError {
  readonly instancePath: string;
  readonly schemaPath: string;
  readonly keyword: string;
  readonly message?: string;
  readonly params?: Record<string, unknown>;
}

/**
 * How a local order book lines a diff stream up with a REST snapshot (the channel's `bookSync`
 * in the spec): after the snapshot, events with `u` < `lastUpdateId + firstUpdateOffset` are
 * dropped and the first applied one must have `U` ≤ `lastUpdateId + firstUpdateOffset` ≤ `u`
 * (Spot 1, USDⓈ-M futures 0); each later event follows the previous one by `link`: `U` (its `U` is
 * the previous `u` + 1, overlaps dropped) or `pu` (its `pu` is the previous `u`).
 */
export interface BookSyncRule {
  readonly firstUpdateOffset: 0 | 1;
  readonly link: 'U' | 'pu';
}

/**
 * One market-stream channel.
 * `Params` is the typed parameter object, `Event` the raw payload (wire names).
 */
export interface ChannelDescriptor<Params extends object, Event> {
  /** camelCase channel name from the spec, e.g. `ticker`. */
  readonly channel: string;
  /** Stream-name template, e.g. `<symbol>@kline_<interval><timezone>`. */
  readonly stream: string;
  /** Parameters used by the template, in spec order; the first one is the shorthand. */
  readonly params: Readonly<Record<keyof Params & string, StreamParam>>;
  /** Delivered on every connection without SUBSCRIBE (serverShutdown): only listen. */
  readonly implicit?: boolean;
  /**
   * The URL route serving the stream where the exchange splits streams by path (USDⓈ-M futures:
   * `public` for book streams, `market` for the rest); unset where one endpoint serves all.
   */
  readonly route?: StreamRoute;
  /** Diff streams a local order book can follow: how (`localOrderBook`'s `sync`). */
  readonly bookSync?: BookSyncRule;
  /** `$id` of the payload's JSON Schema. */
  readonly schemaId: string;
  /** Validator of the payload, compiled ahead of time. */
  readonly validate: Validator;
  /** Phantom marker carrying the event type; never set at runtime. */
  readonly __event?: Event;
}
