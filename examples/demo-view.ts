/** The demo's terminal view: a state folded from updates, and a renderer. */
import type { ConnectionStatus, Ticker } from '../src';

export type BoardUpdate =
  | { kind: 'ticker'; ticker: Ticker }
  | { kind: 'book'; symbol: string; bid: string; ask: string }
  | { kind: 'trade'; symbol: string; price: string; quantity: string; buyerMaker: boolean }
  | { kind: 'status'; status: ConnectionStatus }
  | { kind: 'error'; message: string }
  | { kind: 'order'; line: string };

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
  apply(update: BoardUpdate): Board;
}

export function emptyBoard(symbols: readonly string[], url: string): Board {
  return board(url, new Map(symbols.map((s) => [s, {}])), 'connecting', 0, [], []);
}

function board(
  url: string,
  rows: ReadonlyMap<string, Row>,
  status: string,
  updates: number,
  errors: readonly string[],
  orders: readonly string[],
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
          return board(url, withRow(t.symbol, row), status, next, errors, orders);
        }
        case 'book':
          return board(
            url,
            withRow(update.symbol, { bid: update.bid, ask: update.ask }),
            status,
            next,
            errors,
            orders,
          );
        case 'trade': {
          const side = update.buyerMaker ? 'sell' : 'buy ';
          const trade = `${side} ${update.quantity} @ ${update.price}`;
          return board(url, withRow(update.symbol, { trade }), status, next, errors, orders);
        }
        case 'status':
          return board(url, rows, update.status, updates, errors, orders);
        case 'error':
          return board(url, rows, status, updates, [...errors.slice(-2), update.message], orders);
        case 'order':
          return board(url, rows, status, updates, errors, [...orders.slice(-9), update.line]);
      }
    },
  };
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
  if (out.isTTY) {
    const lines = [header, '', columns, ...rows, ...orders, '', ...errors, 'Ctrl-C to exit'];
    out.write(`\x1b[H\x1b[2J${lines.join('\n')}\n`);
  } else {
    out.write(`${[header, ...rows, ...orders, ...errors].join('\n')}\n`);
  }
}
