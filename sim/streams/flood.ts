/**
 * Flood mode for benchmarks: messages of one stream, pre-serialised from a template, written as
 * fast as each socket drains or at a fixed rate. `E` is the send time (ms since the epoch, or µs
 * with timeUnit=MICROSECOND) and the payload's id (`t`, `a`, `u` or `lastUpdateId`) keeps
 * increasing. Book ids (`u`) continue the book's update ids, and the book moves its update id to
 * the last one sent, so a REST depth snapshot taken after a flood lines up with the next one.
 */
import { performance } from 'node:perf_hooks';
import { setImmediate as yieldToLoop, setTimeout as sleep } from 'node:timers/promises';
import { sbeFloodBatch } from '../sbe/flood-frames';
import type { MarketConnection } from './connection';
import type { StreamHub } from './hub';

export interface FloodOptions {
  /**
   * A stream name; the flood goes to every connection subscribed to it. `sbe:<name>` floods the
   * SBE connections subscribed to `<name>` with binary frames (`btcusdt@trade`, `@bestBidAsk`,
   * `@depth`, `@depth20`); `usdm:<route>:<name>` the USDⓈ-M connections subscribed to `<name>` on
   * that route (`usdm:market:btcusdt@markPrice@1s`, `usdm:public:btcusdt@depth@100ms`).
   */
  readonly stream?: string;
  /**
   * Several streams flooded at once, each as `stream` would be (`count` and `rate` are per
   * stream): one request for the 1,000 streams of a benchmark.
   */
  readonly streams?: readonly string[];
  /** Messages per connection and stream (default 10 000, unlimited when only durationMs is given). */
  readonly count?: number;
  /** Stop after this long, ms. */
  readonly durationMs?: number;
  /** Messages per second per connection, paced every millisecond; default: as fast as it drains. */
  readonly rate?: number;
  /**
   * Diff depth only: price levels per side in each message, from a cycle of 64 different messages
   * that insert, update and remove levels near the top of the book. Default: the best level only.
   */
  readonly levels?: number;
}

export interface FloodResult {
  /** Messages sent, over all connections. */
  readonly sent: number;
  readonly connections: number;
  readonly elapsedMs: number;
}

const HIGH_WATER = 1 << 20;
const YIELD_EVERY = 4096;
/** Messages per socket write. */
const BATCH = 256;
const TIME_MARK = 7777777777777001;
const SEQ_MARK = 7777777777777002;
/** Futures diff depth's `pu`: the `u` of the message before (the sequence number less one). */
const PREVIOUS_MARK = 7777777777777003;
const SEQ_KEYS = ['t', 'a', 'u', 'lastUpdateId'];
/** Floods of SBE streams name them as the hub keys them (`sim/sbe/names.ts`). */
const SBE_PREFIX = 'sbe:';

/** Renders a message; `ascii`: every message it renders is ASCII (the numbers always are). */
type Template = ((sendTime: number, seq: number) => string) & { readonly ascii: boolean };

/** What fills each marker: 0 the send time, 1 the sequence number, 2 the one before it. */
const HOLE_OF: Readonly<Record<string, number>> = {
  [TIME_MARK]: 0,
  [SEQ_MARK]: 1,
  [PREVIOUS_MARK]: 2,
};

/** Templates of several samples, used in turn; the first sequence number of the lot. */
function templates(samples: readonly unknown[]): {
  render: Template;
  firstSeq: number;
  seqKey: string | undefined;
} {
  const all = samples.map(template);
  const firstSeq = Math.max(...all.map((t) => t.firstSeq));
  const render: Template =
    all.length === 1
      ? all[0]!.render
      : Object.assign(
          (sendTime: number, seq: number) => all[seq % all.length]!.render(sendTime, seq),
          {
            ascii: all.every((t) => t.render.ascii),
          },
        );
  return { render, firstSeq, seqKey: all[0]?.seqKey };
}

