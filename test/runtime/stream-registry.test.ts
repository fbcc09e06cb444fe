import { describe, expect, it } from 'vitest';
import { SocketStreamRegistry } from '../../src/channels/stream-registry';
import {
  RequestTimeoutError,
  SubscriptionRejectedError,
  type BinanceRxError,
} from '../../src/errors';
import { silentLogger } from '../../src/logging/logger';

function registry() {
  let changes = 0;
  const streams = new SocketStreamRegistry(() => (changes += 1), silentLogger);
  return { streams, changes: () => changes };
}

describe('SocketStreamRegistry', () => {
  it('reference-counts holders and reconciles wanted and server state into requests', () => {
    const { streams, changes } = registry();
    const a1 = streams.acquire('a@trade', () => {});
    const a2 = streams.acquire('a@trade', () => {});
    const b = streams.acquire('b@trade', () => {});
    expect(changes()).toBe(2);
    expect(streams.wanted()).toEqual(['a@trade', 'b@trade']);
    expect(streams.takeRequest(1)).toEqual({ method: 'SUBSCRIBE', params: ['a@trade', 'b@trade'] });
    expect(streams.takeRequest(2)).toBeUndefined();

    a1.release();
    a1.release();
    expect(streams.hasPending()).toBe(false);
    a2.release();
    b.release();
    const c = streams.acquire('c@trade', () => {});
    // SUBSCRIBE first; the UNSUBSCRIBE stays pending for the next slot.
    expect(streams.takeRequest(3)).toEqual({ method: 'SUBSCRIBE', params: ['c@trade'] });
    expect(streams.hasPending()).toBe(true);
    expect(streams.takeRequest(4)).toEqual({
      method: 'UNSUBSCRIBE',
      params: ['a@trade', 'b@trade'],
    });
    expect(streams.expects('a@trade')).toBe(true);
    streams.settle({ method: 'UNSUBSCRIBE', params: ['a@trade', 'b@trade'] }, 4);
    expect(streams.expects('a@trade')).toBe(false);
    expect(streams.expects('c@trade')).toBe(true);
    c.release();
  });

  it('forgets a rejected stream but keeps a timed-out one, failing every holder either way', () => {
    const { streams } = registry();
    const heard: BinanceRxError[] = [];
    const x = streams.acquire('x@trade', (error) => heard.push(error));
    streams.acquire('y@trade', (error) => heard.push(error));
    const request = streams.takeRequest(1);
    expect(request).toEqual({ method: 'SUBSCRIBE', params: ['x@trade', 'y@trade'] });
    if (request === undefined) return;
    const timeout = new RequestTimeoutError('SUBSCRIBE', 1, 10, request.params);
    streams.settle(request, 1, timeout);
    expect(heard).toEqual([timeout, timeout]);
    x.release();
    // The server may have x: releasing it unsubscribes.
    expect(streams.takeRequest(2)).toEqual({ method: 'UNSUBSCRIBE', params: ['x@trade'] });

    const z = streams.acquire('z@trade', (error) => heard.push(error));
    const again = streams.takeRequest(3);
    if (again === undefined) throw new Error('expected a request');
    const rejected = new SubscriptionRejectedError('SUBSCRIBE', again.params, 2, 'bad', 3);
    streams.settle(again, 3, rejected);
    expect(heard.at(-1)).toBe(rejected);
    z.release();
    expect(streams.takeRequest(4)).toBeUndefined();
  });

  it('does nothing once disposed', () => {
    const { streams, changes } = registry();
    streams.dispose();
    const lease = streams.acquire('a@trade', () => {});
    lease.release();
    expect(changes()).toBe(0);
    expect(streams.expects('a@trade')).toBe(false);
  });
});
