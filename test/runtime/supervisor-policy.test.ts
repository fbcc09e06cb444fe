/**
 * The socket supervisor's policy, one table run against both transports that use it (market
 * streams and the WebSocket API) and, for the heartbeat, both kinds of WebSocket: one that shows
 * ping frames (`ws`) and one that does not (browsers, Bun, Deno, Node's global WebSocket).
 * Virtual time (TestScheduler); mock sockets play the server.
 */
import { filter, type Observable, type Subscription } from 'rxjs';
import { describe, expect, it } from 'vitest';
import type { ConnectionStatusEvent } from '../../src/connection/events';
import { publicWebsocketConnection } from '../../src/connection/public-websocket-connection';
import { keepStatusOnly } from '../../src/operators/keep-status-only';
import type { WebSocketConstructor } from '../../src/socket/web-socket-like';
import { wsApiSession } from '../../src/ws-api/session';
import { testScheduler } from './fixtures';
import { MockWebSocket, PingingMockWebSocket } from './mock-web-socket';

interface PolicyOptions {
  readonly scheduler: ReturnType<typeof testScheduler>;
  readonly WebSocket: WebSocketConstructor;
  readonly reconnect?: object;
  readonly heartbeatTimeoutMs?: number | false;
  readonly rotateAfterMs?: number | false;
  readonly connectionRate?: object;
}

interface Transport {
  readonly name: string;
  /** The protocol-level probe a silent socket gets where ping frames are invisible. */
  readonly probe: string;
  start(options: PolicyOptions): {
    statuses: Observable<ConnectionStatusEvent>;
    connect(): Subscription;
  };
}

const common = {
  connectTimeoutMs: false as const,
  rotateAfterMs: false as const,
  heartbeatTimeoutMs: false as const,
};
const transports: Transport[] = [
  {
    name: 'market streams',
    probe: 'LIST_SUBSCRIPTIONS',
    start: (options) => {
      const connection = publicWebsocketConnection({
        url: 'ws://binance.test/stream',
        ...common,
        ...options,
      });
      return { statuses: connection.pipe(keepStatusOnly()), connect: () => connection.connect() };
    },
  },
  {
    name: 'WebSocket API',
    probe: 'ping',
    start: (options) => {
      const session = wsApiSession({ url: 'ws://binance.test/ws-api/v3', ...common, ...options });
      const statuses = session.pipe(
        filter((event): event is ConnectionStatusEvent => event.type === 'status'),
      );
      return { statuses, connect: () => session.connect() };
    },
  },
];

type Row = readonly [number, string, number?, number?];
type Action = readonly [number, (server: () => MockWebSocket) => void];

interface Case {
  readonly name: string;
  readonly options: Omit<PolicyOptions, 'scheduler' | 'WebSocket'>;
  readonly WebSocket?: WebSocketConstructor;
  readonly actions: readonly Action[];
  /** `[frame, status, attempt, delayMs]` of every status event. */
  readonly want: readonly Row[];
}

const open: Action[1] = (server) => server().open();
const drop: Action[1] = (server) => server().serverClose(1006, 'dropped');
/** A frame both protocols read as a reply to nothing: traffic, and nothing else. */
const frame: Action[1] = (server) => server().receive({ id: 999, status: 200, result: null });
const answerLast: Action[1] = (server) => {
  const last = server().sentJson().at(-1) as { id: number };
  server().receive({ id: last.id, status: 200, result: [] });
};
const backoff = { initialDelayMs: 10, multiplier: 2, jitter: 0 };

