/**
 * Futures order book: our USDⓈ-M depth parsers against ccxt's binanceusdm on the same payloads
 * (see reference.ts for the ccxt function behind the reference).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { validate as validateGetBook } from '../../../generated/usdm/validators/operations/get-book';
import { validate as validatePartialDepth } from '../../../generated/usdm/validators/partial-depth';
import { payloads } from '../arbitraries';
import { specExamples } from '../fixtures';
import { assertSame, type Setup } from '../harness';
import { CONTRACT_OVERRIDES, requestedContract, usdmSchemas } from './fixtures';
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

/**
 * Deviation `bookOfPartialDepth`: ccxt pro has no handler for the futures partial depth stream
 * (`<symbol>@depth<levels>`, a `depthUpdate` of the top levels). Its frame is a snapshot of the
 * book, so the reference is ccxt's `fetchOrderBook` parse of the same levels as the depth answer
 * names them (`b` bids, `a` asks, `u` lastUpdateId, `T`), for the frame's own symbol.
 */
const bookOfPartialDepth = (frame: Raw): Raw =>
  s.reference.restBook(
    { lastUpdateId: frame.u, T: frame.T, bids: frame.b, asks: frame.a },
    frame.s,
  );

describe('usdm parsePartialDepthCcxt (stream partial depth; deviation bookOfPartialDepth)', () => {
  const arbitrary = payloads<Raw>(usdmSchemas.partialDepth, validatePartialDepth, {
    overrides: CONTRACT_OVERRIDES,
  });
  const ours = usdmParser('parsePartialDepthCcxt');

  it('equals ccxt on generated payloads (symbol from s, nonce u, timestamp T)', () => {
    assertSame(arbitrary, (raw) => ours(raw, s.context), bookOfPartialDepth);
  });

  it.each(specExamples('usdm/channels/partial-depth.yaml'))(
    'equals ccxt on the spec example ($source)',
    ({ raw }) => {
      expect(ours(raw, s.context)).toEqual(bookOfPartialDepth(raw));
    },
  );
});
