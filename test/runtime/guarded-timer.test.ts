/**
 * Every timer is a trust boundary: `guardedTimer` (src/supervisor/guard.ts) turns what a timer's
 * body throws into a `CallbackError` for its report, never an exception out of the scheduler.
 */
import { VirtualTimeScheduler } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { PendingRequests } from '../../src/connection/pending-requests';
import { CallbackError, type BinanceRxError } from '../../src/errors';
import { guardedTimer } from '../../src/supervisor/guard';

describe('guardedTimer', () => {
  it('reports what the body throws as a CallbackError named for the timer', () => {
    const scheduler = new VirtualTimeScheduler();
    const reported: BinanceRxError[] = [];
    const thrown = new Error('log transport down');
    guardedTimer(
      scheduler,
      'retry timer',
      (e) => reported.push(e),
      () => {
        throw thrown;
      },
      1000,
    );
    expect(() => scheduler.flush()).not.toThrow();
    expect(reported).toHaveLength(1);
    expect(reported[0]).toBeInstanceOf(CallbackError);
    expect(reported[0]).toMatchObject({
      callback: 'retry timer',
      socketId: undefined,
      cause: thrown,
    });
  });

  it('guards a body that schedules itself again, every time it runs', () => {
    const scheduler = new VirtualTimeScheduler();
    const reported: BinanceRxError[] = [];
    let looks = 0;
    guardedTimer(
      scheduler,
      'heartbeat',
      (e) => reported.push(e),
      function look() {
        looks += 1;
        if (looks < 3) this.schedule(undefined, 10);
        throw new Error(`look ${looks}`);
      },
      10,
    );
    expect(() => scheduler.flush()).not.toThrow();
    expect(looks).toBe(3);
    expect(reported.map((e) => (e.cause as Error).message)).toEqual(['look 1', 'look 2', 'look 3']);
  });

  it('a report that throws too is swallowed: nothing leaves the scheduler', () => {
    const scheduler = new VirtualTimeScheduler();
    const report = () => {
      throw new Error('error listener broke');
    };
    guardedTimer(scheduler, 'retry timer', report, () => {
      throw new Error('body broke');
    });
    expect(() => scheduler.flush()).not.toThrow();
  });

  it('PendingRequests: a timeout whose listener throws is reported, not thrown', () => {
    const scheduler = new VirtualTimeScheduler();
    const reported: BinanceRxError[] = [];
    const pending = new PendingRequests(
      scheduler,
      10_000,
      () => {
        throw new Error('logger down');
      },
      (e) => reported.push(e),
    );
    pending.add({ method: 'SUBSCRIBE', params: ['btcusdt@trade'] }, 1);
    expect(() => scheduler.flush()).not.toThrow();
    expect(reported[0]).toMatchObject({ code: 'CALLBACK_FAILED', callback: 'request timeout' });
  });
});
