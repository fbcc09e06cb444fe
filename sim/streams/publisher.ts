/** Drives the feeds: real-time ones after each market step, periodic ones on three timers. */
import type { Market, StepResults } from '../market/market';
import type { Cadence } from './feeds';
import type { ActiveStream, StreamHub } from './hub';

export interface Cadences {
  /** The `@100ms` streams. */
  readonly fastMs: number;
  /** The 1000 ms streams (tickers, avgPrice, depth, 1s klines, …). */
  readonly secondMs: number;
  /** Klines other than 1s (2000 ms in the doc). */
  readonly klineMs: number;
}

/** Return false to drop a payload (faults use it to skip diff-depth updates). */
export type PublishFilter = (stream: ActiveStream, payload: unknown) => boolean;

export class Publisher {
  private readonly timers: NodeJS.Timeout[] = [];

  constructor(
    private readonly hub: StreamHub,
    market: Market,
    private readonly cadences: Cadences,
    private readonly filter: PublishFilter,
  ) {
    market.onStep((results, now) => this.onStep(results, now));
  }

  start(): void {
    const every = (ms: number, cadence: Cadence) => {
      const timer = setInterval(() => this.poll(cadence), ms);
      timer.unref();
      this.timers.push(timer);
    };
    every(this.cadences.fastMs, 'fast');
    every(this.cadences.secondMs, 'second');
    every(this.cadences.klineMs, 'kline');
  }

  stop(): void {
    for (const timer of this.timers.splice(0)) clearInterval(timer);
  }

  private onStep(results: StepResults, now: number): void {
    for (const stream of this.hub.active()) {
      const payloads = stream.feed?.onStep?.(results, now);
      if (payloads !== undefined) for (const payload of payloads) this.emit(stream, payload);
    }
  }

  private poll(cadence: Cadence): void {
    const now = Date.now();
    for (const stream of this.hub.active()) {
      if (stream.feed?.cadence !== cadence) continue;
      for (const payload of stream.feed.poll?.(now) ?? []) this.emit(stream, payload);
    }
  }

  private emit(stream: ActiveStream, payload: unknown): void {
    if (this.filter(stream, payload)) this.hub.publish(stream, payload);
  }
}