/** Splits the serialised sample at marker numbers once; each message is then a concatenation. */
function template(sample: unknown): {
  render: Template;
  firstSeq: number;
  seqKey: string | undefined;
} {
  const items = (Array.isArray(sample) ? sample : [sample]) as Record<string, unknown>[];
  let firstSeq = 0;
  let seqKey: string | undefined;
  const marked = items.map((item) => {
    const copy = { ...item };
    if ('E' in copy) copy['E'] = TIME_MARK;
    const key = SEQ_KEYS.find((k) => typeof copy[k] === 'number' && k !== 'E');
    seqKey ??= key;
    if (key !== undefined) {
      firstSeq = Math.max(firstSeq, (item[key] as number) + 1);
      copy[key] = SEQ_MARK;
      if (key === 'u' && typeof copy['U'] === 'number') copy['U'] = SEQ_MARK;
      if (key === 'u' && typeof copy['pu'] === 'number') copy['pu'] = PREVIOUS_MARK;
    }
    return copy;
  });
  const text = JSON.stringify(Array.isArray(sample) ? marked : marked[0]);
  const parts = text.split(new RegExp(`(${TIME_MARK}|${SEQ_MARK}|${PREVIOUS_MARK})`));
  // Odd parts are the markers: the send time, the sequence number, or the one before it.
  const literals = parts.filter((_, i) => i % 2 === 0);
  const holes = parts.filter((_, i) => i % 2 === 1).map((p) => HOLE_OF[p]!);
  const render: Template = Object.assign(
    (sendTime: number, seq: number) => {
      let out = literals[0]!;
      for (let i = 0; i < holes.length; i += 1) {
        const hole = holes[i]!;
        out += (hole === 0 ? sendTime : seq - hole + 1) + literals[i + 1]!;
      }
      return out;
    },
    { ascii: literals.every(isAscii) },
  );
  return { render, firstSeq, seqKey };
}

/**
 * Unmasked text frames (server to client, no compression: the market-stream server never
 * negotiates it), written to the TCP socket in one go: one write per batch instead of one
 * `ws.send` per message, so the feed outruns every client it measures. ASCII messages (all of
 * Binance's market data) are framed as one latin1 string, headers included, and copied once.
 */
function textFrames(texts: readonly string[], ascii: boolean): Buffer {
  if (!ascii) return framesOf(texts);
  let frames = '';
  for (const text of texts) {
    const n = text.length;
    if (n >= 65_536) return framesOf(texts);
    frames +=
      n < 126 ? String.fromCharCode(0x81, n) : String.fromCharCode(0x81, 126, n >> 8, n & 0xff);
    frames += text;
  }
  return Buffer.from(frames, 'latin1');
}

const isAscii = (text: string): boolean => Buffer.byteLength(text) === text.length;