const cases: Case[] = [
  {
    name: 'backoff grows per failed attempt; maxAttempts failures in a row give up with closed',
    options: { reconnect: { ...backoff, maxAttempts: 2 } },
    actions: [
      [1, drop],
      [12, drop],
      [33, drop],
    ],
    want: [
      [0, 'connecting', 0],
      [1, 'reconnecting', 1, 10],
      [11, 'connecting', 1],
      [12, 'reconnecting', 2, 20],
      [32, 'connecting', 2],
      [33, 'closed'],
    ],
  },
  {
    name: 'the attempt count resets only after a socket stayed open resetAfterMs',
    options: { reconnect: { ...backoff, resetAfterMs: 100 } },
    actions: [
      [1, open],
      [50, drop],
      [61, open],
      [100, drop], // open 39 ms: the count goes on
      [121, open],
      [300, drop], // open 179 ms: the count starts again
    ],
    want: [
      [0, 'connecting', 0],
      [1, 'open'],
      [50, 'reconnecting', 1, 10],
      [60, 'connecting', 1],
      [61, 'open'],
      [100, 'reconnecting', 2, 20],
      [120, 'connecting', 2],
      [121, 'open'],
      [300, 'reconnecting', 1, 10],
      [310, 'connecting', 1],
    ],
  },
  {
    name: 'an attempt beyond the connection-attempt budget waits for it',
    options: { reconnect: backoff, connectionRate: { maxAttempts: 2, windowMs: 1000 } },
    actions: [
      [1, drop],
      [12, drop],
    ],
    want: [
      [0, 'connecting', 0],
      [1, 'reconnecting', 1, 10],
      [11, 'connecting', 1],
      [12, 'reconnecting', 2, 20],
      [32, 'reconnecting', 2, 968],
      [1000, 'connecting', 2],
    ],
  },
  {
    name: 'rotation: a successor opens after rotateAfterMs, with no reconnecting in between',
    options: { reconnect: backoff, rotateAfterMs: 100 },
    actions: [
      [1, open],
      [102, open],
    ],
    want: [
      [0, 'connecting', 0],
      [1, 'open'],
      [101, 'connecting', 0],
      [102, 'open'],
    ],
  },
  ...[MockWebSocket, PingingMockWebSocket].flatMap((WebSocket): Case[] => [
    {
      name: `${WebSocket.name}: a silent socket is dropped 1–1.1 × heartbeatTimeoutMs after its last frame`,
      WebSocket,
      options: { reconnect: backoff, heartbeatTimeoutMs: 100 },
      // Looks every 10 ms from the open: 31 sees the frame, 41…131 are silent, 81 probes.
      actions: [
        [1, open],
        [30, frame],
      ],
      want: [
        [0, 'connecting', 0],
        [1, 'open'],
        [131, 'reconnecting', 1, 10],
        [141, 'connecting', 1],
      ],
    },
  ]),
  {
    name: 'MockWebSocket: the answer to a protocol probe is traffic',
    options: { reconnect: backoff, heartbeatTimeoutMs: 100 },
    // Probed at 51 (five silent looks), answered at 52 (seen at 61); probed again at 111, never
    // answered: dropped at 161, 109 ms after the answer.
    actions: [
      [1, open],
      [52, answerLast],
    ],
    want: [
      [0, 'connecting', 0],
      [1, 'open'],
      [161, 'reconnecting', 1, 10],
      [171, 'connecting', 1],
    ],
  },
];

describe.each(transports)('socket supervisor policy: $name', (transport) => {
  it.each(cases)('$name', (test) => {
    const ts = testScheduler();
    MockWebSocket.reset(ts);
    const got: Row[] = [];
    ts.run(({ flush }) => {
      const { statuses, connect } = transport.start({
        scheduler: ts,
        WebSocket: test.WebSocket ?? MockWebSocket,
        ...test.options,
      });
      statuses.subscribe((e) =>
        got.push(
          [ts.now(), e.status, e.attempt, e.delayMs].filter(
            (v) => v !== undefined,
          ) as unknown as Row,
        ),
      );
      const running = connect();
      for (const [at, action] of test.actions)
        ts.schedule(() => action(() => MockWebSocket.last()), at);
      const horizon = Math.max(...test.want.map(([at]) => at)) + 1;
      ts.schedule(() => running.unsubscribe(), horizon);
      flush();
    });
    // The client's own `closed` when the test ends is not part of the table.
    const horizon = Math.max(...test.want.map(([at]) => at)) + 1;
    expect(got.filter(([at]) => at < horizon)).toEqual(test.want);
  });

  it('probes a silent socket: a ping frame where the WebSocket shows them, else the protocol probe', () => {
    for (const WebSocket of [MockWebSocket, PingingMockWebSocket]) {
      const ts = testScheduler();
      MockWebSocket.reset(ts);
      ts.run(({ flush }) => {
        const { connect } = transport.start({
          scheduler: ts,
          WebSocket,
          reconnect: backoff,
          heartbeatTimeoutMs: 100,
        });
        const running = connect();
        ts.schedule(() => MockWebSocket.last().open(), 1);
        ts.schedule(() => running.unsubscribe(), 100);
        flush();
      });
      const socket = MockWebSocket.instances[0] as PingingMockWebSocket;
      const probes = socket.sentAt.filter(
        ([, f]) => (f as { method?: string }).method === transport.probe,
      );
      if (WebSocket === PingingMockWebSocket) {
        expect(socket.pingsSent).toBe(1);
        expect(probes).toEqual([]);
      } else {
        expect(probes.map(([at]) => at)).toEqual([51]);
      }
    }
  });
});
