/**
 * Futures order book: our USDⓈ-M depth parser against ccxt's binanceusdm on the same payloads
 * (see reference.ts for the ccxt function behind the reference).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { validate as validateGetBook } from '../../../generated/usdm/validators/operations/get-book';
import { payloads } from '../arbitraries';
import { specExamples } from '../fixtures';
import { assertSame, type Setup } from '../harness';
import { requestedContract, usdmSchemas } from './fixtures';
import { loadUsdmSetup, usdmParser } from './setup';

let s: Setup;
beforeAll(async () => {
  s = await loadUsdmSetup();
});

/* eslint-disable @typescript-eslint/no-explicit-any */
type Raw = any;

describe('usdm parseGetBookCcxt (REST depth; ccxt: binanceusdm fetchOrderBook → parseOrderBook)', () => {
  const arbitrary = payloads<Raw>(usdmSchemas.getBook, validateGetBook);
  const ours = usdmParser('parseGetBookCcxt');

  it('equals ccxt on generated payloads (timestamp from T)', () => {
    assertSame(
      fc.tuple(arbitrary, requestedContract),
      ([raw, symbol]) => ours(raw, { ...s.context, symbol }),
      ([raw, symbol]) => s.reference.restBook(raw, symbol),
    );
  });

  it.each(specExamples('usdm/operations/get-book.yaml'))(
    'equals ccxt on the spec example ($source)',
    ({ raw }) => {
      expect(ours(raw, { ...s.context, symbol: 'BTCUSDT' })).toEqual(
        s.reference.restBook(raw, 'BTCUSDT'),
      );
    },
  );
});
