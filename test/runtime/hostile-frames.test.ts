/**
 * Property: hostile frames (generated with fast-check: not JSON, binary, Blobs, empty, deeply
 * nested in any field, wrongly typed, replies and answers to unknown or duplicate ids, messages for
 * streams nobody subscribed to) interleaved with a healthy stream and with answers to pending
 * requests. No exception escapes the socket's handlers (nor reaches rxjs's unhandled-error hook),
 * every healthy trade reaches its subscriber in order, every pending request gets its answer, and
 * everything reported is a typed `BinanceRxError`.
 */
import fc from 'fast-check';
import { config, VirtualTimeScheduler } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getServerTimeFactory } from '../../generated/operations/get-server-time';
import type { ConnectionEvent } from '../../src/connection/events';
import { BinanceRxError } from '../../src/errors';
import { MAX_FRAME_SIZE } from '../../src/socket/read-frame';
import { combined, trade } from './fixtures';
import { MockWebSocket } from './mock-web-socket';
import { tradeConnection } from './trade-connection';
import { harness } from './ws-api/harness';

const RUNS = { seed: 1414, numRuns: 40, endOnFailure: true } as const;

const deepText = (depth: number, open: string, close: string, leaf = '') =>
  open.repeat(depth) + leaf + close.repeat(depth);

/** A JSON text nested `depth` levels, as arrays or objects. */
const deepJson = fc
  .tuple(fc.integer({ min: 1, max: 20_000 }), fc.boolean())
  .map(([depth, arrays]) =>
    arrays ? deepText(depth, '[', ']') : deepText(depth, '{"a":', '}', '1'),
  );

/** Frames any socket may get: nothing here is a valid message of anything subscribed. */
const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 64 }),
  fc.constant(''),
  deepJson,
  fc.uint8Array({ maxLength: 64 }),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => bytes.buffer),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
  fc.constant(new Uint8Array([0x7b, 0xc3, 0x28, 0x7d])),
  fc.constant(new Blob(['{}'])),
  fc.constantFrom(undefined, null, 42, {}),
);

const harmlessKeys = (value: unknown, keys: readonly string[]): unknown => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const copy = { ...(value as Record<string, unknown>) };
  for (const key of keys) delete copy[key];
  return copy;
};

/** Stands for a value nested 5,000 deep (10 KB): put in when the frame is serialised, so that
 * fast-check never has to print a deep value. */
const DEEP = '\u0000deep\u0000';
const DEEP_JSON = JSON.stringify(DEEP);
const DEEP_TEXT = deepText(5000, '[', ']');

/** A value to put in a field: JSON of any shape, or one nested 5,000 deep. */
const fieldValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(DEEP));

/** Market-stream frames that are not a trade of the healthy stream. */
const hostileMarketFrame = fc.oneof(
  garbage,
  fc
    .jsonValue({ maxDepth: 4 })
    .map((value) => JSON.stringify(harmlessKeys(value, ['stream', 'id', 'result']))),
  fc.record({ result: fieldValue, id: fc.oneof(fc.integer({ min: 1000 }), fc.string()) }),
  fc.record({ error: fc.record({ code: fieldValue, msg: fieldValue }), id: fieldValue }),
  fc.record({ code: fc.integer(), msg: fieldValue, id: fieldValue }),
  fc.record({ error: fieldValue, id: fc.constant(1) }),
  fc.record({ stream: fc.constantFrom('eth@trade', 'x', ''), data: fieldValue }),
  fc.record({ stream: fieldValue, data: fieldValue }),
  fc.record({
    stream: fc.constant('btc@trade'),
    data: fc.oneof(fc.constant(null), fc.integer(), fc.record({ p: fc.integer() }), fieldValue),
  }),
);

