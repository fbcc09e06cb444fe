/**
 * What `createHttpClient` guarantees before any request: `fetch` is called without a `this`
 * (browsers' `window.fetch` throws "Illegal invocation" otherwise), the base URL is an absolute
 * http(s) URL, and a network failure names the host and its causes, never the signed URL.
 */
import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { getBookHttp } from '../../../generated/operations/get-book';
import { getOrderHttp } from '../../../generated/operations/get-order';
import { HttpError } from '../../../src/errors';
import { createHttpClient } from '../../../src/rest/http-client';
import { json } from './fake-fetch';

const book = { lastUpdateId: 1, bids: [], asks: [] };

describe('createHttpClient', () => {
  it('calls fetch without a this, as window.fetch requires', async () => {
    const thisValues: unknown[] = [];
    const strictFetch = function (this: unknown) {
      thisValues.push(this);
      if (this !== undefined && this !== globalThis) {
        throw new TypeError("Failed to execute 'fetch' on 'Window': Illegal invocation");
      }
      return Promise.resolve(json(200, book));
    } as unknown as typeof globalThis.fetch;
    const client = createHttpClient({ baseUrl: 'http://x.test', fetch: strictFetch });
    expect(await firstValueFrom(getBookHttp({ symbol: 'BTCUSDT' }, client))).toEqual(book);
    expect(thisValues).toEqual([undefined]);
  });

  it.each(['api.binance.com', 'localhost:8080', 'ftp://x.test', ''])(
    'refuses the base URL %j: it must be an absolute http(s) URL',
    (baseUrl) => {
      expect(() => createHttpClient({ baseUrl })).toThrow(
        /baseUrl: must be an absolute http\(s\) URL/,
      );
    },
  );

  it('a network failure names the host and every cause in the message', async () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), {
      code: 'ECONNREFUSED',
    });
    const failing = (() =>
      Promise.reject(new TypeError('fetch failed', { cause: refused }))) as typeof globalThis.fetch;
    const client = createHttpClient({ baseUrl: 'http://127.0.0.1:9', fetch: failing });
    const error = await firstValueFrom(getBookHttp({ symbol: 'BTCUSDT' }, client)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 0, host: '127.0.0.1:9', cause: expect.any(TypeError) });
    expect((error as HttpError).message).toBe(
      'getBook (GET /api/v3/depth): no response from 127.0.0.1:9: fetch failed: connect ECONNREFUSED 127.0.0.1:9',
    );
  });

  it('never puts the signature in the message, even when the runtime quotes the URL', async () => {
    const quoting = ((url: string) =>
      Promise.reject(new TypeError(`Failed to parse URL from ${url}`))) as typeof globalThis.fetch;
    const credentials = { apiKey: 'key', sign: () => 'c0ffee' };
    const client = createHttpClient({ baseUrl: 'http://x.test', credentials, fetch: quoting });
    const query = { symbol: 'BTCUSDT', orderId: 1 };
    const error = await firstValueFrom(getOrderHttp(query, client)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).message).not.toContain('c0ffee');
    expect((error as HttpError).excerpt).not.toContain('c0ffee');
    expect((error as HttpError).message).toContain('signature=[REDACTED]');
  });
});
