/** Who is subscribed to what; each payload is serialised once and shared by all subscribers. */
import type { Market } from '../market/market';
import { openFeed, type Feed } from './feeds';
import type { StreamSpec } from './names';
import type { ReplaySpec } from './replay';
import { sbeFrame } from '../sbe/frames';
import { toMicroseconds, wrapCombined } from './serialize';

export interface Subscriber {
  /** Combined connections get `{"stream":…,"data":…}`. */
  readonly combined: boolean;
  /** `timeUnit=MICROSECOND` connections get timestamps in microseconds. */
  readonly micro: boolean;
  /** SBE connections get binary frames (`sbe/frames.ts`) instead of JSON text. */
  readonly sbe?: boolean;
  deliver(message: string | Uint8Array): void;
}

export interface ActiveStream {
  /** The hub key (a wire's key: `usdm:market:btcusdt@aggTrade`). */
  readonly name: string;
  /** The stream's name on the wire, as combined frames carry it. */
  readonly wireName: string;
  readonly spec: StreamSpec;
  /** Undefined for a symbol the market does not have: subscribed, but silent. */
  readonly feed: Feed | undefined;
  readonly subscribers: Set<Subscriber>;
}

export class StreamHub {
  private readonly streams = new Map<string, ActiveStream>();

  constructor(
    private readonly market: Market,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  subscribe(subscriber: Subscriber, name: string, spec: StreamSpec, wireName = name): void {
    let stream = this.streams.get(name);
    if (stream === undefined) {
      const feed = openFeed(spec, this.market);
      stream = { name, wireName, spec, feed, subscribers: new Set() };
      this.streams.set(name, stream);
    }
    stream.subscribers.add(subscriber);
    if (spec.kind === 'replay') this.replayTo(stream, subscriber, spec);
  }

  /** A replayed channel: every example right after the subscription's answer, and a log line. */
  private replayTo(stream: ActiveStream, subscriber: Subscriber, spec: ReplaySpec): void {
    this.log(`replayed from spec: ${spec.file} examples on ${stream.name} (not simulated)`);
    setImmediate(() => {
      if (!stream.subscribers.has(subscriber)) return;
      for (const payload of spec.payloads) this.publishTo(stream, subscriber, payload);
    });
  }

  private publishTo(stream: ActiveStream, subscriber: Subscriber, payload: unknown): void {
    const raw = JSON.stringify(payload);
    subscriber.deliver(subscriber.combined ? wrapCombined(stream.wireName, raw) : raw);
  }

  unsubscribe(subscriber: Subscriber, name: string): void {
    const stream = this.streams.get(name);
    if (stream === undefined) return;
    stream.subscribers.delete(subscriber);
    if (stream.subscribers.size > 0) return;
    stream.feed?.dispose?.();
    this.streams.delete(name);
  }

  get(name: string): ActiveStream | undefined {
    return this.streams.get(name);
  }

  /** A snapshot of the active streams (safe to iterate while publishing). */
  active(): ActiveStream[] {
    return [...this.streams.values()];
  }

  publish(stream: ActiveStream, payload: unknown): void {
    const texts = new Map<string, string>();
    let frame: Uint8Array | undefined;
    for (const subscriber of stream.subscribers) {
      if (subscriber.sbe === true) {
        frame ??= sbeFrame(stream.spec, payload, Date.now());
        subscriber.deliver(frame);
        continue;
      }
      const key = `${subscriber.micro ? 'us' : 'ms'}${subscriber.combined ? '+' : ''}`;
      let text = texts.get(key);
      if (text === undefined) {
        const data = subscriber.micro ? toMicroseconds(stream.spec.kind, payload) : payload;
        const raw = JSON.stringify(data);
        text = subscriber.combined ? wrapCombined(stream.wireName, raw) : raw;
        texts.set(key, text);
      }
      subscriber.deliver(text);
    }
  }

  close(): void {
    for (const stream of this.streams.values()) stream.feed?.dispose?.();
    this.streams.clear();
  }
}
