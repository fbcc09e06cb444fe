import { VirtualTimeScheduler } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { ShardedStreamRegistry } from '../../src/connection/sharded-registry';
import type { StreamRoute } from '../../src/product/descriptor';

/** A registry of a connection that routes by channel (`public` first, then `market`). */
function routed(maxPerShard = 2, routes: readonly StreamRoute[] = ['public', 'market']) {
  const opened: [number, StreamRoute | undefined][] = [];
  const closed: number[] = [];
  const errors: Error[] = [];
  const scheduler = new VirtualTimeScheduler();
  const registry = new ShardedStreamRegistry(
    maxPerShard,
    scheduler,
    {
      open: (index, route) => opened.push([index, route]),
      close: (index) => closed.push(index),
      report: (error) => errors.push(error),
    },
    routes[0],
    routes,
  );
  return { registry, opened, closed, errors, flush: () => scheduler.flush() };
}

describe('ShardedStreamRegistry routed by channel', () => {
  it('opens a shard per route as streams of that route arrive, and fills each to its limit', () => {
    const { registry, opened } = routed();
    const noop = () => undefined;
    registry.acquire('btcusdt@depth', noop, 'public'); // shard 0 is /public
    registry.acquire('btcusdt@markPrice', noop, 'market');
    registry.acquire('btcusdt@aggTrade', noop, 'market');
    registry.acquire('btcusdt@kline_1m', noop, 'market'); // /market is full: another
    registry.acquire('btcusdt@bookTicker', noop, 'public');
    expect(opened).toEqual([
      [1, 'market'],
      [2, 'market'],
    ]);
  });

  it('puts a stream without a route, or of a route the product lacks, on the first route', () => {
    const { registry, opened } = routed(1);
    registry.acquire('serverShutdown', () => undefined);
    expect(opened).toEqual([]);
    registry.acquire('other', () => undefined, 'market');
    expect(opened).toEqual([[1, 'market']]);
  });

  it('ignores routes on a connection that does not route (pinned or one URL)', () => {
    const { registry, opened } = routed(2, []);
    registry.acquire('a', () => undefined, 'market');
    registry.acquire('b', () => undefined, 'public');
    expect(opened).toEqual([]);
  });

  it('closes a route shard once its streams are gone', () => {
    const { registry, closed, flush } = routed();
    const lease = registry.acquire('btcusdt@markPrice', () => undefined, 'market');
    lease.release();
    flush();
    expect(closed).toEqual([1]);
  });
});
