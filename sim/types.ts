/** Public types of the local exchange. */
import type { TestKey, TestKeys } from './api/keys';
import type { DepthSnapshot } from './market/market';
import type { RequestFaultRule } from './faults/request-fault';
import type { FloodOptions, FloodResult } from './streams/flood';

export type { DepthSnapshot, FloodOptions, FloodResult, RequestFaultRule, TestKey, TestKeys };

export interface LocalExchangeUrls {
  /** Raw market streams: `${streams}/btcusdt@trade`, or bare and SUBSCRIBE live. */
  readonly streams: string;
  /** Combined market streams: `${combined}?streams=a/b`, or bare and SUBSCRIBE live. */
  readonly combined: string;
  /**
   * SBE market data streams (`/sbe/ws`, as `stream-sbe.binance.com/ws`): `@trade`, `@bestBidAsk`,
   * `@depth20`, `@depth` in binary frames; the upgrade needs `X-MBX-APIKEY: keys.ed25519.apiKey`.
   */
  readonly sbeStreams: string;
  /** SBE combined streams, `/sbe/stream?streams=a/b`. */
  readonly sbeCombined: string;
  /**
   * USDⓈ-M futures market streams: the host of their routes (`<host>/public/stream`,
   * `<host>/market/stream`, and `/ws`), for `usdmStreamUrl(route, host)` of `binance-rx/usdm`.
   * Futures REST market data is under `rest` (`/fapi/v1/…`).
   */
  readonly usdmStreamHost: string;
  /** WebSocket API, `/ws-api/v3`. */
  readonly wsApi: string;
  /** The USDⓈ-M futures WebSocket API (`/ws-fapi/v1`), for `wsApiSession({ product: usdmProduct, url })`. */
  readonly usdmWsApi: string;
  /** REST base; endpoints under `/api/v3/…`. */
  readonly rest: string;
  /** The control endpoint: faults and market controls over HTTP (GET it for the list). */
  readonly control: string;
}

export interface MarketControl {
  /** Simulated symbols, uppercase. */
  readonly symbols: readonly string[];
  readonly paused: boolean;
  pause(): void;
  resume(): void;
  /** Advances the market by `count` steps right now (publishing their real-time events). */
  step(count?: number): void;
  /** The order book as REST depth serves it; undefined for an unknown symbol. */
  depthSnapshot(symbol: string, limit?: number): DepthSnapshot | undefined;
  /** Benchmark mode: messages of `stream` as fast as subscribers' sockets drain. */
  flood(options: FloodOptions): Promise<FloodResult>;
}

export interface Faults {
  /** Terminates every connection; returns how many. */
  dropAll(): number;
  /** Current connections go silent, TCP left open; resolves when that ends. */
  halfOpen(durationMs?: number): Promise<void>;
  /** New connections get HTTP 503 for `durationMs`; resolves when that ends. */
  refuseConnections(durationMs: number): Promise<void>;
  /** Sends a text frame that is not JSON on every market connection; returns how many. */
  sendMalformed(): number;
  /** Sends a payload of `stream` (default: each connection's first) with a wrongly typed field. */
  sendSchemaBreaking(stream?: string): number;
  /** Holds every outgoing message `ms` (0 = off). */
  delay(ms: number): void;
  /** The next `count` (default 1) outgoing messages of each connection swap with the next one. */
  reorder(count?: number): void;
  /** Drops the next `count` diff-depth events (of `stream`, or of any diff-depth stream). */
  skipDepthUpdates(count: number, stream?: string): void;
  /** Sends Binance's `serverShutdown` event; returns how many connections got it. */
  serverShutdown(options?: { closeAfterMs?: number }): number;
  /** Drops everything and listens again on the same port after `downtimeMs` (default 0). */
  restart(options?: { downtimeMs?: number }): Promise<void>;
  /**
   * The next `count` WebSocket API requests of `method` (default one `order.place`) go wrong:
   * run late or never, answered -1007 / -2013 / not at all, then the connection dropped, made
   * silent or shut down (see sim/faults/request-fault.ts and sim/README.md).
   */
  requestFault(rule?: RequestFaultRule): void;
  /** Ends every fault in force. */
  clear(): void;
}

/** USDⓈ-M futures controls of the local exchange (also `POST /control/usdm/<name>`). */
export interface UsdmControl {
  /**
   * Ends every futures listen key now, as if 60 minutes had passed without a keepalive: open
   * `/private` streams get `listenKeyExpired` and nothing more.
   */
  expireListenKeys(): void;
  /**
   * Moves `symbol`'s mark price (and its index price with it) to `price` (a decimal string) now;
   * it follows the book from there. Without `price` the mark is the book's mid again. Accounts
   * are checked at once: a position past its maintenance margin is liquidated before this
   * returns. An unknown symbol or a price that is not positive throws a `RangeError`.
   */
  setMarkPrice(symbol: string, price?: string): void;
  /** Settles funding now, as every `fundingIntervalMs` (option) does by itself. */
  settleFunding(): void;
  /**
   * Sends `event` as is on the `/private` streams of an account (default the test keys'), as the
   * futures engine sends its own: an event of your `--product usdm` spec the exchange does not
   * simulate (`RISK_LEVEL_CHANGE`, say), or a shipped one in a state hard to reach. An event
   * without a non-empty string `e` throws a `TypeError`, an account id that breaks the rule of
   * `accountKeys` a `RangeError`.
   */
  emitUserData(event: object, accountId?: string): void;
}

export interface LocalExchange {
  readonly port: number;
  readonly urls: LocalExchangeUrls;
  /**
   * One API key of each type (HMAC, RSA, Ed25519) on the default account, with its secret, for
   * tests and demos to build their own signers. The SDK itself never receives these secrets.
   */
  readonly keys: TestKeys;
  /**
   * One API key of each type on account `accountId` (letters, digits, `_`, `-`; at most 64), made
   * on the first call and the same ever after; `accountKeys('default')` is `keys`. Each account
   * has its own balances, orders and user data stream, so tests can put several accounts' user
   * data on one WebSocket API connection. An id that breaks the rule throws a `RangeError`.
   */
  accountKeys(accountId: string): TestKeys;
  readonly market: MarketControl;
  readonly faults: Faults;
  /**
   * Credits `amount` (a decimal string; negative withdraws) of `asset` to an account (default the
   * test keys' account), as a deposit would: the user data stream gets `balanceUpdate`.
   */
  deposit(asset: string, amount: string, accountId?: string): void;
  /**
   * Sends `event` as is to every user data stream subscription of an account (default the test
   * keys'), as `{subscriptionId, event}`, as the engine sends its own: an event of your spec
   * (`my-spec/user-data/*.yaml`) that the exchange does not simulate, or a shipped one in a state
   * hard to reach. The examples of your spec's events are in the `examples.ts` that
   * `binance-rx generate` writes (`userDataExamples`). An event without a non-empty string `e`
   * throws a `TypeError`, an account id that breaks the rule of `accountKeys` a `RangeError`.
   */
  emitUserData(event: object, accountId?: string): void;
  /** USDⓈ-M futures controls. */
  readonly usdm: UsdmControl;
  /**
   * One margin interest hour now: every margin loan is charged its hourly interest (PERIODIC), as
   * every `interestHourMs` (option) does by itself.
   */
  accrueInterest(): void;
  /** Open market-stream connections. */
  readonly connectionCount: number;
  /** Closes every socket, clears every timer and stops listening. */
  close(): Promise<void>;
}
