/**
 * Order books: our parsers against ccxt's binance on the same payloads (see reference.ts for the
 * ccxt function behind each reference).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { validate as validateGetBook } from '../../generated/validators/operations/get-book';
import { validate as validatePartialDepth } from '../../generated/validators/partial-depth';
import { payloads, schemas } from './arbitraries';
import { specExamples } from './fixtures';
import { assertSame, contextSymbol, loadSetup, parser, type Setup } from './harness';

let s: Setup;
beforeAll(async () => {
  s = await loadSetup();
});

/* eslint-disable @typescript-eslint/no-explicit-any */
type Raw = any;

describe.each([
  {
    name: 'parseGetBookCcxt',
    spec: 'operations/get-book.yaml',
    arbitrary: payloads<Raw>(schemas.getBook, validateGetBook),
  },
  {
    name: 'parsePartialDepthCcxt',
    spec: 'channels/partial-depth.yaml',
    arbitrary: payloads<Raw>(schemas.partialDepth, validatePartialDepth),
  },
])('$name (ccxt: fetchOrderBook → parseOrderBook)', (c) => {
  it('equals ccxt on generated payloads', () => {
    const ours = parser(c.name);
    assertSame(
      fc.tuple(c.arbitrary, contextSymbol),
      ([raw, symbol]) => ours(raw, { ...s.context, symbol }),
      ([raw, symbol]) => s.reference.restBook(raw, symbol),
    );
  });

  it.each(specExamples(c.spec))('equals ccxt on the spec example ($source)', ({ raw }) => {
    expect(parser(c.name)(raw, { ...s.context, symbol: 'BTCUSDT' })).toEqual(
      s.reference.restBook(raw, 'BTCUSDT'),
    );
  });
});