/** WebSocket API frames that answer no pending request and shut nothing down. */
const hostileWsApiFrame = fc.oneof(
  garbage,
  fc
    .jsonValue({ maxDepth: 4 })
    .map((value) => JSON.stringify(harmlessKeys(value, ['id', 'event']))),
  fc.record({
    id: fc.oneof(fc.integer({ min: 1_000_000 }), fc.string(), fc.constant(null)),
    status: fc.integer({ min: 0, max: 600 }),
    result: fieldValue,
    error: fieldValue,
    rateLimits: fieldValue,
  }),
  fc.record({
    id: fc.oneof(fc.integer({ min: 1_000_000 }), fc.string()),
    status: fc.constantFrom(400, 418, 429),
    error: fc.record({ code: fc.integer(), msg: fieldValue, data: fieldValue }),
  }),
  fc.record({ id: fieldValue, status: fieldValue, result: fieldValue }),
  fc.record({
    subscriptionId: fc.oneof(fc.integer(), fieldValue),
    event: fc.oneof(fieldValue, fc.record({ e: fc.constant('executionReport'), E: fieldValue })),
  }),
  fc.record({
    event: fc.record({ e: fc.constantFrom('outboundAccountPosition', ''), E: fieldValue }),
  }),
);

/** A frame as a WebSocket delivers it: strings and binary as they are, anything else as JSON. */
const asData = (frame: unknown): unknown =>
  typeof frame === 'object' &&
  frame !== null &&
  !ArrayBuffer.isView(frame) &&
  !(frame instanceof ArrayBuffer) &&
  !(frame instanceof Blob)
    ? JSON.stringify(frame).replaceAll(DEEP_JSON, DEEP_TEXT)
    : frame;

const deliver = (socket: MockWebSocket, frame: unknown) =>
  socket.onmessage?.({ data: asData(frame) });

let unhandled: unknown[] = [];
beforeEach(() => {
  unhandled = [];
  config.onUnhandledError = (error) => unhandled.push(error);
});
afterEach(() => {
  config.onUnhandledError = null;
});

function marketSetup() {
  const scheduler = new VirtualTimeScheduler();
  MockWebSocket.reset(scheduler);
  const { connection, trades } = tradeConnection({ scheduler });
  const events: ConnectionEvent[] = [];
  connection.subscribe((event) => events.push(event));
  const seen = { prices: [] as string[], ended: undefined as unknown };
  trades('BTC').subscribe({
    next: (text) => seen.prices.push(text),
    error: (error: unknown) => (seen.ended = error),
    complete: () => (seen.ended = 'complete'),
  });
  connection.connect();
  const socket = MockWebSocket.last();
  socket.open();
  scheduler.maxFrames = 100; // the SUBSCRIBE goes out; its ack timeout (10 s) stays pending
  scheduler.flush();
  socket.ack();
  return { socket, events, seen };
}

describe('hostile frames on a market-stream connection', () => {
  it('a healthy stream on the same socket is unaffected', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(hostileMarketFrame, { maxLength: 4 }), { maxLength: 12 }),
        (rounds) => {
          const { socket, events, seen } = marketSetup();
          const want: string[] = [];
          rounds.forEach((hostile, round) => {
            for (const frame of hostile) deliver(socket, frame);
            deliver(socket, combined('btc@trade', trade('BTC', String(round))));
            want.push(`BTC:${round}`);
          });
          expect(seen).toEqual({ prices: want, ended: undefined });
          expect(unhandled).toEqual([]);
          expect(socket.closedByClient).toBeUndefined();
          for (const event of events) {
            if (event.type === 'error') expect(event.error).toBeInstanceOf(BinanceRxError);
          }
        },
      ),
      RUNS,
    );
  });

  it('a frame over MAX_FRAME_SIZE is one MALFORMED_MESSAGE event; the stream goes on', () => {
    const { socket, events, seen } = marketSetup();
    deliver(socket, ' '.repeat(MAX_FRAME_SIZE + 1));
    deliver(socket, combined('btc@trade', trade('BTC', '1')));
    const errors = events.flatMap((e) => (e.type === 'error' ? [e.error.code] : []));
    expect(errors).toEqual(['MALFORMED_MESSAGE']);
    expect(seen.prices).toEqual(['BTC:1']);
  });
});

const hmacLike = { apiKey: 'KEY', sign: (payload: string) => `sig(${payload})` };
/** The healthy user data subscription; hostile frames never carry its id. */
const SUBSCRIPTION = 1_234_567;

/**
 * An answer to a pending request, any shape: it must settle the request once, typed. Not 418 or
 * 429: those make the session's rate-limit governor hold or fail every later request (their own
 * tests are in test/runtime/rate-limit/), which this property does not model.
 */
