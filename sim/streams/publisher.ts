/** Drives the feeds: real-time ones after each market step, periodic ones on a timer per cadence. */
import type { Market, StepResults } from '../market/market';
import type { Cadence } from './feeds';
import type { ActiveStream, StreamHub } from './hub';

/** The period of each timed cadence, ms (`speed` applied). */
export type Cadences = Readonly<Record<Exclude<Cadence, 'realtime'>, number>>;

/**
 * The documented periods, ms: SBE diff depth, SBE depth20, `@100ms`, USDⓈ-M depth (250 ms
 * default, `@500ms`), 1 s streams, klines.
 */
export const CADENCE_MS: Cadences = {
  '20ms': 20,
  '50ms': 50,
  '100ms': 100,
  '250ms': 250,
  '500ms': 500,
  second: 1000,
  kline: 2000,
};

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
    for (const [cadence, ms] of Object.entries(this.cadences) as [keyof Cadences, number][]) {
      const timer = setInterval(() => this.poll(cadence), ms);
      timer.unref();
      this.timers.push(timer);
    }
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
