/**
 * Futures tickers: our USDⓈ-M parsers against ccxt's binanceusdm on the same payloads (see
 * reference.ts for the ccxt function behind each reference).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { validate as validateBookTicker } from '../../../generated/usdm/validators/book-ticker';
import { validate as validateMarkPrice } from '../../../generated/usdm/validators/mark-price';
import { validate as validateMiniTicker } from '../../../generated/usdm/validators/mini-ticker';
import { validate as validateGet24hrTicker } from '../../../generated/usdm/validators/operations/get24hr-ticker';
import { validate as validateGetBookTicker } from '../../../generated/usdm/validators/operations/get-book-ticker';
import { validate as validateGetPriceTicker } from '../../../generated/usdm/validators/operations/get-price-ticker';
import { validate as validateTicker } from '../../../generated/usdm/validators/ticker';
import { payloads } from '../arbitraries';
import { specExamples } from '../fixtures';
import { assertSame, deviate, type Setup } from '../harness';
import { CONTRACT_OVERRIDES, usdmSchemas } from './fixtures';
import { loadUsdmSetup, usdmParser } from './setup';

let s: Setup;
beforeAll(async () => {
  s = await loadUsdmSetup();
});

/* eslint-disable @typescript-eslint/no-explicit-any */
type Raw = any;
const overrides = CONTRACT_OVERRIDES;

describe.each([
  {
    name: 'parseTickerCcxt',
    spec: 'usdm/channels/ticker.yaml',
    arbitrary: payloads<Raw>(usdmSchemas.ticker, validateTicker, { overrides }),
  },
  {
    name: 'parseMiniTickerCcxt',
    spec: 'usdm/channels/mini-ticker.yaml',
    arbitrary: payloads<Raw>(usdmSchemas.miniTicker, validateMiniTicker, { overrides }),
  },
  {
    name: 'parseBookTickerCcxt',
    spec: 'usdm/channels/book-ticker.yaml',
    arbitrary: payloads<Raw>(usdmSchemas.bookTicker, validateBookTicker, { overrides }),
  },
  {
    // ccxt's watchMarkPrice: a ticker with the mark and index prices.
    name: 'parseMarkPriceCcxt',
    spec: 'usdm/channels/mark-price.yaml',
    arbitrary: payloads<Raw>(usdmSchemas.markPrice, validateMarkPrice, { overrides }),
  },
])('usdm $name (stream; ccxt: binanceusdm handleMessage → parseWsTicker)', (c) => {
  it('equals ccxt on generated payloads', () => {
    const ours = usdmParser(c.name);
    assertSame(
      c.arbitrary,
      (raw) => ours(raw, s.context),
      (raw) => s.reference.streamTicker(raw),
    );
  });

  it.each(specExamples(c.spec))('equals ccxt on the spec example ($source)', ({ raw }) => {
    expect(usdmParser(c.name)(raw, s.context)).toEqual(s.reference.streamTicker(raw));
  });
});

describe('usdm parseGet24hrTickerCcxt (REST ticker/24hr; ccxt: fetchTicker/fetchTickers → parseTicker)', () => {
  const arbitrary = payloads<Raw>(usdmSchemas.get24hrTicker, validateGet24hrTicker, { overrides });
  const theirs = (raw: Raw) =>
    Array.isArray(raw)
      ? raw.map((t) => s.reference.restTickerInList(t))
      : s.reference.restTicker(raw);
  const ours = usdmParser('parseGet24hrTickerCcxt');

  it('equals ccxt on generated payloads (objects and arrays)', () => {
    assertSame(arbitrary, (raw) => ours(raw, s.context), theirs);
  });

  it('keys of an array answer are the symbols fetchTickers indexes by', () => {
    for (const raw of fc.sample(arbitrary.filter(Array.isArray), { seed: 7, numRuns: 20 })) {
      const mine = ours(raw, s.context) as { symbol: string }[];
      expect(Object.fromEntries(mine.map((t) => [t.symbol, t]))).toEqual(
        s.reference.restTickers(raw),
      );
    }
  });

  it.each(specExamples('usdm/operations/get24hr-ticker.yaml'))(
    'equals ccxt on the spec example ($source)',
    ({ raw }) => {
      expect(ours(raw, s.context)).toEqual(theirs(raw));
    },
  );
});

describe('usdm parseGetBookTickerCcxt (REST ticker/bookTicker; ccxt: fetchBidsAsks → parseTicker)', () => {
  const arbitrary = payloads<Raw>(usdmSchemas.getBookTicker, validateGetBookTicker, { overrides });
  const theirs = (raw: Raw) =>
    Array.isArray(raw)
      ? raw.map((t) => s.reference.restTickerInList(t))
      : s.reference.restTickerInList(raw);
  const ours = usdmParser('parseGetBookTickerCcxt');

  it('equals ccxt on generated payloads (objects and arrays)', () => {
    assertSame(arbitrary, (raw) => ours(raw, s.context), theirs);
  });

  it.each(specExamples('usdm/operations/get-book-ticker.yaml'))(
    'equals ccxt on the spec example ($source)',
    ({ raw }) => {
      expect(ours(raw, s.context)).toEqual(theirs(raw));
    },
  );
});

describe('usdm parseGetPriceTickerCcxt (REST ticker/price; ccxt: parseTicker, deviation priceAsLast)', () => {
  const arbitrary = payloads<Raw>(usdmSchemas.getPriceTicker, validateGetPriceTicker, {
    overrides,
  });
  const theirs = (raw: Raw) =>
    Array.isArray(raw)
      ? raw.map((t) => deviate('priceAsLast', s.reference.restTickerInList(t)))
      : deviate('priceAsLast', s.reference.restTicker(raw));
  const ours = usdmParser('parseGetPriceTickerCcxt');

  it('equals ccxt on generated payloads (objects and arrays), with the deviation', () => {
    assertSame(arbitrary, (raw) => ours(raw, s.context), theirs);
  });

  it("has the symbol and price of ccxt's own reading of ticker/price (fetchLastPrices)", () => {
    for (const raw of fc.sample(arbitrary, { seed: 7, numRuns: 50 })) {
      const list = (Array.isArray(raw) ? raw : [raw]) as Raw[];
      const mine = (Array.isArray(raw) ? ours(raw, s.context) : [ours(raw, s.context)]) as Raw[];
      expect(mine.map((t) => [t.symbol, t.last])).toEqual(
        list.map((entry) => s.reference.restLastPrice(entry)).map((p) => [p.symbol, p.price]),
      );
    }
  });

  it.each(specExamples('usdm/operations/get-price-ticker.yaml'))(
    'equals ccxt on the spec example ($source)',
    ({ raw }) => {
      expect(ours(raw, s.context)).toEqual(theirs(raw));
    },
  );
});

describe('usdm tickers name the swap', () => {
  it('BTCUSDT is BTC/USDT:USDT, with its market', () => {
    const [example] = specExamples('usdm/channels/ticker.yaml');
    const raw = { ...(example!.raw as object), s: 'BTCUSDT' };
    expect(usdmParser('parseTickerCcxt')(raw, s.context)).toMatchObject({
      symbol: 'BTC/USDT:USDT',
    });
  });
});
