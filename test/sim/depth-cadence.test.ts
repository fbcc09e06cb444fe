/**
 * Depth cadences of the local exchange, in fake time (vitest's timers, no wall clock): SBE diff
 * depth is pushed every 20 ms and SBE depth20 every 50 ms, as Binance documents for
 * stream-sbe.binance.com, while JSON's fastest depth stays `@100ms` and plain `@depth` 1 s;
 * USDⓈ-M diff depth at its named speed (250 ms, `@500ms`, `@100ms`).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { decodeSbeEvent, type SbeEvent } from '../../generated/sbe/stream';
import { Market } from '../../sim/market/market';
import { resolveOptions } from '../../sim/options';
import { parseSbeStreamName } from '../../sim/sbe/names';
import { StreamHub, type Subscriber } from '../../sim/streams/hub';
import { parseSimulatedStream as parseStreamName, type StreamSpec } from '../../sim/streams/names';
import { CADENCE_MS, Publisher } from '../../sim/streams/publisher';
import { parseUsdmStreamName } from '../../sim/usdm/names';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setUp() {
  const market = new Market(resolveOptions({ paused: true, symbols: ['BTCUSDT'], seed: 3 }));
  const hub = new StreamHub(market);
  const publisher = new Publisher(hub, market, CADENCE_MS, () => true);
  /** Subscribes one stream; counts the feed's polls and keeps what is delivered. */
  const open = (name: string, spec: StreamSpec | undefined, sbe: boolean) => {
    const delivered: (string | Uint8Array)[] = [];
    const subscriber: Subscriber = {
      combined: false,
      micro: false,
      sbe,
      deliver: (message) => delivered.push(message),
    };
    hub.subscribe(subscriber, sbe ? `sbe:${name}` : name, spec!);
    const poll = vi.spyOn(hub.get(sbe ? `sbe:${name}` : name)!.feed!, 'poll');
    return { delivered, poll };
  };
  return { market, hub, publisher, open };
}

const decoded = (frames: readonly (string | Uint8Array)[]): SbeEvent[] =>
  frames.map((f) => {
    const bytes = f as Uint8Array;
    return decodeSbeEvent(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });

describe('local exchange: depth cadences', () => {
  it('polls SBE diff depth every 20 ms, SBE depth20 every 50 ms, JSON @100ms and 1 s depth', () => {
    const { publisher, hub, open } = setUp();
    const sbeDiff = open('btcusdt@depth', parseSbeStreamName('btcusdt@depth'), true);
    const sbeDepth20 = open('btcusdt@depth20', parseSbeStreamName('btcusdt@depth20'), true);
    const jsonFast = open('btcusdt@depth@100ms', parseStreamName('btcusdt@depth@100ms'), false);
    const jsonSecond = open('btcusdt@depth', parseStreamName('btcusdt@depth'), false);
    publisher.start();
    vi.advanceTimersByTime(1000);
    publisher.stop();
    hub.close();

    expect(sbeDiff.poll).toHaveBeenCalledTimes(50);
    expect(sbeDepth20.poll).toHaveBeenCalledTimes(20);
    expect(jsonFast.poll).toHaveBeenCalledTimes(10);
    expect(jsonSecond.poll).toHaveBeenCalledTimes(1);
    // depth20 is a snapshot: one SBE frame per period.
    const snapshots = decoded(sbeDepth20.delivered);
    expect(snapshots).toHaveLength(20);
    expect(snapshots.every((e) => e.message === 'DepthSnapshotStreamEvent')).toBe(true);
  });

  it('pushes an SBE diff within 20 ms of a book change, where JSON @100ms waits for its period', () => {
    const { market, publisher, hub, open } = setUp();
    const sbeDiff = open('btcusdt@depth', parseSbeStreamName('btcusdt@depth'), true);
    const jsonFast = open('btcusdt@depth@100ms', parseStreamName('btcusdt@depth@100ms'), false);
    publisher.start();
    vi.advanceTimersByTime(100); // both periods start together
    const before = market.depthSnapshot('BTCUSDT', 5)!.lastUpdateId;
    let steps = 0;
    while (market.depthSnapshot('BTCUSDT', 5)!.lastUpdateId === before && steps < 100) {
      market.step();
      steps += 1;
    }
    expect(steps).toBeLessThan(100); // the book changed
    sbeDiff.delivered.length = 0;
    jsonFast.delivered.length = 0;
    vi.advanceTimersByTime(20);
    const diffs = decoded(sbeDiff.delivered);
    expect(diffs).toHaveLength(1);
    expect(diffs[0]!.message).toBe('DepthDiffStreamEvent');
    expect(jsonFast.delivered).toHaveLength(0);
    vi.advanceTimersByTime(80);
    expect(jsonFast.delivered).toHaveLength(1);
    publisher.stop();
    hub.close();
  });

  it('polls USDⓈ-M diff depth at its speed: 250 ms, @500ms, @100ms', () => {
    const { publisher, hub, open } = setUp();
    const usdm = parseUsdmStreamName('public');
    const usdmStream = (name: string) => {
      const delivered: (string | Uint8Array)[] = [];
      const subscriber: Subscriber = {
        combined: false,
        micro: false,
        sbe: false,
        deliver: (message) => delivered.push(message),
      };
      hub.subscribe(subscriber, `usdm:${name}`, usdm(name)!);
      return vi.spyOn(hub.get(`usdm:${name}`)!.feed!, 'poll');
    };
    const standard = usdmStream('btcusdt@depth');
    const slow = usdmStream('btcusdt@depth@500ms');
    const fast = usdmStream('btcusdt@depth@100ms');
    const spot = open('btcusdt@depth@100ms', parseStreamName('btcusdt@depth@100ms'), false);
    publisher.start();
    vi.advanceTimersByTime(1000);
    publisher.stop();
    hub.close();

    expect(standard).toHaveBeenCalledTimes(4);
    expect(slow).toHaveBeenCalledTimes(2);
    expect(fast).toHaveBeenCalledTimes(10);
    expect(spot.poll).toHaveBeenCalledTimes(10);
  });
});