const hostileAnswer = fc.oneof(
  fc.record({
    status: fc.constantFrom(400, 503),
    error: fc.record({ code: fc.integer(), msg: fieldValue, data: fieldValue }),
  }),
  fc.record(
    {
      status: fc.oneof(fc.constantFrom(200, 400, 503), fieldValue),
      result: fieldValue,
      error: fc.oneof(
        fieldValue,
        fc.record({ code: fieldValue, msg: fieldValue, data: fieldValue }),
      ),
    },
    { requiredKeys: ['status'] },
  ),
);

function wsApiSetup() {
  const h = harness({ credentials: hmacLike });
  h.session.connect();
  h.server().open();
  const user = { events: [] as unknown[], ended: undefined as unknown };
  h.session.userData().subscribe({
    next: (message) => user.events.push(message.event.E),
    error: (error: unknown) => (user.ended = error),
  });
  h.reply('userDataStream.subscribe.signature', { subscriptionId: SUBSCRIPTION });
  return { h, user };
}

describe('hostile frames on a WebSocket API session', () => {
  const round = fc.record({
    hostile: fc.array(hostileWsApiFrame, { maxLength: 4 }),
    answer: fc.option(hostileAnswer, { freq: 3 }),
  });

  it('pending requests get their answers, however malformed the others; user data flows', () => {
    fc.assert(
      fc.property(fc.array(round, { maxLength: 12 }), (rounds) => {
        const { h, user } = wsApiSetup();
        const time = getServerTimeFactory(h.session);
        rounds.forEach(({ hostile, answer }, index) => {
          const settled: unknown[] = [];
          time({}).subscribe({
            next: (value) => settled.push(value),
            error: (error: unknown) => settled.push(error),
          });
          const { id } = h.lastSent('time');
          for (const frame of hostile) deliver(h.server(), frame);
          deliver(h.server(), { subscriptionId: SUBSCRIPTION, event: { e: 'x', E: index } });
          if (answer !== null) deliver(h.server(), { id, ...answer });
          // A healthy answer, or the duplicate of a malformed one (dropped).
          h.reply('time', { serverTime: index });
          expect(settled).toHaveLength(1);
          if (answer === null) expect(settled).toEqual([{ serverTime: index }]);
          else if (typeof answer.status === 'number') {
            // Read as a response: it settled the request (its result or a typed error), and the
            // second answer to the same id is reported and dropped.
            if (settled[0] instanceof Error) expect(settled[0]).toBeInstanceOf(BinanceRxError);
            expect(h.events.at(-1)).toMatchObject({
              type: 'error',
              error: { code: 'UNEXPECTED_RESPONSE', requestId: id },
            });
          } else expect(settled).toEqual([{ serverTime: index }]);
        });
        expect(user).toEqual({ events: rounds.map((_, index) => index), ended: undefined });
        expect(unhandled).toEqual([]);
        expect(MockWebSocket.instances).toHaveLength(1);
        for (const event of h.events) {
          if (event.type === 'error') expect(event.error).toBeInstanceOf(BinanceRxError);
          if (event.type === 'status') expect(event.status).not.toBe('reconnecting');
        }
      }),
      RUNS,
    );
  });

  it('a userDataStream.subscribe answer of any shape: subscribed, or a typed error to listeners', () => {
    fc.assert(
      fc.property(fc.oneof(fieldValue, hostileAnswer), (result) => {
        const h = harness({ credentials: hmacLike });
        h.session.connect();
        h.server().open();
        const seen: unknown[] = [];
        h.session.userData().subscribe({ error: (error: unknown) => seen.push(error) });
        const { id } = h.lastSent('userDataStream.subscribe.signature');
        deliver(h.server(), { id, status: 200, result });
        expect(seen.every((error) => error instanceof BinanceRxError)).toBe(true);
        expect(unhandled).toEqual([]);
      }),
      RUNS,
    );
    // The case of issue 14: `result: null`.
    const h = harness({ credentials: hmacLike });
    h.session.connect();
    h.server().open();
    const seen: unknown[] = [];
    h.session.userData().subscribe({ error: (error: unknown) => seen.push(error) });
    h.reply('userDataStream.subscribe.signature', null);
    expect(seen).toMatchObject([{ code: 'MALFORMED_MESSAGE' }]);
  });
});
