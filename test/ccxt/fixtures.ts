/**
 * What every differential test shares: the exchangeInfo both sides load their markets from (the
 * local exchange's own symbol descriptions, `sim/engine/symbol-rules.ts`, for `MARKET_IDS`), the
 * spec's example payloads, and the fixed seed and run count of the properties.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { symbolInfo } from '../../sim/engine/symbol-rules';
import { symbolSpec } from '../../sim/market/symbols';
import { MARKET_IDS } from './arbitraries';

/**
 * Fixed, so a failure reproduces; fast-check prints the counterexample and its path. A longer
 * hunt: `CCXT_SEED=… CCXT_NUM_RUNS=5000 npx vitest run test/ccxt` (never in CI).
 */
export const SEED = Number(process.env['CCXT_SEED'] ?? 20_261_125);
export const NUM_RUNS = Number(process.env['CCXT_NUM_RUNS'] ?? 200);
export const PROPERTY = { seed: SEED, numRuns: NUM_RUNS } as const;

/**
 * Tick sizes (in 1e-8) of the test markets, from 1e-8 to 10: the decimals of a derived ticker
 * `average` follow the market's tick, and ticks like 1e-7 print in exponent form in JavaScript.
 */
const TICKS_E8: Readonly<Record<string, number>> = {
  BTCUSDT: 1_000_000,
  ETHUSDT: 10_000_000,
  BNBUSDT: 1_000_000_000,
  ETHBTC: 1_000,
  YOYOBTC: 1,
  XBTUSDC: 10,
};

/** exchangeInfo as the local exchange serves it, for the markets of the tests. */
export const EXCHANGE_INFO = {
  timezone: 'UTC',
  serverTime: 1_764_000_000_000,
  rateLimits: [],
  exchangeFilters: [],
  symbols: MARKET_IDS.map((id) =>
    symbolInfo({ ...symbolSpec(id), tickE8: TICKS_E8[id] ?? symbolSpec(id).tickE8 }),
  ),
  sors: [],
};

const REPO = join(import.meta.dirname, '..', '..');

interface SpecExample {
  readonly source: string;
  readonly payload?: unknown;
  readonly response?: unknown;
}

/** The example payloads (channels, user data) or responses (operations) of one spec file. */
export function specExamples(file: string): { source: string; raw: unknown }[] {
  const spec = parse(readFileSync(join(REPO, 'spec', file), 'utf8')) as {
    examples?: SpecExample[];
  };
  return (spec.examples ?? []).map((example) => ({
    source: example.source,
    raw: example.payload ?? example.response,
  }));
}
