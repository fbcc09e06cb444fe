import { firstValueFrom, lastValueFrom, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { getBookHttp } from '../../../generated/operations/get-book';
import { CallbackError, SchemaValidationError } from '../../../src/errors';
import { createHttpClient, type HttpClientOptions } from '../../../src/rest/http-client';
import { fakeFetch, json } from './fake-fetch';

const good = { lastUpdateId: 1, bids: [['1.0', '2.0']], asks: [] };
/** Binance dropped `asks` (the schema requires it). */
const bad = { lastUpdateId: 1, bids: [['1.0', '2.0']] };

const client = (body: unknown, options: HttpClientOptions = {}) =>
  createHttpClient({
    baseUrl: 'http://x.test',
    fetch: fakeFetch(json(200, body)).fetch,
    ...options,
  });

describe('validateResponses on the REST client', () => {
  it('is off by default: an answer that fails its schema is emitted and the call completes', async () => {
    const answers = await lastValueFrom(
      getBookHttp({ symbol: 'BTCUSDT' }, client(bad)).pipe(toArray()),
    );
    expect(answers).toEqual([bad]);
  });

  it('true: emits the answer, then errors with SchemaValidationError naming operation and schema path', async () => {
    const seen: unknown[] = [];
    const error = await new Promise<unknown>((resolve) =>
      getBookHttp({ symbol: 'BTCUSDT' }, client(bad, { validateResponses: true })).subscribe({
        next: (answer) => seen.push(answer),
        error: resolve,
        complete: () => resolve('completed'),
      }),
    );
    expect(seen).toEqual([bad]);
    expect(error).toBeInstanceOf(SchemaValidationError);
    const e = error as SchemaValidationError;
    expect(e.code).toBe('SCHEMA_VALIDATION');
    expect(e.operation).toBe('getBook');
    expect(e.schemaPath).toBe('#/required');
    expect(e.schemaId).toContain('operations/get-book.json');
    expect(e.payload).toEqual(bad);
    // firstValueFrom keeps the answer: nothing is lost.
    await expect(
      firstValueFrom(getBookHttp({ symbol: 'BTCUSDT' }, client(bad, { validateResponses: true }))),
    ).resolves.toEqual(bad);
  });

  it('a function: receives the error, and the call completes with the answer', async () => {
    const reported: SchemaValidationError[] = [];
    const c = client(bad, { validateResponses: (e) => reported.push(e) });
    const answers = await lastValueFrom(getBookHttp({ symbol: 'BTCUSDT' }, c).pipe(toArray()));
    expect(answers).toEqual([bad]);
    expect(reported.map((e) => e.operation)).toEqual(['getBook']);
  });

  it('a function that throws: the answer is emitted, then the call errors with CallbackError', async () => {
    const thrown = new Error('metrics sink down');
    const validateResponses = () => {
      throw thrown;
    };
    const seen: unknown[] = [];
    const error = await new Promise<unknown>((resolve) =>
      getBookHttp({ symbol: 'BTCUSDT' }, client(bad, { validateResponses })).subscribe({
        next: (answer) => seen.push(answer),
        error: resolve,
        complete: () => resolve('completed'),
      }),
    );
    expect(seen).toEqual([bad]);
    expect(error).toBeInstanceOf(CallbackError);
    expect(error).toMatchObject({
      callback: 'validateResponses',
      socketId: undefined,
      cause: thrown,
    });
  });

  it('an answer that passes is emitted and completes', async () => {
    const c = client(good, { validateResponses: true });
    const answers = await lastValueFrom(getBookHttp({ symbol: 'BTCUSDT' }, c).pipe(toArray()));
    expect(answers).toEqual([good]);
  });
});
