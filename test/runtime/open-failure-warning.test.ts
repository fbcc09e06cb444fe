/**
 * A connection that cannot open warns once, then at most once a minute on the scheduler's clock;
 * a socket that opens ends the streak. Drops of open sockets are not "cannot open".
 */
import type { SchedulerLike } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { publicWebsocketConnection } from '../../src/connection/public-websocket-connection';
import type { LogFields, Logger } from '../../src/logging/logger';
import { openFailureLogger, openFailureWarning } from '../../src/socket/open-failure-warning';
import { silentLogger } from '../../src/logging/logger';
import { testScheduler } from './fixtures';
import { MockWebSocket } from './mock-web-socket';

function recorder(): { logger: Logger; warnings: [string, LogFields | undefined][] } {
  const warnings: [string, LogFields | undefined][] = [];
  return { logger: { ...silentLogger, warn: (m, f) => warnings.push([m, f]) }, warnings };
}

const URL_ = 'wss://stream.example:9443/stream';

describe('openFailureWarning', () => {
  it('warns on the first failure with host, cause and next retry, then once a minute', () => {
    {
      const { logger, warnings } = recorder();
      let now = 0;
      const scheduler = { now: () => now } as unknown as SchedulerLike;
      const warning = openFailureWarning(logger, scheduler);
      warning.closed(URL_, 'ECONNREFUSED', 1000);
      expect(warnings).toEqual([
        [
          'cannot connect to stream.example:9443: ECONNREFUSED; retrying in 1000 ms',
          { host: 'stream.example:9443', cause: 'ECONNREFUSED', nextRetryMs: 1000, failures: 1 },
        ],
      ]);
      for (const t of [1_000, 3_000, 59_999]) {
        now = t;
        warning.closed(URL_, 'ECONNREFUSED', 2000);
      }
      expect(warnings).toHaveLength(1);
      now = 60_000;
      warning.closed(URL_, 'ECONNREFUSED', 30_000);
      expect(warnings).toHaveLength(2);
      expect(warnings[1]![1]).toMatchObject({ failures: 4, nextRetryMs: 30_000 });
    }
  });

  it('a socket that opened ends the streak; the drop of an open socket does not warn', () => {
    const { logger, warnings } = recorder();
    const scheduler = { now: () => 0 } as unknown as SchedulerLike;
    const warning = openFailureWarning(logger, scheduler);
    warning.closed(URL_, 'refused', 1000);
    warning.opened();
    warning.closed(URL_, 'dropped', 1000);
    expect(warnings).toHaveLength(1);
    warning.closed(URL_, 'refused again', undefined);
    expect(warnings.map(([m]) => m)).toEqual([
      'cannot connect to stream.example:9443: refused; retrying in 1000 ms',
      'cannot connect to stream.example:9443: refused again; giving up',
    ]);
  });

  it('goes to the console without a logger option, to the given logger otherwise', () => {
    const { logger } = recorder();
    expect(openFailureLogger(logger, logger)).toBe(logger);
    expect(openFailureLogger(undefined, silentLogger)).not.toBe(silentLogger);
  });

  it('names the close code when a socket that never opened closes without reason or error text', () => {
    const scheduler = testScheduler();
    MockWebSocket.reset(scheduler);
    const { logger, warnings } = recorder();
    const connection = publicWebsocketConnection({
      url: 'ws://binance.test:9443/stream',
      WebSocket: MockWebSocket,
      scheduler,
      logger,
      connectTimeoutMs: false,
      heartbeatTimeoutMs: false,
      reconnect: { initialDelayMs: 1000, jitter: 0 },
    });
    const connected = connection.connect();
    MockWebSocket.last().onerror?.({});
    MockWebSocket.last().serverClose(1006, '');
    connected.unsubscribe();
    expect(warnings.map(([m]) => m).filter((m) => m.startsWith('cannot connect'))).toEqual([
      'cannot connect to binance.test:9443: closed with code 1006; retrying in 1000 ms',
    ]);
  });
});
