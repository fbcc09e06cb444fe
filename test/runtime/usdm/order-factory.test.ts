/**
 * `usdmOrderFactory` on virtual time, with a `fetch` double (REST) or `MockWebSocket` (a futures
 * WebSocket API session) playing Binance: an order whose outcome is not known is looked up, never
 * guessed.
 */
import { NEVER } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { OrderOutcomeUnknownError } from '../../../src/errors';
import { createHttpClient } from '../../../src/rest/http-client';
import { usdmOrderFactory } from '../../../src/usdm/orders/usdm-order-factory';
import type { UsdmUserData } from '../../../src/usdm/user-data/usdm-user-data';
import { testScheduler } from '../fixtures';
import { fakeFetch } from '../rest/fake-fetch';

const market = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.01' } as const;

describe('usdmOrderFactory over REST: a POST that got no answer', () => {
  it('sent, then timed out: the order is unknown and looked up (GET), then OrderOutcomeUnknownError at the deadline', () => {
    const ts = testScheduler();
    ts.run(({ flush }) => {
      const fake = fakeFetch(...Array<'hang'>(20).fill('hang'));
      const client = createHttpClient({
        baseUrl: 'http://fapi.test',
        fetch: fake.fetch,
        scheduler: ts,
        timeoutMs: 5000,
        credentials: { apiKey: 'KEY', sign: () => 'sig' },
      });
      const userData = { events$: NEVER, status$: NEVER } as unknown as UsdmUserData;
      const addOrder = usdmOrderFactory(client, userData, {
        scheduler: ts,
        newClientOrderId: () => 'order-1',
        reconcile: { deadlineMs: 60_000 },
      });
      const stages: string[] = [];
      let error: unknown;
      addOrder(market).subscribe({
        next: (u) => stages.push(u.stage),
        error: (e: unknown) => (error = e),
      });
      ts.schedule(() => {
        expect(fake.calls.map((c) => `${c.init.method} ${c.url}`)).toEqual([
          'POST http://fapi.test/fapi/v1/order',
        ]);
      }, 1);
      ts.schedule(() => {
        expect(error).toBeUndefined();
        expect(stages).toEqual(['submitted', 'unknown']);
        expect(fake.calls[1]!.init.method).toBe('GET');
        expect(fake.calls[1]!.url).toMatch(
          /^http:\/\/fapi\.test\/fapi\/v1\/order\?.*origClientOrderId=order-1/,
        );
      }, 5001);
      flush();
      expect(error).toBeInstanceOf(OrderOutcomeUnknownError);
      expect(error).toMatchObject({ reason: 'deadline', lastStage: 'unknown' });
      expect((error as OrderOutcomeUnknownError).causes[0]).toMatchObject({
        code: 'REQUEST_TIMEOUT',
        method: 'POST /fapi/v1/order',
        sent: true,
      });
    });
  });
});
