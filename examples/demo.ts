/**
 * `npm start`: live tickers from the embedded local exchange in a terminal view.
 *
 *   npm start                         local exchange, BTCUSDT ETHUSDT BNBUSDT, until Ctrl-C
 *   npm start -- --seconds 10         stop by itself after 10 s
 *   npm start -- --symbols BTCUSDT    other symbols
 *   npm start -- --live               real Binance public streams instead (needs the internet)
 *
 * Orders (placed, canceled, filled, every stage printed) join the demo with the WebSocket API.
 */
import { parseArgs } from 'node:util';
import { auditTime, merge, map, scan, takeUntil, timer, type Observable } from 'rxjs';
import {
  BINANCE_STREAM_URL,
  filterNewSocketOnly,
  keepErrorsOnly,
  keepMessagesOnly,
  keepStatusOnly,
  parseTicker,
  publicWebsocketConnection,
  subscribeBookTicker,
  subscribeTicker,
  subscribeTrade,
} from '../src';
import { startLocalExchange } from '../sim';
import { emptyBoard, render, type Board, type BoardUpdate } from './demo-view';

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

const updates: Observable<BoardUpdate> = merge(
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
const view = board.subscribe({
  next: (state) => render(state, process.stdout),
  complete: () => void shutdown(0),
});

async function shutdown(code: number): Promise<void> {
  view.unsubscribe();
  connected.unsubscribe();
  await exchange?.close();
  process.exitCode = code;
}

process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));
