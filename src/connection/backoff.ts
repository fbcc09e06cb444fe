/** How reconnection delays grow. */
export interface BackoffConfig {
  /** Delay before the first reconnect attempt, in ms. */
  readonly initialDelayMs: number;
  /** Cap on any delay, in ms. */
  readonly maxDelayMs: number;
  /** Factor applied per attempt (2 doubles). */
  readonly multiplier: number;
  /** Fraction (0–1) of the delay that is random: 0.2 gives a delay between 80% and 100%. */
  readonly jitter: number;
  /**
   * A socket that stays open this long resets the attempt count, so the next drop starts again at
   * `initialDelayMs`; one that drops sooner keeps the backoff growing (a server that accepts and
   * then closes at once is not hammered).
   */
  readonly resetAfterMs: number;
  /** Give up (status `closed`) after this many failed attempts in a row; default unlimited. */
  readonly maxAttempts: number;
}

/**
 * Defaults: 1 s, doubling, capped at 30 s, 20% jitter, reset after 30 s of health, no attempt
 * limit. Binance allows 300 connection attempts per 5 minutes per IP; these stay far below.
 */
export const DEFAULT_BACKOFF: BackoffConfig = {
  initialDelayMs: 1_000,
  maxDelayMs: 30_000,
  multiplier: 2,
  jitter: 0.2,
  resetAfterMs: 30_000,
  maxAttempts: Number.POSITIVE_INFINITY,
};

/**
 * Delay in ms before reconnect `attempt` (1 for the first): `initialDelayMs * multiplier^(attempt-1)`,
 * capped at `maxDelayMs`, then reduced by up to `jitter` of itself using `random()` (in [0, 1)).
 * Pure: the randomness is injected.
 */
export function backoffDelay(
  attempt: number,
  config: BackoffConfig = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const exponent = Math.max(0, attempt - 1);
  const base = Math.min(config.maxDelayMs, config.initialDelayMs * config.multiplier ** exponent);
  const jitter = Math.min(1, Math.max(0, config.jitter));
  return Math.round(base * (1 - jitter * random()));
}
