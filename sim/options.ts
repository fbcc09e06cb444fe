/** Options of the local exchange and their defaults. */
import { marketStreamLimits as limits } from '../generated/limits';
import { DEFAULT_RATE_LIMITS, type RateLimitOptions } from './api/rate-limits';
import { resolveExamples, type LocalExchangeExamples, type ResolvedExamples } from './examples';

export interface LocalExchangeOptions {
  /** TCP port; 0 (default) picks a free one. */
  readonly port?: number;
  /** Interface to bind; default 127.0.0.1. */
  readonly host?: string;
  /** Symbols to simulate (uppercase); default BTCUSDT, ETHUSDT, BNBUSDT. */
  readonly symbols?: readonly string[];
  /** Seed of the market's random walk; same seed, same trades. Default 1. */
  readonly seed?: number;
  /** Interval between market steps (trades, book changes), ms. Default 100. */
  readonly tickMs?: number;
  /**
   * Divides the documented update speeds of periodic streams (100 ms, 1000 ms, 2000 ms for
   * klines), so tests can run faster than real time. Default 1.
   */
  readonly speed?: number;
  /**
   * Length of a margin interest hour, ms: interest is charged on every margin loan once per such
   * hour, so tests can compress time (`accrueInterest()` charges one at once). Default 3 600 000.
   */
  readonly interestHourMs?: number;
  /**
   * USDⓈ-M funding interval, ms: every position pays or receives funding at each multiple of it
   * (the `nextFundingTime` of premiumIndex and the markPrice stream), so tests can compress time
   * (`usdm.settleFunding()` settles once at once). Default 28 800 000 (8 h: 00:00, 08:00, 16:00
   * UTC).
   */
  readonly fundingIntervalMs?: number;
  /** Start with the market paused: it only moves on `market.step()`. Default false. */
  readonly paused?: boolean;
  /** Server ping interval, ms. Default 20 000. */
  readonly pingIntervalMs?: number;
  /** A connection whose oldest unanswered ping is this old is dropped, ms. Default 60 000. */
  readonly pongTimeoutMs?: number;
  /** Connections are closed after this long, ms. Default 24 h. */
  readonly maxLifetimeMs?: number;
  /** Default 1024. */
  readonly maxStreamsPerConnection?: number;
  /** Incoming frames (messages, pings, pongs) per second before disconnecting. Default 5. */
  readonly maxIncomingPerSecond?: number;
  /**
   * REST and WebSocket API limits (weight per minute, orders per 10 s and per day, ban length);
   * Binance's defaults. `weightWindowSeconds` / `ordersWindowSeconds` shorten the windows for tests.
   */
  readonly rateLimits?: Partial<RateLimitOptions>;
  /**
   * Where the exchange logs what it does not simulate but replays from the spec's examples
   * (a channel or an operation added by a spec file alone). Default: nowhere; the CLI: stdout.
   */
  readonly log?: (line: string) => void;
  /**
   * Spec examples to replay besides the built-in ones, for channels and operations of your own
   * spec: the modules `binance-rx generate --spec my-spec --out …` writes as `<out>/examples.ts`
   * (`{ spot: await import('./binance/examples') }`; `usdm` for `--product usdm`). An entry
   * replaces the built-in one of the same name. Default: the built-in examples only.
   */
  readonly examples?: LocalExchangeExamples;
}

export type ResolvedOptions = {
  readonly [K in Exclude<keyof LocalExchangeOptions, 'rateLimits' | 'examples'>]-?: NonNullable<
    LocalExchangeOptions[K]
  >;
} & { readonly rateLimits: RateLimitOptions; readonly examples: ResolvedExamples };

export const DEFAULT_SYMBOLS = ['BTCUSDT', 'ETHUSDT', 'BNBUSDT'] as const;

export function resolveOptions(options: LocalExchangeOptions = {}): ResolvedOptions {
  const resolved: ResolvedOptions = {
    port: options.port ?? 0,
    host: options.host ?? '127.0.0.1',
    symbols: (options.symbols ?? DEFAULT_SYMBOLS).map((s) => s.toUpperCase()),
    seed: options.seed ?? 1,
    tickMs: options.tickMs ?? 100,
    speed: options.speed ?? 1,
    interestHourMs: options.interestHourMs ?? 3_600_000,
    fundingIntervalMs: options.fundingIntervalMs ?? 28_800_000,
    paused: options.paused ?? false,
    pingIntervalMs: options.pingIntervalMs ?? limits.serverPingIntervalMs,
    pongTimeoutMs: options.pongTimeoutMs ?? limits.pongTimeoutMs,
    maxLifetimeMs: options.maxLifetimeMs ?? limits.maxConnectionLifetimeMs,
    maxStreamsPerConnection: options.maxStreamsPerConnection ?? limits.maxStreamsPerConnection,
    maxIncomingPerSecond: options.maxIncomingPerSecond ?? limits.maxIncomingMessagesPerSecond,
    rateLimits: { ...DEFAULT_RATE_LIMITS, ...options.rateLimits },
    log: options.log ?? (() => undefined),
    examples: resolveExamples(options.examples),
  };
  const positive = [
    'tickMs',
    'speed',
    'interestHourMs',
    'fundingIntervalMs',
    'pingIntervalMs',
    'pongTimeoutMs',
    'maxLifetimeMs',
  ] as const;
  for (const key of positive) {
    if (!(resolved[key] > 0)) throw new RangeError(`${key} must be a positive number`);
  }
  if (!Number.isInteger(resolved.port) || resolved.port < 0 || resolved.port > 65535) {
    throw new RangeError('port must be an integer from 0 to 65535');
  }
  if (resolved.symbols.length === 0) throw new RangeError('symbols must not be empty');
  for (const key of ['weightWindowSeconds', 'ordersWindowSeconds'] as const) {
    const value = resolved.rateLimits[key];
    if (!Number.isInteger(value) || value <= 0) {
      throw new RangeError(`rateLimits.${key} must be a positive integer`);
    }
  }
  return resolved;
}
