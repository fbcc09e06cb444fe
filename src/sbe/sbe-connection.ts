/**
 * SBE market data streams (`stream-sbe.binance.com`) on the market-stream connection machinery:
 * the same connectable Observable of `ConnectionEvent`, reconnection, SUBSCRIBE batching and
 * resubscription, with a socket that carries the API key and decodes binary frames.
 *
 * Two kinds of subscription read it, side by side. `subscribeSbe<Stream>` get the decoded SBE
 * events (`message` events `{stream: 'sbe:btcusdt@trade', data}`). The JSON `subscribe<Channel>`
 * of a stream SBE also carries (trade, bookTicker, diff depth, partial depth) get that JSON
 * stream's payloads made from the SBE events (`{stream: 'btcusdt@trade', data}`, one per trade),
 * so code written for `publicWebsocketConnection` runs unchanged on this one
 * (`json-streams.ts` says which SBE stream serves which). A frame that does not decode is an
 * `SbeDecodeError` error event and nothing else.
 */
import { asyncScheduler, type Connectable } from 'rxjs';
import { decodeSbeEvent, type SbeEvent } from '../../generated/sbe/stream';
import type { ConnectionEvent } from '../connection/events';
import type { ConnectionOptions } from '../connection/options';
import { connectionWithPaths } from '../connection/public-websocket-connection';
import type { EventPaths } from '../connection/event-paths';
import { HANDOVER_GRACE_MS } from '../connection/shard';
import { SbeDecodeError } from '../errors';
import { HandoverCopies } from './handover-copies';
import { sbeWebSocket } from './sbe-socket';
import { sbeStreamRegistry } from './sbe-stream-registry';
import { SbeStreamViews, type SbeStreamView } from './stream-views';
import type { PartialDepthEvent } from '../../generated/channels/partial-depth';
import { forEachJsonOf, jsonTimeOf, topLevels, type JsonTime } from './to-json';
import type { SbeDecodeOptions } from './types';

/** Binance's SBE market data endpoint for combined streams (SUBSCRIBE live). */
export const BINANCE_SBE_STREAM_URL = 'wss://stream-sbe.binance.com:9443/stream';

export interface SbeConnectionOptions<D = string>
  extends Omit<ConnectionOptions, 'WebSocket' | 'url'>, SbeDecodeOptions<D> {
  /** An Ed25519 API key (no permission needed); sent in `X-MBX-APIKEY` on every handshake. */
  readonly apiKey: string;
  /** Default `BINANCE_SBE_STREAM_URL`; the local exchange's is `exchange.urls.sbeCombined`. */
  readonly url?: string;
  /**
   * Validate the JSON payloads of `subscribe<Channel>` against their JSON Schema; default `false`
   * here, unlike JSON connections: they are built from frames the decoder has checked (bounds,
   * integers, booleans, UTF-8), so the schema adds only its patterns (decimal strings, symbols).
   */
  readonly validate?: boolean;
  /**
   * Times in the JSON payloads of `subscribe<Channel>`: milliseconds (default, SBE's microseconds
   * floored) or `MICROSECOND` (as SBE sends them). `subscribeSbe…` events are always in µs.
   */
  readonly timeUnit?: NonNullable<ConnectionOptions['timeUnit']>;
}

/** A connection to SBE market data: the same events as `publicWebsocketConnection`. */
export type SbeWebsocketConnection = Connectable<ConnectionEvent>;

/**
 * Creates a connection to Binance's SBE market data streams. Node only: the handshake needs the
 * `X-MBX-APIKEY` header, which browsers cannot send. Nothing opens before `connect()`.
 *
 * @example
 * const connection = sbeWebsocketConnection({ apiKey: process.env.ED25519_API_KEY! });
 * const messages = connection.pipe(keepMessagesOnly());
 * connection.pipe(filterNewSocketOnly(), subscribeTrade('BTCUSDT', messages)).subscribe(console.log);
 * connection.pipe(filterNewSocketOnly(), subscribeSbeTrade('BTCUSDT', messages)).subscribe(console.log);
 * connection.connect();
 */
export function sbeWebsocketConnection<D = string>(
  options: SbeConnectionOptions<D>,
): SbeWebsocketConnection {
  const { apiKey, decimal, url, timeUnit, ...rest } = options;
  const views = new SbeStreamViews();
  const decodeOptions = decimal === undefined ? undefined : { decimal };
  const time = jsonTimeOf(timeUnit);
  const copies = new HandoverCopies(rest.scheduler ?? asyncScheduler, HANDOVER_GRACE_MS);
  // Decoded frames go down the connection's own message path, beside its text frames: the
  // operators find the paths on the connection (one delivery per frame, whatever the number of
  // subscriptions), and its completion ends every subscriber as on JSON streams.
  const { connection, paths } = connectionWithPaths(
    {
      ...rest,
      validate: rest.validate ?? false,
      url: url ?? BINANCE_SBE_STREAM_URL,
      WebSocket: sbeWebSocket(apiKey, onFrame),
    },
    {
      streams: (registry) =>
        sbeStreamRegistry(registry, { views, convertsDecimals: decimal !== undefined }),
      handover: (shard, phase) => copies.phase(shard, phase),
    },
  );
  function onFrame(frame: DataView): void {
    if (copies.isCopy(frame)) return;
    let event: SbeEvent;
    try {
      event = decodeSbeEvent(frame, decodeOptions) as SbeEvent;
    } catch (error) {
      const typed =
        error instanceof SbeDecodeError
          ? error
          : new SbeDecodeError('invalid-value', String(error));
      paths.emit({ type: 'error', error: typed });
      return;
    }
    deliver(paths, views.of(event), event, time);
  }
  return connection;
}

/**
 * The decoded event to `subscribeSbe…` readers, and its JSON payloads to the JSON readers of its
 * stream. A stream no one reads (frames still in flight after an UNSUBSCRIBE) goes out decoded.
 */
function deliver(paths: EventPaths, view: SbeStreamView, event: SbeEvent, time: JsonTime): void {
  const { json, jsonLevels } = view;
  if (view.rawHolds > 0 || json.length === 0) paths.message({ stream: view.raw, data: event });
  if (json.length === 0) return;
  forEachJsonOf(event, time, (data) => {
    for (let i = 0; i < json.length; i += 1) {
      const levels = jsonLevels[i];
      const payload = levels === undefined ? data : topLevels(data as PartialDepthEvent, levels);
      paths.message({ stream: json[i], data: payload });
    }
  });
}
