/**
 * On an SBE connection, the JSON streams SBE also carries are subscribed as the SBE stream serving
 * them; any other stream is an `SbeStreamUnavailableError` at subscribe time, and nothing is held.
 */
import { describe, expect, it } from 'vitest';
import type { StreamLease, StreamRegistry } from '../../../src/channels/stream-registry';
import { InvalidOptionError, SbeStreamUnavailableError } from '../../../src/errors';
import { sbeRouteOf } from '../../../src/sbe/json-streams';
import { sbeStreamRegistry } from '../../../src/sbe/sbe-stream-registry';
import { SbeStreamViews } from '../../../src/sbe/stream-views';

describe('sbeRouteOf', () => {
  it.each([
    ['btcusdt@trade', 'btcusdt@trade', 'json'],
    ['btcusdt@bookTicker', 'btcusdt@bestBidAsk', 'json'],
    ['btcusdt@depth', 'btcusdt@depth', 'json'],
    ['btcusdt@depth@100ms', 'btcusdt@depth', 'json'],
    ['ethusdt@depth20', 'ethusdt@depth20', 'json'],
    ['ethusdt@depth20@100ms', 'ethusdt@depth20', 'json'],
    ['sbe:btcusdt@trade', 'btcusdt@trade', 'raw'],
    ['sbe:btcusdt@bestBidAsk', 'btcusdt@bestBidAsk', 'raw'],
  ])('%s is served by %s (%s)', (given, wire, view) => {
    expect(sbeRouteOf(given)).toEqual({ wire, view });
  });

  it.each([
    ['btcusdt@depth5', 5],
    ['btcusdt@depth5@100ms', 5],
    ['btcusdt@depth10', 10],
    ['btcusdt@depth10@100ms', 10],
  ])('%s is depth20 cut to %i levels', (given, levels) => {
    expect(sbeRouteOf(given)).toEqual({ wire: 'btcusdt@depth20', view: 'json', levels });
  });

  it.each([
    ['btcusdt@kline_1m', 'SBE carries <symbol>@trade'],
    ['btcusdt@ticker', 'SBE carries <symbol>@trade'],
    ['btcusdt@aggTrade', 'SBE carries <symbol>@trade'],
    ['btcusdt@bestBidAsk', 'SBE carries <symbol>@trade'],
    ['!bookTicker', 'SBE carries <symbol>@trade'],
    ['!miniTicker@arr', 'SBE carries <symbol>@trade'],
    ['btcusdt@depth15', 'SBE carries <symbol>@trade'],
    ['btcusdt@depth20@1000ms', 'SBE carries <symbol>@trade'],
  ])('%s is refused with a typed error', (stream, rule) => {
    const error = (() => {
      try {
        sbeRouteOf(stream);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(SbeStreamUnavailableError);
    expect(error).toMatchObject({ code: 'SBE_STREAM_UNAVAILABLE', stream });
    expect((error as SbeStreamUnavailableError).rule).toContain(rule);
  });
});

/** A registry that records what it is asked to hold. */
function recording(): StreamRegistry & { held: string[] } {
  const held: string[] = [];
  return {
    held,
    acquire(stream): StreamLease {
      held.push(stream);
      return { release: () => held.splice(held.indexOf(stream), 1) };
    },
    expects: (stream) => held.includes(stream),
    wanted: () => [...new Set(held)],
  };
}

describe('sbeStreamRegistry', () => {
  it('holds the SBE stream and records its JSON and raw readers in the views', () => {
    const inner = recording();
    const views = new SbeStreamViews();
    const registry = sbeStreamRegistry(inner, { views, convertsDecimals: false });
    const errors: unknown[] = [];
    const slow = registry.acquire('btcusdt@depth', (e) => errors.push(e));
    const fast = registry.acquire('btcusdt@depth@100ms', (e) => errors.push(e));
    const raw = registry.acquire('sbe:btcusdt@depth', (e) => errors.push(e));
    expect(inner.held).toEqual(['btcusdt@depth', 'btcusdt@depth', 'btcusdt@depth']);
    const view = views.of({ message: 'DepthDiffStreamEvent', symbol: 'BTCUSDT' });
    expect([view.wire, view.raw, view.rawHolds]).toEqual(['btcusdt@depth', 'sbe:btcusdt@depth', 1]);
    expect(view.json).toEqual(['btcusdt@depth', 'btcusdt@depth@100ms']);
    slow.release();
    slow.release();
    raw.release();
    expect(view.json).toEqual(['btcusdt@depth@100ms']);
    expect(view.rawHolds).toBe(0);
    expect(registry.expects('btcusdt@depth@100ms')).toBe(true);
    expect(registry.expects('btcusdt@kline_1m')).toBe(false);
    expect(registry.wanted()).toEqual(['btcusdt@depth']);
    fast.release();
    expect(registry.expects('btcusdt@depth')).toBe(false);
    expect(view.json).toEqual([]);
    expect(inner.held).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('errors a stream SBE does not carry at once, holding nothing', () => {
    const inner = recording();
    const registry = sbeStreamRegistry(inner, {
      views: new SbeStreamViews(),
      convertsDecimals: false,
    });
    const errors: unknown[] = [];
    registry.acquire('btcusdt@kline_1m', (e) => errors.push(e)).release();
    expect(errors).toEqual([expect.any(SbeStreamUnavailableError)]);
    expect(inner.held).toEqual([]);
  });

  it('refuses JSON streams when decimals are converted (their payloads hold strings)', () => {
    const inner = recording();
    const registry = sbeStreamRegistry(inner, {
      views: new SbeStreamViews(),
      convertsDecimals: true,
    });
    const errors: unknown[] = [];
    registry.acquire('btcusdt@trade', (e) => errors.push(e));
    registry.acquire('sbe:btcusdt@trade', (e) => errors.push(e));
    expect(errors).toEqual([expect.any(InvalidOptionError)]);
    expect(inner.held).toEqual(['btcusdt@trade']);
  });
});
