/**
 * `npm run soak`: 100 subscriptions on one connection to the local exchange while 1,000 faults
 * are injected (drops, server shutdowns, half-open periods, refused connections, malformed and
 * schema-breaking frames). Prints what a long-running bot cares about — subscriptions that stopped
 * delivering, trades delivered twice, trades missing from a gap while every socket stayed
 * connected, errors nobody handled, heap growth — each expected to be zero or flat. (A gap across a
 * reconnect is not a loss of the client's: Binance does not replay a dropped socket's trades.) Not part of `npm test`: it takes minutes.
 *
 *   npm run soak                      1,000 faults
 *   npm run soak -- --faults 200      fewer
 */
import { parseArgs } from 'node:util';
import type { Observable, Subscription } from 'rxjs';
import {
  filterNewSocketOnly,
  keepErrorsOnly,
  keepMessagesOnly,
  keepStatusOnly,
  publicWebsocketConnection,
  subscribeAggTrade,
  subscribeBookTicker,
  subscribeDiffDepth,
  subscribeKline,
  subscribeMiniTicker,
  subscribePartialDepth,
  subscribeTicker,
  subscribeTrade,
  type KlineParams,
} from '../src';
import { startLocalExchange } from '../sim';

const { values } = parseArgs({
  options: {
    faults: { type: 'string', default: '1000' },
    // A comma-separated subset of the fault kinds below (default: all, in turn).
    kinds: { type: 'string' },
    // Below the 105 subscriptions, so that the connection runs on several shards (sockets).
    'streams-per-socket': { type: 'string', default: '40' },
  },
});
const FAULTS = Number(values.faults);
const STREAMS_PER_SOCKET = Number(values['streams-per-socket']);
const SYMBOLS = ['BTCUSDT', 'ETHUSDT', 'BNBUSDT', 'SOLUSDT', 'XRPUSDT'];
const INTERVALS: KlineParams['interval'][] = [
  '1s',
  '1m',
  '3m',
  '5m',
  '15m',
  '30m',
  '1h',
  '2h',
  '4h',
  '6h',
  '8h',
  '12h',
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const heapMb = () => {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1_048_576;
};

const exchange = await startLocalExchange({
  symbols: SYMBOLS,
  tickMs: 20,
  speed: 20,
  pingIntervalMs: 200,
  maxStreamsPerConnection: STREAMS_PER_SOCKET,
});
const connection = publicWebsocketConnection({
  url: exchange.urls.combined,
  reconnect: { initialDelayMs: 20, maxDelayMs: 200, jitter: 0.2 },
  heartbeatTimeoutMs: 600,
  maxStreamsPerSocket: STREAMS_PER_SOCKET,
  // A fault every few hundred ms makes each shard reconnect far more often than Binance's 300
  // connection attempts per 5 minutes allow (the local exchange does not enforce it): lifted here.
  connectionRate: { maxAttempts: 1_000_000 },
});
const messages = connection.pipe(keepMessagesOnly());
const sockets = connection.pipe(filterNewSocketOnly());

/** Per subscription: when it last delivered. */
const last = new Map<string, number>();
/** Last trade id per symbol: ids only grow, so one not above the last is a repeat. */
const lastTradeId = new Map<string, number>();
/**
 * Excuses for a gap so far: reconnects (any shard) and half-open periods (the exchange discards what it would have
 * sent meanwhile, as a dead link does): a trade-id gap with none of them in between is a trade the
 * client lost while connected.
 */
let excuses = 0;
const excusesAtLastTrade = new Map<string, number>();
let duplicates = 0;
let gapTrades = 0;
let reconnectGapTrades = 0;
let unhandled = 0;
const seen = (name: string) => last.set(name, Date.now());

const subscriptions: Subscription[] = [];
const add = <T>(name: string, source: Observable<T>, onValue?: (v: T) => void) => {
  subscriptions.push(
    source.subscribe({
      next: (v) => {
        seen(name);
        onValue?.(v);
      },
      // A subscription that errors (a SUBSCRIBE unanswered during a fault) is retried by the bot:
      // here it is counted, then subscribed again.
      error: () => {
        unhandled += 1;
      },
    }),
  );
};
for (const symbol of SYMBOLS) {
  add(`${symbol} trade`, sockets.pipe(subscribeTrade(symbol, messages)), (t) => {
    const previous = lastTradeId.get(symbol);
    if (previous !== undefined && t.t <= previous) {
      duplicates += 1;
      return;
    }
    if (previous !== undefined && t.t > previous + 1) {
      if (excusesAtLastTrade.get(symbol) === excuses) gapTrades += t.t - previous - 1;
      else reconnectGapTrades += t.t - previous - 1;
    }
    lastTradeId.set(symbol, t.t);
    excusesAtLastTrade.set(symbol, excuses);
  });
  add(`${symbol} aggTrade`, sockets.pipe(subscribeAggTrade(symbol, messages)));
  add(`${symbol} bookTicker`, sockets.pipe(subscribeBookTicker(symbol, messages)));
  add(`${symbol} ticker`, sockets.pipe(subscribeTicker(symbol, messages)));
  add(`${symbol} miniTicker`, sockets.pipe(subscribeMiniTicker(symbol, messages)));
  add(`${symbol} depth`, sockets.pipe(subscribeDiffDepth({ symbol, speed: '100ms' }, messages)));
  for (const levels of [5, 10, 20] as const) {
    add(
      `${symbol} depth${levels}`,
      sockets.pipe(subscribePartialDepth({ symbol, levels, speed: '100ms' }, messages)),
    );
  }
  for (const interval of INTERVALS) {
    add(
      `${symbol} kline ${interval}`,
      sockets.pipe(subscribeKline({ symbol, interval }, messages)),
    );
  }
}
subscriptions.push(connection.pipe(keepErrorsOnly()).subscribe(() => undefined));
subscriptions.push(
  connection.pipe(keepStatusOnly()).subscribe((event) => {
    // A rotation ('connecting' alone) is gapless by design: only a reconnect excuses a gap.
    if (event.status === 'reconnecting') excuses += 1;
  }),
);
const running = connection.connect();
await sleep(2000);
console.log(
  `soak: ${subscriptions.length - 2} subscriptions on ${exchange.connectionCount} sockets ` +
    `(at most ${STREAMS_PER_SOCKET} streams each), ${FAULTS} faults`,
);
/** Heap once warm (after the first tenth of the faults): growth from there is what would leak. */
let heapStart = heapMb();
const warmAfter = Math.max(1, Math.floor(FAULTS / 10));
const ALL_KINDS = [
  'dropAll',
  'serverShutdown',
  'halfOpen',
  'refuse',
  'malformed',
  'schemaBreaking',
] as const;
const kinds =
  values.kinds === undefined
    ? ALL_KINDS
    : ALL_KINDS.filter((k) => values.kinds!.split(',').includes(k));
if (kinds.length === 0) throw new Error(`--kinds: none of ${ALL_KINDS.join(', ')}`);
for (let i = 0; i < FAULTS; i += 1) {
  const kind = kinds[i % kinds.length]!;
  if (kind === 'dropAll') exchange.faults.dropAll();
  else if (kind === 'serverShutdown') exchange.faults.serverShutdown({ closeAfterMs: 500 });
  else if (kind === 'halfOpen') {
    excuses += 1;
    void exchange.faults.halfOpen(300);
  } else if (kind === 'refuse') void exchange.faults.refuseConnections(100);
  else if (kind === 'malformed') exchange.faults.sendMalformed();
  else exchange.faults.sendSchemaBreaking();
  await sleep(kind === 'halfOpen' ? 900 : 150);
  if (i + 1 === warmAfter) heapStart = heapMb();
  if ((i + 1) % 100 === 0) console.log(`  ${i + 1} faults, heap ${heapMb().toFixed(1)} MB`);
}
exchange.faults.clear();
await sleep(3000);

const quietSince = Date.now() - 2500;
const lost = [...last].filter(([, at]) => at < quietSince).map(([name]) => name);
const expected = subscriptions.length - 2;
const never = expected - last.size;
const heapEnd = heapMb();
console.log('soak results');
console.log(
  `  lost subscriptions  ${lost.length + never}${lost.length > 0 ? ` (${lost.join(', ')})` : ''}`,
);
console.log(`  duplicate trades    ${duplicates}`);
console.log(`  trades lost while connected ${gapTrades}`);
console.log(
  `  trades missed across reconnects or half-open periods ${reconnectGapTrades} (not replayed by Binance either)`,
);
console.log(`  errored subscriptions ${unhandled}`);
console.log(`  heap                ${heapStart.toFixed(1)} MB (warm) -> ${heapEnd.toFixed(1)} MB`);
running.unsubscribe();
for (const s of subscriptions) s.unsubscribe();
await exchange.close();
process.exitCode = lost.length + never + duplicates + gapTrades > 0 ? 1 : 0;
