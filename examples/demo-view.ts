/** The demo's terminal view: a state folded from updates, and a renderer. */
import type { ConnectionStatus, LocalOrderBookEvent, ParsedTicker } from '../src';

export type BoardUpdate =
  | { kind: 'ticker'; ticker: ParsedTicker }
  | { kind: 'book'; symbol: string; bid: string; ask: string }
  | { kind: 'trade'; symbol: string; price: string; quantity: string; buyerMaker: boolean }
  | { kind: 'status'; status: ConnectionStatus }
  | { kind: 'error'; message: string }
  | { kind: 'order'; line: string }
  | { kind: 'depth'; event: LocalOrderBookEvent };

interface Row {
  last?: string;
  changePercent?: string;
  volume?: string;
  bid?: string;
  ask?: string;
  trade?: string;
}

/** Immutable board: `apply` returns the next one. */
export interface Board {
  readonly url: string;
  readonly rows: ReadonlyMap<string, Row>;
  readonly status: string;
  readonly updates: number;
  readonly errors: readonly string[];
  /** The latest order stages, oldest first. */
  readonly orders: readonly string[];
  /** The local order book, as lines. */
  readonly depth: readonly string[];
  apply(update: BoardUpdate): Board;
}

export function emptyBoard(symbols: readonly string[], url: string): Board {
  return board(url, new Map(symbols.map((s) => [s, {}])), 'connecting', 0, [], [], []);
}

function board(
  url: string,
  rows: ReadonlyMap<string, Row>,
  status: string,
  updates: number,
  errors: readonly string[],
  orders: readonly string[],
  depth: readonly string[],
): Board {
  const withRow = (symbol: string, patch: Row) =>
    new Map(rows).set(symbol, { ...rows.get(symbol), ...patch });
  return {
    url,
    rows,
    status,
    updates,
    errors,
    orders,
    depth,
    apply(update) {
      const next = updates + 1;
      switch (update.kind) {
        case 'ticker': {
          const t = update.ticker;
          const row = {
            last: t.lastPrice,
            changePercent: t.priceChangePercent,
            volume: t.baseVolume,
          };
          return board(url, withRow(t.symbol, row), status, next, errors, orders, depth);
        }
        case 'book':
          return board(
            url,
            withRow(update.symbol, { bid: update.bid, ask: update.ask }),
            status,
            next,
            errors,
            orders,
            depth,
          );
        case 'trade': {
          const side = update.buyerMaker ? 'sell' : 'buy ';
          const trade = `${side} ${update.quantity} @ ${update.price}`;
          return board(url, withRow(update.symbol, { trade }), status, next, errors, orders, depth);
        }
        case 'status':
          return board(url, rows, update.status, updates, errors, orders, depth);
        case 'error':
          return board(
            url,
            rows,
            status,
            updates,
            [...errors.slice(-2), update.message],
            orders,
            depth,
          );
        case 'order':
          return board(
            url,
            rows,
            status,
            updates,
            errors,
            [...orders.slice(-9), update.line],
            depth,
          );
        case 'depth':
          return board(url, rows, status, next, errors, orders, depthLines(update.event, depth));
      }
    },
  };
}

/** A book as lines (best 5 levels per side), or the sync status above the last book. */
function depthLines(event: LocalOrderBookEvent, previous: readonly string[]): string[] {
  if (event.type === 'status') {
    return [`local order book: ${event.status} (${event.reason})`, ...previous.slice(1)];
  }
  const { symbol, bids, asks, nonce } = event.book;
  const level = (side: [number, number][], i: number) =>
    side[i] === undefined ? '' : `${side[i][1]} @ ${side[i][0]}`;
  const rows = Array.from(
    { length: Math.max(bids.length, asks.length) },
    (_, i) => `  ${pad(level(bids, i), 30)} ${level(asks, i)}`,
  );
  return [
    `local order book ${symbol ?? ''}: synced, update ${nonce ?? ''}`,
    `  ${pad('bids', 30)} asks`,
    ...rows,
  ];
}

const pad = (text: string | undefined, width: number) =>
  (text ?? '…').slice(0, width).padEnd(width);

/** Redraws the whole board on a terminal; prints a compact line per symbol otherwise. */
export function render(state: Board, out: NodeJS.WriteStream): void {
  const header = `binance-rx demo  ${state.url}  status: ${state.status}  updates: ${state.updates}`;
  const columns = `${pad('symbol', 10)} ${pad('last', 14)} ${pad('24h %', 8)} ${pad('bid', 14)} ${pad('ask', 14)} ${pad('last trade', 34)}`;
  const rows = [...state.rows].map(
    ([symbol, r]) =>
      `${pad(symbol, 10)} ${pad(r.last, 14)} ${pad(r.changePercent, 8)} ${pad(r.bid, 14)} ${pad(r.ask, 14)} ${pad(r.trade, 34)}`,
  );
  const errors = state.errors.map((e) => `! ${e}`);
  const orders = state.orders.length === 0 ? [] : ['', 'orders (WebSocket API):', ...state.orders];
  const depth = state.depth.length === 0 ? [] : ['', ...state.depth];
  if (out.isTTY) {
    const lines = [
      header,
      '',
      columns,
      ...rows,
      ...depth,
      ...orders,
      '',
      ...errors,
      'Ctrl-C to exit',
    ];
    out.write(`\x1b[H\x1b[2J${lines.join('\n')}\n`);
  } else {
    // Compact: the book's status line and its best level.
    const best = [state.depth[0], state.depth[2]].filter((line) => line !== undefined);
    out.write(`${[header, ...rows, ...best, ...orders, ...errors].join('\n')}\n`);
  }
}
