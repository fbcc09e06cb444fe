/** All simulated symbols, stepped together every `tickMs` (or by hand while paused). */
import { formatE8 } from './decimal';
import { SymbolMarket, type StepResult } from './symbol-market';
import { symbolSpec } from './symbols';

export interface DepthSnapshot {
  readonly lastUpdateId: number;
  readonly bids: [string, string][];
  readonly asks: [string, string][];
}

/** Step results keyed by lowercase symbol (as in stream names). */
export type StepResults = ReadonlyMap<string, StepResult>;

export interface MarketOptions {
  readonly symbols: readonly string[];
  readonly seed: number;
  readonly tickMs: number;
  readonly paused: boolean;
}

export class Market {
  private readonly bySymbol = new Map<string, SymbolMarket>();
  private timer: NodeJS.Timeout | undefined;
  private readonly listeners = new Set<(results: StepResults, now: number) => void>();
  private running = false;

  constructor(private readonly options: MarketOptions) {
    const now = Date.now();
    for (const symbol of options.symbols) {
      this.bySymbol.set(
        symbol.toLowerCase(),
        new SymbolMarket(symbolSpec(symbol), options.seed, now),
      );
    }
  }

  get symbols(): readonly string[] {
    return this.options.symbols;
  }

  get paused(): boolean {
    return !this.running;
  }

  /** The market of a symbol, by its lowercase stream-name spelling. */
  get(streamSymbol: string): SymbolMarket | undefined {
    return this.bySymbol.get(streamSymbol);
  }

  all(): IterableIterator<SymbolMarket> {
    return this.bySymbol.values();
  }

  /** Calls `listener` after every step (the publisher, the matching engine); returns the remover. */
  onStep(listener: (results: StepResults, now: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  start(): void {
    if (!this.options.paused) this.resume();
  }

  resume(): void {
    if (this.running) return;
    this.running = true;
    this.timer = setInterval(() => this.step(), this.options.tickMs);
    this.timer.unref();
  }

  pause(): void {
    this.running = false;
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Advances every symbol by `count` steps and publishes each step. */
  step(count = 1): void {
    for (let i = 0; i < count; i++) {
      const now = Date.now();
      const results = new Map<string, StepResult>();
      for (const [key, market] of this.bySymbol) results.set(key, market.step(now));
      for (const listener of this.listeners) listener(results, now);
    }
  }

  /** The book as GET /api/v3/depth serves it: best first, at most `limit` (≤ 5000) per side. */
  depthSnapshot(symbol: string, limit = 100): DepthSnapshot | undefined {
    const market = this.bySymbol.get(symbol.toLowerCase());
    if (market === undefined) return undefined;
    const cap = Math.max(1, Math.min(5000, Math.floor(limit)));
    const { tickE8, lotE8 } = market.spec;
    const side = (s: 'bid' | 'ask'): [string, string][] =>
      market.book
        .levels(s)
        .slice(0, cap)
        .map((l) => [formatE8(l.price * tickE8), formatE8(l.qty * lotE8)]);
    return { lastUpdateId: market.book.updateId, bids: side('bid'), asks: side('ask') };
  }
}
