/**
 * SBE market data streams (`stream-sbe.binance.com`) on the market-stream connection machinery:
 * the same connectable Observable of `ConnectionEvent`, reconnection, SUBSCRIBE batching and
 * resubscription, with a socket that carries the API key and decodes binary frames. Each decoded
 * event is emitted as a `message` event `{stream, data}` (`btcusdt@trade`, …) so that
 * `subscribeSbe<Stream>` and `keepMessagesOnly()` work as on JSON streams; a frame that does not
 * decode is an `SbeDecodeError` error event and nothing else.
 */
import type { Connectable } from 'rxjs';
import { decodeSbeEvent } from '../../generated/sbe/stream';
import type { ConnectionEvent } from '../connection/events';
import type { ConnectionOptions } from '../connection/options';
import { connectionWithPaths } from '../connection/public-websocket-connection';
import { SbeDecodeError } from '../errors';
import { sbeWebSocket } from './sbe-socket';
import { SbeStreamNames } from './stream-of';
import type { SbeDecodeOptions } from './types';

/** Binance's SBE market data endpoint for combined streams (SUBSCRIBE live). */
export const BINANCE_SBE_STREAM_URL = 'wss://stream-sbe.binance.com:9443/stream';

export interface SbeConnectionOptions<D = string>
  extends Omit<ConnectionOptions, 'WebSocket' | 'url'>, SbeDecodeOptions<D> {
  /** An Ed25519 API key (no permission needed); sent in `X-MBX-APIKEY` on every handshake. */
  readonly apiKey: string;
  /** Default `BINANCE_SBE_STREAM_URL`; the local exchange's is `exchange.urls.sbeCombined`. */
  readonly url?: string;
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
 * connection.pipe(filterNewSocketOnly(), subscribeSbeTrade('BTCUSDT', messages)).subscribe(console.log);
 * connection.connect();
 */
export function sbeWebsocketConnection<D = string>(
  options: SbeConnectionOptions<D>,
): SbeWebsocketConnection {
  const { apiKey, decimal, url, ...rest } = options;
  const names = new SbeStreamNames();
  const decodeOptions = decimal === undefined ? undefined : { decimal };
  // Decoded frames go down the connection's own message path, beside its text frames: the
  // operators find the paths on the connection (one delivery per frame, whatever the number of
  // subscriptions), and its completion ends every subscriber as on JSON streams.
  const { connection, paths } = connectionWithPaths({
    ...rest,
    url: url ?? BINANCE_SBE_STREAM_URL,
    WebSocket: sbeWebSocket(apiKey, onFrame),
  });
  function onFrame(frame: DataView): void {
    let event;
    try {
      event = decodeSbeEvent(frame, decodeOptions);
    } catch (error) {
      const typed =
        error instanceof SbeDecodeError
          ? error
          : new SbeDecodeError('invalid-value', String(error));
      paths.emit({ type: 'error', error: typed });
      return;
    }
    paths.message({ stream: names.of(event), data: event });
  }
  return connection;
}