/** Any text: each frame's length in UTF-8 bytes. */
function framesOf(texts: readonly string[]): Buffer {
  const lengths = texts.map((text) => Buffer.byteLength(text));
  const total = lengths.reduce((sum, n) => sum + n + (n < 126 ? 2 : n < 65_536 ? 4 : 10), 0);
  const out = Buffer.allocUnsafe(total);
  let at = 0;
  texts.forEach((text, i) => {
    const n = lengths[i]!;
    out[at++] = 0x81;
    if (n < 126) out[at++] = n;
    else if (n < 65_536) {
      out[at++] = 126;
      at = out.writeUInt16BE(n, at);
    } else {
      out[at++] = 127;
      at = out.writeBigUInt64BE(BigInt(n), at);
    }
    at += out.write(text, at);
  });
  return out;
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

/** The socket write of messages `from` (inclusive) to `to`, sent at `nowMs`. */
type Batch = (nowMs: number, from: number, to: number) => Buffer;

/** JSON text frames of a template, wrapped for combined connections. */
function textBatch(connection: MarketConnection, stream: string, render: Template): Batch {
  const scale = connection.micro ? 1000 : 1;
  const batch: string[] = [];
  const prefix = `{"stream":${JSON.stringify(stream)},"data":`;
  const ascii = render.ascii && isAscii(prefix);
  return (nowMs, from, to) => {
    const now = nowMs * scale;
    for (let seq = from; seq < to; seq += 1) {
      const raw = render(now, seq);
      // serialize.ts's wrapCombined, with the prefix made once.
      batch.push(connection.combined ? `${prefix}${raw}}` : raw);
    }
    const frames = textFrames(batch, ascii);
    batch.length = 0;
    return frames;
  };
}

/** SBE binary frames (SBE streams are never wrapped, combined or not), stamped in µs. */
function sbeBatch(frames: (sendTimeUs: number, from: number, to: number) => Buffer): Batch {
  return (nowMs, from, to) => frames(nowMs * 1000, from, to);
}

async function pump(
  connection: MarketConnection,
  write: Batch,
  firstSeq: number,
  count: number,
  deadline: number,
  rate: number | undefined,
): Promise<number> {
  const { ws } = connection;
  const started = performance.now();
  /** Messages due by now: all of them, or `rate` per second since the start. */
  const due = () =>
    rate === undefined
      ? count
      : Math.min(count, Math.floor(((performance.now() - started) * rate) / 1000));
  let sent = 0;
  while (sent < count && Date.now() < deadline && connection.isOpen && !connection.isMuted) {
    const until = due();
    while (sent < until && ws.bufferedAmount < HIGH_WATER) {
      const end = Math.min(until, sent + BATCH);
      connection.socket.write(write(Date.now(), firstSeq + sent, firstSeq + end));
      sent = end;
      if (sent % YIELD_EVERY < BATCH) break;
    }
    if (ws.bufferedAmount >= HIGH_WATER) await drained(connection, deadline - Date.now());
    else if (sent >= until && rate !== undefined) await sleep(1);
    else await yieldToLoop();
  }
  return sent;
}

/** The next id of each flooded stream, so that ids keep increasing from one flood to the next. */
const nextIds = new WeakMap<StreamHub, Map<string, number>>();

export async function flood(
  hub: StreamHub,
  connections: ReadonlySet<MarketConnection>,
  options: FloodOptions,
): Promise<FloodResult> {
  const { stream, streams = [] } = options;
  const all = stream === undefined ? streams : [stream, ...streams];
  if (all.length === 0) throw new RangeError('flood: stream or streams is required');
  const started = Date.now();
  const results = await Promise.all(all.map((s) => floodOne(hub, connections, options, s)));
  return {
    sent: results.reduce((sum, r) => sum + r.sent, 0),
    connections: new Set(results.flatMap((r) => r.targets)).size,
    elapsedMs: Date.now() - started,
  };
}

async function floodOne(
  hub: StreamHub,
  connections: ReadonlySet<MarketConnection>,
  options: FloodOptions,
  stream: string,
): Promise<{ sent: number; targets: readonly MarketConnection[] }> {
  const started = Date.now();
  const sbe = stream.startsWith(SBE_PREFIX);
  // `stream` is the hub key; the connections subscribed to it are those of its wire and route.
  const active = hub.get(stream);
  const feed = active?.feed;
  const sample = feed?.sample(started);
  const targets = [...connections].filter((c) => active?.subscribers.has(c) === true);
  if (active === undefined || feed === undefined || sample === undefined || targets.length === 0)
    return { sent: 0, targets: [] };
  const name = active.wireName;
  const samples =
    options.levels === undefined ? undefined : feed.floodSamples?.(started, options.levels);
  const { render, firstSeq: sampleSeq, seqKey } = templates(samples ?? [sample]);
  const write = sbe
    ? () => sbeBatch(sbeFloodBatch(active.spec, samples ?? [sample], started))
    : (c: MarketConnection) => textBatch(c, name, render);
  const ids = nextIds.get(hub) ?? new Map<string, number>();
  nextIds.set(hub, ids);
  const firstSeq = Math.max(sampleSeq, ids.get(stream) ?? 0);
  const count = options.count ?? (options.durationMs === undefined ? 10_000 : Infinity);
  const deadline = options.durationMs === undefined ? Infinity : started + options.durationMs;
  const counts = await Promise.all(
    targets.map((c) => pump(c, write(c), firstSeq, count, deadline, options.rate)),
  );
  const most = Math.max(...counts);
  ids.set(stream, firstSeq + most);
  if (most > 0 && (seqKey === 'u' || seqKey === 'lastUpdateId'))
    feed.flooded?.(firstSeq + most - 1);
  return { sent: counts.reduce((a, b) => a + b, 0), targets };
}
