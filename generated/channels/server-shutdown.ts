// Generated from spec/channels/server-shutdown.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/server-shutdown';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateServerShutdownEvent: Validator = validate;

/** Parameters of the Server Shutdown stream `!serverShutdown`. It takes none. */
export type ServerShutdownParams = Record<string, never>;

/** Server Shutdown: raw payload of `!serverShutdown`, with Binance's wire names. Sent when the server is about to shut down, which ends the connection: open a new connection as soon as possible. The doc describes no subscription for it; it is sent to every connection, as a bare event on raw (/ws) connections and wrapped with stream name '!serverShutdown' on combined ones. */
export interface ServerShutdownEvent {
  /** Event type. */
  e: "serverShutdown";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
}

/** Server Shutdown, parsed: readable names; decimals are exact strings unless `parseServerShutdown` is given a `decimal` converter. */
export interface ParsedServerShutdown {
  /** Event type. Wire field `e`. */
  eventType: "serverShutdown";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
}

/** Descriptor of `!serverShutdown`: data the runtime interprets. */
export const serverShutdownChannel: ChannelDescriptor<ServerShutdownParams, ServerShutdownEvent> = { channel: "serverShutdown", stream: "!serverShutdown", schemaId: "https://binance-rx.dev/schemas/channels/server-shutdown.json", implicit: true, params: {  }, validate: validateServerShutdownEvent };

/** Subscribes to `!serverShutdown` on every new socket and emits its payloads. Sent when the server is about to shut down, which ends the connection: open a new connection as soon as possible. The doc describes no subscription for it; it is sent to every connection, as a bare event on raw (/ws) connections and wrapped with stream name '!serverShutdown' on combined ones. */
export function subscribeServerShutdown(messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, ServerShutdownEvent> {
  return subscribeChannel(serverShutdownChannel, {}, messages, options);
}

/** Maps a raw `ServerShutdownEvent` to the readable `ParsedServerShutdown`. */
export function parseServerShutdown(raw: ServerShutdownEvent): ParsedServerShutdown {
  return { eventType: raw.e, eventTime: raw.E };
}
