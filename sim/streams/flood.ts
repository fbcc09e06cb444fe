/**
 * Flood mode for benchmarks: messages of one stream, pre-serialised from a template, written as
 * fast as each socket drains. `E` is the send time (ms since the epoch, or µs with
 * timeUnit=MICROSECOND) and the payload's id (`t`, `a`, `u` or `lastUpdateId`) keeps increasing.
 */
import { setImmediate as yieldToLoop } from 'node:timers/promises';
import type { MarketConnection } from './connection';
import type { StreamHub } from './hub';
import { wrapCombined } from './serialize';

export interface FloodOptions {
  /** A stream name; the flood goes to every connection subscribed to it. */
  readonly stream: string;
  /** Messages per connection (default 10 000, unlimited when only durationMs is given). */
  readonly count?: number;
  /** Stop after this long, ms. */
  readonly durationMs?: number;
}

export interface FloodResult {
  /** Messages sent, over all connections. */
  readonly sent: number;
  readonly connections: number;
  readonly elapsedMs: number;
}

const HIGH_WATER = 1 << 20;
const YIELD_EVERY = 4096;
const TIME_MARK = 7777777777777001;
const SEQ_MARK = 7777777777777002;
const SEQ_KEYS = ['t', 'a', 'u', 'lastUpdateId'];

type Template = (sendTime: number, seq: number) => string;

/** Splits the serialised sample at marker numbers once; each message is then a concatenation. */
function template(sample: unknown): { render: Template; firstSeq: number } {
  const items = (Array.isArray(sample) ? sample : [sample]) as Record<string, unknown>[];
  let firstSeq = 0;
  const marked = items.map((item) => {
    const copy = { ...item };
    if ('E' in copy) copy['E'] = TIME_MARK;
    const key = SEQ_KEYS.find((k) => typeof copy[k] === 'number' && k !== 'E');
    if (key !== undefined) {
      firstSeq = Math.max(firstSeq, (item[key] as number) + 1);
      copy[key] = SEQ_MARK;
      if (key === 'u' && typeof copy['U'] === 'number') copy['U'] = SEQ_MARK;
    }
    return copy;
  });
  const text = JSON.stringify(Array.isArray(sample) ? marked : marked[0]);
  const parts = text.split(new RegExp(`(${TIME_MARK}|${SEQ_MARK})`));
  const render: Template = (sendTime, seq) => {
    let out = '';
    for (const part of parts) {
      out += part === String(TIME_MARK) ? sendTime : part === String(SEQ_MARK) ? seq : part;
    }
    return out;
  };
  return { render, firstSeq };
}

/** Resolves when the socket drains or closes, or after `maxWaitMs` (a client may stop reading). */
const drained = (connection: MarketConnection, maxWaitMs: number): Promise<void> =>
  new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      connection.socket.off('drain', done);
      connection.ws.off('close', done);
      resolve();
    };
    const timer = setTimeout(done, Math.max(1, Math.min(maxWaitMs, 1000)));
    connection.socket.once('drain', done);
    connection.ws.once('close', done);
  });

async function pump(
  connection: MarketConnection,
  stream: string,
  render: Template,
  firstSeq: number,
  count: number,
  deadline: number,
): Promise<number> {
  const { ws } = connection;
  const scale = connection.micro ? 1000 : 1;
  let sent = 0;
  while (sent < count && Date.now() < deadline && connection.isOpen && !connection.isMuted) {
    while (sent < count && ws.bufferedAmount < HIGH_WATER) {
      const raw = render(Date.now() * scale, firstSeq + sent);
      ws.send(connection.combined ? wrapCombined(stream, raw) : raw);
      sent += 1;
      if (sent % YIELD_EVERY === 0) break;
    }
    if (ws.bufferedAmount >= HIGH_WATER) await drained(connection, deadline - Date.now());
    else await yieldToLoop();
  }
  return sent;
}

export async function flood(
  hub: StreamHub,
  connections: ReadonlySet<MarketConnection>,
  options: FloodOptions,
): Promise<FloodResult> {
  const started = Date.now();
  const active = hub.get(options.stream);
  const sample = active?.feed?.sample(started);
  const targets = [...connections].filter((c) => c.subscriptions.has(options.stream));
  if (sample === undefined || targets.length === 0)
    return { sent: 0, connections: 0, elapsedMs: 0 };
  const { render, firstSeq } = template(sample);
  const count = options.count ?? (options.durationMs === undefined ? 10_000 : Infinity);
  const deadline = options.durationMs === undefined ? Infinity : started + options.durationMs;
  const counts = await Promise.all(
    targets.map((c) => pump(c, options.stream, render, firstSeq, count, deadline)),
  );
  return {
    sent: counts.reduce((a, b) => a + b, 0),
    connections: targets.length,
    elapsedMs: Date.now() - started,
  };
}
