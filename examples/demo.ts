/**
 * `npm start`: live tickers from the embedded local exchange in a terminal view.
 *
 *   npm start                         local exchange, BTCUSDT ETHUSDT BNBUSDT, until Ctrl-C
 *   npm start -- --seconds 10         stop by itself after 10 s
 *   npm start -- --symbols BTCUSDT    other symbols
 *   npm start -- --live               real Binance public streams instead (needs the internet)
 *
 * It keeps a local order book of the first symbol (REST snapshot + diff-depth stream, CCXT shape).
 * On the local exchange it also trades over the WebSocket API: a limit order placed and canceled,
 * then a market order filled, every stage printed as it happens (`demo-orders.ts`).
 */
import { parseArgs } from 'node:util';
import {
  auditTime,
  catchError,
  EMPTY,
  map,
  merge,
  mergeMap,
  of,
  scan,
  takeUntil,
  timer,
  type Observable,
} from 'rxjs';
import {
  BINANCE_REST_URL,
  BINANCE_STREAM_URL,
  createHttpClient,
  filterNewSocketOnly,
  getBookHttp,
  keepErrorsOnly,
  keepMessagesOnly,
  keepStatusOnly,
  localOrderBook,
  parseTicker,
  publicWebsocketConnection,
  splitSymbol,
  subscribeBookTicker,
  subscribeDiffDepth,
  subscribeTicker,
  subscribeTrade,
  wsApiSession,
} from '../src';
import { startLocalExchange } from '../sim';
import { orderScript } from './demo-orders';
import { emptyBoard, render, type Board, type BoardUpdate } from './demo-view';
import { ed25519Signer } from './signers/ed25519';

const { values } = parseArgs({
  options: {
    live: { type: 'boolean', default: false },
    seconds: { type: 'string' },
    symbols: { type: 'string', default: 'BTCUSDT,ETHUSDT,BNBUSDT' },
  },
});
const symbols = values.symbols.split(',').map((s) => s.trim().toUpperCase());
const seconds = values.seconds === undefined ? undefined : Number(values.seconds);
if (seconds !== undefined && !(seconds > 0)) {
  console.error(`--seconds must be a positive number, got '${values.seconds}'`);
  process.exit(2);
}

const exchange = values.live ? undefined : await startLocalExchange({ symbols, seed: 1 });
const url = exchange?.urls.combined ?? BINANCE_STREAM_URL;

const connection = publicWebsocketConnection({ url });
const messages = connection.pipe(keepMessagesOnly());
const sockets = connection.pipe(filterNewSocketOnly());

// Orders need an account: the local exchange hands out test keys. The signer keeps the secret.
const session =
  exchange &&
  wsApiSession({
    url: exchange.urls.wsApi,
    credentials: {
      apiKey: exchange.keys.ed25519.apiKey,
      sign: ed25519Signer(exchange.keys.ed25519.secret),
      keyType: 'ED25519',
    },
  });
const orders: Observable<BoardUpdate> =
  session === undefined
    ? EMPTY
    : timer(1500).pipe(
        mergeMap(() => orderScript(session, symbols[0]!)),
        map((line): BoardUpdate => ({ kind: 'order', line })),
        catchError((error: unknown) => of<BoardUpdate>({ kind: 'error', message: String(error) })),
      );

// The first symbol's book, kept locally: resyncs by itself after a gap or a reconnect.
const client = createHttpClient({ baseUrl: exchange?.urls.rest ?? BINANCE_REST_URL });
const bookSymbol = symbols[0]!;
const book: Observable<BoardUpdate> = localOrderBook({
  symbol: splitSymbol(bookSymbol),
  sockets,
  diffs: (s) => s.pipe(subscribeDiffDepth(bookSymbol, messages)),
  snapshot: () => getBookHttp({ symbol: bookSymbol, limit: 1000 }, client),
  depth: 5,
}).pipe(map((event): BoardUpdate => ({ kind: 'depth', event })));

const updates: Observable<BoardUpdate> = merge(
  orders,
  book,
  ...symbols.flatMap((symbol) => [
    sockets.pipe(
      subscribeTicker(symbol, messages),
      map((raw): BoardUpdate => ({ kind: 'ticker', ticker: parseTicker(raw) })),
    ),
    sockets.pipe(
      subscribeBookTicker(symbol, messages),
      map((raw): BoardUpdate => ({ kind: 'book', symbol: raw.s, bid: raw.b, ask: raw.a })),
    ),
    sockets.pipe(
      subscribeTrade(symbol, messages),
      map((raw): BoardUpdate => ({
        kind: 'trade',
        symbol: raw.s,
        price: raw.p,
        quantity: raw.q,
        buyerMaker: raw.m,
      })),
    ),
  ]),
  connection.pipe(
    keepStatusOnly(),
    map((event): BoardUpdate => ({ kind: 'status', status: event.status })),
  ),
  connection.pipe(
    keepErrorsOnly(),
    map((error): BoardUpdate => ({ kind: 'error', message: `${error.code}: ${error.message}` })),
  ),
);

const stop$ = seconds === undefined ? [] : [timer(seconds * 1000)];
const board = updates.pipe(
  scan((state: Board, update) => state.apply(update), emptyBoard(symbols, url)),
  auditTime(process.stdout.isTTY ? 200 : 1000),
  takeUntil(merge(...stop$)),
);

const connected = connection.connect();
const sessionConnected = session?.connect();
const view = board.subscribe({
  next: (state) => render(state, process.stdout),
  complete: () => void shutdown(0),
});

async function shutdown(code: number): Promise<void> {
  view.unsubscribe();
  connected.unsubscribe();
  sessionConnected?.unsubscribe();
  await exchange?.close();
  process.exitCode = code;
}

process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));
