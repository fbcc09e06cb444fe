/**
 * The stream registry subscribers see on an SBE connection: it takes the names they subscribe
 * (`sbe:<symbol>@<stream>` from `subscribeSbe…`, JSON stream names from `subscribe<Channel>`),
 * holds the SBE stream serving each on the connection's registry (so SUBSCRIBE carries SBE names,
 * and `@depth` and `@depth@100ms` share one `@depth`), and records who reads it in the views.
 * A stream SBE does not carry errors its subscription at once, and nothing is sent.
 */
import type { StreamErrorListener, StreamLease, StreamRegistry } from '../channels/stream-registry';
import { BinanceRxError, InvalidOptionError } from '../errors';
import { sbeRouteOf, type SbeRoute } from './json-streams';
import type { SbeStreamViews } from './stream-views';

const releasedLease: StreamLease = { release: () => {} };

export interface SbeStreamRegistryOptions {
  /** The views the connection routes frames by. */
  readonly views: SbeStreamViews;
  /** Whether decimals are converted (`decimal`): JSON payloads need exact strings then refused. */
  readonly convertsDecimals: boolean;
}

export function sbeStreamRegistry(
  inner: StreamRegistry,
  options: SbeStreamRegistryOptions,
): StreamRegistry {
  const route = (stream: string): SbeRoute => {
    const found = sbeRouteOf(stream);
    if (found.view === 'json' && options.convertsDecimals) {
      throw new InvalidOptionError(
        'sbeWebsocketConnection',
        'decimal',
        `converts decimals, and ${stream} (a JSON stream's payloads) has them as exact strings: ` +
          'leave decimal out and pass it to parse<Channel> instead',
      );
    }
    return found;
  };
  return {
    acquire(stream: string, onError: StreamErrorListener): StreamLease {
      let found: SbeRoute;
      try {
        found = route(stream);
      } catch (error) {
        if (!(error instanceof BinanceRxError)) throw error;
        onError(error);
        return releasedLease;
      }
      const lease = inner.acquire(found.wire, onError);
      const leave = options.views.hold(found.wire, stream, found.levels);
      let released = false;
      return {
        release: () => {
          if (released) return;
          released = true;
          leave();
          lease.release();
        },
      };
    },
    /** Whether the SBE stream serving `stream` is expected; `false` for one SBE does not carry. */
    expects(stream: string): boolean {
      try {
        return inner.expects(sbeRouteOf(stream).wire);
      } catch {
        return false;
      }
    },
    /** The SBE streams held (what SUBSCRIBE carries), not the names subscribers gave. */
    wanted(): readonly string[] {
      return inner.wanted();
    },
  };
}
