/**
 * SBE decoding against `JSON.parse` of the equivalent JSON stream message, in one process, no
 * sockets: the per-message cost a client pays once `ws` has handed it the frame. SBE: the
 * generated `decodeSbeEvent` over a DataView of the frame (decimals as exact strings). JSON:
 * `JSON.parse(buffer.toString())`, what the raw-ws floor of `npm run bench` does.
 *
 *   node --import tsx bench/sbe-decode.ts            # 5 rounds of 200 000 messages per kind
 *
 * The decoding part of what the SBE clients of `npm run bench` (bench/sbe-clients.ts) pay per
 * message over a socket.
 */
import {
  decodeSbeEvent,
  encodeBestBidAskStreamEvent,
  encodeDepthDiffStreamEvent,
  encodeTradesStreamEvent,
} from '../generated/sbe/stream';
import type { Microseconds } from '../src/sbe/types';

const MESSAGES = 200_000;
const ROUNDS = 5;
const VARIANTS = 64;
const us = (n: number) => n as Microseconds;

interface Kind {
  readonly name: string;
  readonly sbe: (i: number) => Uint8Array;
  readonly json: (i: number) => string;
}

const price = (i: number) => (97000 + (i % 100) / 100).toFixed(8);
const levels = (i: number) =>
  Array.from({ length: 10 }, (_, k) => ({ price: price(i + k), qty: ((k + 1) / 1000).toFixed(8) }));

const KINDS: Kind[] = [
  {
    name: 'trade',
    sbe: (i) =>
      encodeTradesStreamEvent({
        message: 'TradesStreamEvent',
        eventTimeUs: us(1_770_123_456_789_000 + i),
        transactTimeUs: us(1_770_123_456_789_000 + i),
        priceExponent: -8,
        qtyExponent: -8,
        trades: [
          {
            id: 5_000_000 + i,
            price: price(i),
            qty: '0.00100000',
            isBuyerMaker: i % 2 === 0,
            isBestMatch: true,
          },
        ],
        symbol: 'BTCUSDT',
      }),
    json: (i) =>
      JSON.stringify({
        stream: 'btcusdt@trade',
        data: {
          e: 'trade',
          E: 1_770_123_456_789 + i,
          s: 'BTCUSDT',
          t: 5_000_000 + i,
          p: price(i),
          q: '0.00100000',
          T: 1_770_123_456_789 + i,
          m: i % 2 === 0,
          M: true,
        },
      }),
  },
  {
    name: 'bestBidAsk / bookTicker',
    sbe: (i) =>
      encodeBestBidAskStreamEvent({
        message: 'BestBidAskStreamEvent',
        eventTimeUs: us(1_770_123_456_789_000 + i),
        bookUpdateId: 400_900_217 + i,
        priceExponent: -8,
        qtyExponent: -8,
        bidPrice: price(i),
        bidQty: '31.21000000',
        askPrice: price(i + 1),
        askQty: '40.66000000',
        symbol: 'BTCUSDT',
      }),
    json: (i) =>
      JSON.stringify({
        stream: 'btcusdt@bookTicker',
        data: {
          u: 400_900_217 + i,
          s: 'BTCUSDT',
          b: price(i),
          B: '31.21000000',
          a: price(i + 1),
          A: '40.66000000',
        },
      }),
  },
  {
    name: 'diff depth (10 + 10 levels)',
    sbe: (i) =>
      encodeDepthDiffStreamEvent({
        message: 'DepthDiffStreamEvent',
        eventTimeUs: us(1_770_123_456_789_000 + i),
        firstBookUpdateId: 1000 + i,
        lastBookUpdateId: 1010 + i,
        priceExponent: -8,
        qtyExponent: -8,
        bids: levels(i),
        asks: levels(i + 50),
        symbol: 'BTCUSDT',
      }),
    json: (i) =>
      JSON.stringify({
        stream: 'btcusdt@depth@100ms',
        data: {
          e: 'depthUpdate',
          E: 1_770_123_456_789 + i,
          s: 'BTCUSDT',
          U: 1000 + i,
          u: 1010 + i,
          b: levels(i).map((l) => [l.price, l.qty]),
          a: levels(i + 50).map((l) => [l.price, l.qty]),
        },
      }),
  },
];

/** CPU µs per message of `run` over `MESSAGES` messages (user + system). */
function cpuPerMessage(run: (i: number) => unknown): number {
  let sink = 0;
  const start = process.cpuUsage();
  for (let i = 0; i < MESSAGES; i++) if (run(i) !== undefined) sink++;
  const used = process.cpuUsage(start);
  if (sink !== MESSAGES) throw new Error('lost messages');
  return (used.user + used.system) / MESSAGES;
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

for (const kind of KINDS) {
  const frames = Array.from({ length: VARIANTS }, (_, i) => {
    const bytes = Buffer.from(kind.sbe(i));
    return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  });
  const texts = Array.from({ length: VARIANTS }, (_, i) => Buffer.from(kind.json(i)));
  const sbe = () => cpuPerMessage((i) => decodeSbeEvent(frames[i % VARIANTS]!));
  const json = () => cpuPerMessage((i) => JSON.parse(texts[i % VARIANTS]!.toString()) as unknown);
  sbe();
  json();
  const sbeRuns: number[] = [];
  const jsonRuns: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    sbeRuns.push(sbe());
    jsonRuns.push(json());
  }
  const s = median(sbeRuns);
  const j = median(jsonRuns);
  console.log(
    `${kind.name.padEnd(28)} SBE ${s.toFixed(3)} µs/msg (${frames[0]!.byteLength} B)  ` +
      `JSON.parse ${j.toFixed(3)} µs/msg (${texts[0]!.length} B)  ratio ${(s / j).toFixed(2)}`,
  );
}
