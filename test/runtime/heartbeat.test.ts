import { describe, expect, it } from 'vitest';
import { publicWebsocketConnection } from '../../src/connection/public-websocket-connection';
import { watchHeartbeat } from '../../src/supervisor/heartbeat';
import { keepStatusOnly } from '../../src/operators/keep-status-only';
import { script, testScheduler } from './fixtures';
import { MockWebSocket, PingingMockWebSocket } from './mock-web-socket';

describe('watchHeartbeat', () => {
  it('looks every timeout/10: probes at half the timeout of silence, drops at the full timeout', () => {
    const ts = testScheduler();
    const log: string[] = [];
    ts.run(({ hot, flush }) => {
      const heartbeat = watchHeartbeat({
        scheduler: ts,
        timeoutMs: 100,
        probe: () => log.push(`probe@${ts.now()}`),
        dead: (silent) => log.push(`dead@${ts.now()} after ${silent}`),
        report: (error) => log.push(error.message),
      });
      // Traffic at 30 and 75; the look at 80 sees the last frame, then ten silent looks.
      script(hot, '30ms s 44ms s', { s: () => heartbeat.seen() });
      flush();
    });
    // Dropped 105 ms after the last frame: within [timeout, 1.1 × timeout].
    expect(log).toEqual(['probe@130', 'dead@180 after 100']);
  });

  it('stops looking once disposed', () => {
    const ts = testScheduler();
    const log: string[] = [];
    ts.run(({ flush }) => {
      const heartbeat = watchHeartbeat({
        scheduler: ts,
        timeoutMs: 100,
        dead: () => log.push('dead'),
        report: (error) => log.push(error.message),
      });
      heartbeat.dispose();
      flush();
    });
    expect(log).toEqual([]);
  });
});

describe('publicWebsocketConnection heartbeat', () => {
  function setup(heartbeatTimeoutMs: number | false = 1000) {
    const ts = testScheduler();
    MockWebSocket.reset(ts);
    const connection = publicWebsocketConnection({
      connectTimeoutMs: false,
      rotateAfterMs: false,
      url: 'ws://binance.test/stream',
      WebSocket: PingingMockWebSocket,
      scheduler: ts,
      heartbeatTimeoutMs,
      reconnect: { initialDelayMs: 100, jitter: 0 },
    });
    const server = () => MockWebSocket.last() as PingingMockWebSocket;
    return { ts, connection, server };
  }

  it('drops a silent (half-open) socket, reconnects, and server pings keep a quiet socket alive', () => {
    const { ts, connection, server } = setup();
    ts.run(({ hot, expectObservable }) => {
      script(hot, 'co 999ms p 999ms p 999ms p', {
        c: () => connection.connect(),
        o: () => server().open(),
        p: () => server().serverPing(),
      });
      const reason = 'closed (1006: nothing received for 1000 ms (dead socket))';
      expectObservable(connection.pipe(keepStatusOnly()), '^ 5000ms !').toBe('ab 3999ms c 99ms d', {
        a: { type: 'status', status: 'connecting', attempt: 0 },
        b: { type: 'status', status: 'open' },
        c: { type: 'status', status: 'reconnecting', attempt: 1, delayMs: 100, reason },
        d: { type: 'status', status: 'connecting', attempt: 1 },
      });
    });
    const [first] = MockWebSocket.instances as PingingMockWebSocket[];
    expect(first!.terminated).toBe(true);
    // A ping after each silent look (501, 1501, 2501, 3501 ms), dead at the second in a row.
    expect(first!.pingsSent).toBe(4);
    expect(MockWebSocket.instances).toHaveLength(2);
  });

  it('can be turned off', () => {
    const { ts, connection, server } = setup(false);
    ts.run(({ hot, flush }) => {
      script(hot, 'co', { c: () => connection.connect(), o: () => server().open() });
      flush();
    });
    expect(server().terminated).toBe(false);
  });
});
