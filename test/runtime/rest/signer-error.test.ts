/** REST signing maps every signer failure to `SignerError`; nothing is sent. */
import { lastValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { placeOrderHttp } from '../../../generated/operations/place-order';
import { SignerError } from '../../../src/errors';
import { createHttpClient } from '../../../src/rest/http-client';
import { fakeFetch } from './fake-fetch';

const order = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '0.1' } as const;

describe('REST signer failures', () => {
  it.each([
    [
      'threw',
      () => {
        throw new Error('locked');
      },
    ],
    ['rejected', () => Promise.reject(new Error('HSM down'))],
  ] as const)('a signer that %s errors the request with SignerError', async (failure, sign) => {
    const fake = fakeFetch();
    const client = createHttpClient({
      baseUrl: 'http://x.test',
      fetch: fake.fetch,
      credentials: { apiKey: 'K', sign },
    });
    const error: unknown = await lastValueFrom(placeOrderHttp(order, client)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SignerError);
    expect(error).toMatchObject({ code: 'SIGNER_FAILED', failure, operation: 'placeOrder' });
    expect(fake.calls).toEqual([]);
  });
});
