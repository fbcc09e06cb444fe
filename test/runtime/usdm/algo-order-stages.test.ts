/**
 * Algo order stages on virtual time (`TestScheduler` marbles): the order code of src/orders/ with
 * `usdmAlgoOrderFactory`'s configuration (the stage table of spec/usdm/algo-order-stages.yaml,
 * ALGO_UPDATE as the report, clientAlgoId / algoId / algoStatus as the wire names) on a fake
 * venue. NEW to FINISHED, each stage once; reports before the answer pass through `pending`; a
 * definite error is `rejected`; an inconclusive one is `unknown` and looked up by clientAlgoId; an
 * unknown algo status moves nothing (UnknownOrderStatusError); a report that does not fit the
 * table ends the Observable with IllegalOrderTransitionError.
 */
import { map, NEVER, type Observable } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { describe, expect, it } from 'vitest';
import {
  BinanceApiError,
  IllegalOrderTransitionError,
  UnknownOrderStatusError,
} from '../../../src/errors';
import { silentLogger } from '../../../src/logging/logger';
import type { OperationDescriptor } from '../../../src/operations/descriptor';
import { createOrderFactory } from '../../../src/orders/order-factory';
import type { OrderVenue } from '../../../src/orders/order-venue';
import {
  ALGO_ORDER_STAGES,
  ALGO_ORDER_WIRE_NAMES,
  ALGO_UPDATE,
  placeAlgoOrderOperation,
  getAlgoOrderOperation,
  type PlaceAlgoOrderParams,
} from '../../../src/usdm';
import type { UserDataMessage } from '../../../src/ws-api/session';

const ORDER: PlaceAlgoOrderParams = {
  algoType: 'CONDITIONAL',
  symbol: 'BTCUSDT',
  side: 'SELL',
  type: 'STOP_MARKET',
  triggerPrice: '60000',
  quantity: '0.01',
};
const ID = 'algo-1';
const update = (X: string, extra: Record<string, unknown> = {}): UserDataMessage => ({
  subscriptionId: 0,
  event: {
    e: 'ALGO_UPDATE',
    E: 1,
    T: 1,
    o: { caid: ID, aid: 7, s: 'BTCUSDT', X, q: '0.01', ...extra },
  },
});
const answer = (algoStatus: string) => ({
  algoId: 7,
  clientAlgoId: ID,
  algoStatus,
  quantity: '0.01',
});
const apiError = (status: number, code: number) =>
  new BinanceApiError(
    { operation: 'placeAlgoOrder', method: 'POST /fapi/v1/algoOrder', params: {} },
    status,
    code,
    'x',
  );

type Requests = Partial<Record<string, (params: object) => Observable<unknown>>>;

function run(
  body: (t: {
    helpers: Parameters<Parameters<TestScheduler['run']>[0]>[0];
    watch: (requests: Requests, userData: Observable<UserDataMessage>) => Observable<string>;
    invalid: UnknownOrderStatusError[];
    sent: { operation: string; params: object }[];
    /** The factory's warnings, as logged. */
    warnings: string[];
  }) => void,
): void {
  const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
  scheduler.run((helpers) => {
    const invalid: UnknownOrderStatusError[] = [];
    const sent: { operation: string; params: object }[] = [];
    const warnings: string[] = [];
    const logger = { ...silentLogger, warn: (message: string) => void warnings.push(message) };
    const watch = (requests: Requests, userData: Observable<UserDataMessage>) => {
      const venue: OrderVenue = {
        request: <P extends object, R>(descriptor: OperationDescriptor<P, R>, params: P) => {
          sent.push({ operation: descriptor.operation, params });
          return (requests[descriptor.operation]?.(params) ?? NEVER) as Observable<R>;
        },
        userData: () => userData,
        subscribe: () => ({ unsubscribe: () => undefined }),
      };
      const addAlgoOrder = createOrderFactory(venue, {
        ...ALGO_ORDER_STAGES,
        place: placeAlgoOrderOperation,
        query: getAlgoOrderOperation,
        report: ALGO_UPDATE,
        wire: ALGO_ORDER_WIRE_NAMES,
        newClientOrderId: () => ID,
        scheduler,
        reconcile: { initialDelayMs: 10, maxDelayMs: 40, multiplier: 2, deadlineMs: 1_000 },
        onInvalid: (error) => invalid.push(error),
        logger,
      });
      return addAlgoOrder(ORDER).pipe(map((u) => u.stage));
    };
    body({ helpers, watch, invalid, sent, warnings });
  });
}

