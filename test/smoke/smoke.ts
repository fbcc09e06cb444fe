/**
 * The smoke suite every runtime runs (Node 20, 22, 24, Bun, Deno, headless Chromium) against a
 * local exchange started by the runner: a ticker subscription, a REST `*Http` call, a WebSocket
 * API session logged on with a WebCrypto Ed25519 signer, a market order through its stages, the
 * local order book, and the heartbeat with the platform's WebSocket. `scripts/smoke.ts` bundles
 * it from the built package (the imports below are redirected to dist/) for each runtime.
 */
import { filter, firstValueFrom, map, take, timeout, toArray, type Observable } from 'rxjs';
import {
  addOrderFactory,
  createHttpClient,
  filterNewSocketOnly,
  getBookHttp,
  keepMessagesOnly,
  localOrderBook,
  publicWebsocketConnection,
  subscribeDiffDepth,
  subscribeTicker,
  wsApiSession,
  type WebSocketConstructor,
} from '../../src';
import { ed25519Signer } from '../../src/signers';

export interface SmokeConfig {
  readonly urls: { combined: string; rest: string; wsApi: string; control: string };
  readonly ed25519: { apiKey: string; secret: string };
  readonly symbol: string;
}

export interface SmokeResult {
  readonly check: string;
  readonly ok: boolean;
  readonly detail: string;
}

const WAIT_MS = 15_000;

/** The platform's own WebSocket, where it has one (Node 22+, Bun, Deno, browsers). */
const platformWebSocket = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;

async function ticker(config: SmokeConfig): Promise<string> {
  const connection = publicWebsocketConnection({ url: config.urls.combined });
  const messages = connection.pipe(keepMessagesOnly());
  const first = firstValueFrom(
    connection.pipe(
      filterNewSocketOnly(),
      subscribeTicker(config.symbol, messages),
      timeout(WAIT_MS),
    ),
  );
  const connected = connection.connect();
  try {
    const event = await first;
    if (event.s !== config.symbol) throw new Error(`ticker of ${event.s}`);
    return `last ${event.c}`;
  } finally {
    connected.unsubscribe();
  }
}

async function rest(config: SmokeConfig): Promise<string> {
  const client = createHttpClient({ baseUrl: config.urls.rest });
  const book = await firstValueFrom(getBookHttp({ symbol: config.symbol, limit: 5 }, client));
  if (book.bids.length === 0) throw new Error('empty book');
  return `best bid ${book.bids[0]![0]}`;
}

async function order(config: SmokeConfig): Promise<string> {
  const sign = await ed25519Signer(config.ed25519.secret);
  const session = wsApiSession({
    url: config.urls.wsApi,
    credentials: { apiKey: config.ed25519.apiKey, sign, keyType: 'ED25519' },
  });
  const connected = session.connect();
  try {
    const stages = await firstValueFrom(
      addOrderFactory(session)({
        symbol: config.symbol,
        side: 'BUY',
        type: 'MARKET',
        quantity: '0.001',
      }).pipe(
        map((update) => update.stage),
        toArray(),
        timeout(WAIT_MS),
      ),
    );
    if (stages.at(-1) !== 'filled') throw new Error(`stages ${stages.join(' > ')}`);
    return stages.join(' > ');
  } finally {
    connected.unsubscribe();
  }
}

async function orderBook(config: SmokeConfig): Promise<string> {
  const connection = publicWebsocketConnection({ url: config.urls.combined });
  const messages = connection.pipe(keepMessagesOnly());
  const client = createHttpClient({ baseUrl: config.urls.rest });
  const books = localOrderBook({
    symbol: config.symbol,
    sockets: connection.pipe(filterNewSocketOnly()),
    diffs: (sockets) => sockets.pipe(subscribeDiffDepth(config.symbol, messages)),
    snapshot: () => getBookHttp({ symbol: config.symbol, limit: 100 }, client),
    depth: 5,
  });
  const first = firstValueFrom(
    books.pipe(
      filter((event) => event.type === 'book'),
      take(2),
      toArray(),
      timeout(WAIT_MS),
    ),
  );
  const connected = connection.connect();
  try {
    const [, second] = await first;
    const book = second!.type === 'book' ? second!.book : undefined;
    if (!book || book.bids.length === 0 || book.asks.length === 0) throw new Error('empty book');
    if (book.bids[0]![0] >= book.asks[0]![0]) throw new Error('crossed book');
    return `nonce ${book.nonce}, ${book.bids[0]![0]} / ${book.asks[0]![0]}`;
  } finally {
    connected.unsubscribe();
  }
}

const control = (config: SmokeConfig, path: string, args: unknown[] = []) =>
  fetch(`${config.urls.control}/${path}`, { method: 'POST', body: JSON.stringify({ args }) });

/**
 * With the platform's WebSocket (`ws` where there is none) and a 1 s heartbeat: a quiet socket
 * (market paused; the exchange still pings every 500 ms) is not taken for dead, and tickers flow
 * on the same socket once the market moves again.
 */
async function heartbeat(config: SmokeConfig): Promise<string> {
  const connection = publicWebsocketConnection({
    url: config.urls.combined,
    heartbeatTimeoutMs: 1_000,
    ...(platformWebSocket === undefined ? {} : { WebSocket: platformWebSocket }),
  });
  const messages = connection.pipe(keepMessagesOnly());
  const sockets: Observable<unknown> = connection.pipe(filterNewSocketOnly());
  let socketCount = 0;
  const counting = sockets.subscribe(() => (socketCount += 1));
  const tickers = connection.pipe(filterNewSocketOnly(), subscribeTicker(config.symbol, messages));
  const firstTicker = firstValueFrom(tickers.pipe(timeout(WAIT_MS)));
  const connected = connection.connect();
  try {
    await firstTicker;
    await control(config, 'market/pause');
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const next = firstValueFrom(tickers.pipe(timeout(WAIT_MS)));
    await control(config, 'market/resume');
    await next;
    if (socketCount !== 1) throw new Error(`${socketCount} sockets: a quiet socket was dropped`);
    const kind = platformWebSocket === undefined ? 'ws' : 'platform WebSocket';
    return `${kind}: quiet 3 s with a 1 s heartbeat, one socket`;
  } finally {
    await control(config, 'market/resume');
    counting.unsubscribe();
    connected.unsubscribe();
  }
}

const CHECKS: readonly (readonly [string, (config: SmokeConfig) => Promise<string>])[] = [
  ['ticker stream', ticker],
  ['REST getBookHttp', rest],
  ['WS API order (Ed25519, WebCrypto)', order],
  ['local order book', orderBook],
  ['heartbeat', heartbeat],
];

/** Runs every check, one after another; never throws. */
export async function runSmoke(config: SmokeConfig): Promise<SmokeResult[]> {
  const results: SmokeResult[] = [];
  for (const [check, run] of CHECKS) {
    try {
      results.push({ check, ok: true, detail: await run(config) });
    } catch (error) {
      const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      results.push({ check, ok: false, detail });
    }
  }
  return results;
}