describe('algo order stages (usdmAlgoOrderFactory configuration)', () => {
  it('goes NEW -> TRIGGERING -> TRIGGERED -> FINISHED, each stage once, and completes', () => {
    run(({ helpers: { cold, hot, expectObservable, flush }, watch, sent, warnings }) => {
      const userData = hot('----n--g--d--f', {
        n: update('NEW'),
        g: update('TRIGGERING'),
        d: update('TRIGGERED', { ai: '55', ap: '0', aq: '0', act: 'MARKET' }),
        f: update('FINISHED', { ai: '55', ap: '60000', aq: '0.01', act: 'MARKET' }),
      });
      const stages = watch({ placeAlgoOrder: () => cold('--a|', { a: answer('NEW') }) }, userData);
      expectObservable(stages).toBe('s-(po)-g--d--(f|)', {
        s: 'submitted',
        p: 'pending',
        o: 'open',
        g: 'triggering',
        d: 'triggered',
        f: 'finished',
      });
      flush();
      // ALGO_UPDATE has `aq` only once triggered: without it nothing is amiss.
      expect(warnings).toEqual([]);
      // The placement carried the generated clientAlgoId (and RESULT), nothing of Spot's names.
      expect(sent[0]).toEqual({
        operation: 'placeAlgoOrder',
        params: { newOrderRespType: 'RESULT', ...ORDER, clientAlgoId: ID },
      });
    });
  });

  it('passes through pending when ALGO_UPDATE comes before the answer; a report that does not fit is an error', () => {
    run(({ helpers: { cold, hot, expectObservable }, watch }) => {
      const userData = hot('-g------c', { g: update('TRIGGERING'), c: update('CANCELED') });
      const stages = watch({ placeAlgoOrder: () => cold('--a|', { a: answer('NEW') }) }, userData);
      // CANCELED after TRIGGERING does not fit the table: it is never taken as a guess.
      expectObservable(stages).toBe(
        's(pg)---#',
        { s: 'submitted', p: 'pending', g: 'triggering' },
        new IllegalOrderTransitionError(
          ID,
          'triggering',
          'cancel',
          'executionReport',
          "'cancel' does not apply to 'triggering'",
        ),
      );
    });
  });

  it('a definite error is rejected; an unknown algo status moves nothing', () => {
    run(({ helpers: { cold, expectObservable }, watch }) => {
      const stages = watch(
        { placeAlgoOrder: () => cold('--#', undefined, apiError(400, -2021)) },
        cold('-'),
      );
      expectObservable(stages).toBe('s-(r|)', { s: 'submitted', r: 'rejected' });
    });
    run(({ helpers: { cold, hot, expectObservable, flush }, watch, invalid }) => {
      const userData = hot('----x--c', { x: update('PAUSED'), c: update('CANCELED') });
      const stages = watch({ placeAlgoOrder: () => cold('--a|', { a: answer('NEW') }) }, userData);
      expectObservable(stages).toBe('s-(po)-(c|)', {
        s: 'submitted',
        p: 'pending',
        o: 'open',
        c: 'canceled',
      });
      flush();
      expect(invalid.map((e) => [e.status, e.stage])).toEqual([['PAUSED', 'open']]);
    });
  });

  it('an inconclusive answer is unknown, looked up by clientAlgoId with backoff until Binance has it', () => {
    run(({ helpers: { cold, expectObservable, flush }, watch, sent }) => {
      let lookups = 0;
      const stages = watch(
        {
          placeAlgoOrder: () => cold('--#', undefined, apiError(503, -1000)),
          getAlgoOrder: () =>
            lookups++ === 0
              ? cold('-#', undefined, apiError(400, -2013))
              : cold('-a|', { a: answer('TRIGGERED') }),
        },
        cold('-'),
      );
      // unknown at 2; the lookup at 2 fails at 3 (-2013: not there yet); the next, 10 frames
      // later, answers at 14.
      expectObservable(stages).toBe('s-u-----------(pd)', {
        s: 'submitted',
        u: 'unknown',
        p: 'pending',
        d: 'triggered',
      });
      flush();
      const asked = sent.filter((r) => r.operation === 'getAlgoOrder').map((r) => r.params);
      expect(asked).toEqual([{ clientAlgoId: ID }, { clientAlgoId: ID }]);
    });
  });
});
