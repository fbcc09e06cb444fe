/**
 * Tickers: our parsers against ccxt's binance on the same payloads (see reference.ts for the
 * ccxt function behind each reference).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { validate as validateBookTicker } from '../../generated/validators/book-ticker';
import { validate as validateMiniTicker } from '../../generated/validators/mini-ticker';
import { validate as validateGet24hrTicker } from '../../generated/validators/operations/get24hr-ticker';
import { validate as validateGetBookTicker } from '../../generated/validators/operations/get-book-ticker';
import { validate as validateGetPriceTicker } from '../../generated/validators/operations/get-price-ticker';
import { validate as validateRollingWindowTicker } from '../../generated/validators/rolling-window-ticker';
import { validate as validateTicker } from '../../generated/validators/ticker';
import { payloads, schemas } from './arbitraries';
import { specExamples } from './fixtures';
import { assertSame, deviate, loadBareReference, loadSetup, parser, type Setup } from './harness';

let s: Setup;
beforeAll(async () => {
  s = await loadSetup();
});

/* eslint-disable @typescript-eslint/no-explicit-any */
type Raw = any;
const asList = (raw: Raw): Raw[] => (Array.isArray(raw) ? raw : [raw]);

const streams = [
  {
    name: 'parseTickerCcxt',
    spec: 'channels/ticker.yaml',
    arbitrary: payloads<Raw>(schemas.ticker, validateTicker),
  },
  {
    name: 'parseRollingWindowTickerCcxt',
    spec: 'channels/rolling-window-ticker.yaml',
    arbitrary: payloads<Raw>(schemas.rollingWindowTicker, validateRollingWindowTicker),
  },
  {
    name: 'parseMiniTickerCcxt',
    spec: 'channels/mini-ticker.yaml',
    arbitrary: payloads<Raw>(schemas.miniTicker, validateMiniTicker),
  },
  {
    name: 'parseBookTickerCcxt',
    spec: 'channels/book-ticker.yaml',
    arbitrary: payloads<Raw>(schemas.bookTicker, validateBookTicker),
  },
];

describe.each(streams)('$name (stream; ccxt: handleMessage → parseWsTicker)', (c) => {
  it('equals ccxt on generated payloads', () => {
    const ours = parser(c.name);
    assertSame(
      c.arbitrary,
      (raw) => ours(raw, s.context),
      (raw) => s.reference.streamTicker(raw),
    );
  });

  it.each(specExamples(c.spec))('equals ccxt on the spec example ($source)', ({ raw }) => {
    expect(parser(c.name)(raw, s.context)).toEqual(s.reference.streamTicker(raw));
  });
});

describe('parseGet24hrTickerCcxt (REST/WS-API ticker/24hr; ccxt: fetchTicker/fetchTickers → parseTicker)', () => {
  const arbitrary = payloads<Raw>(schemas.get24hrTicker, validateGet24hrTicker);
  // An object is fetchTicker's answer (with the market); an array is fetchTickers' (entries
  // without a market; ccxt indexes them by symbol, we keep Binance's list: compared entry by
  // entry, and the index separately below).
  const theirs = (raw: Raw) =>
    Array.isArray(raw)
      ? raw.map((t) => s.reference.restTickerInList(t))
      : s.reference.restTicker(raw);

  it('equals ccxt on generated payloads (objects and arrays)', () => {
    const ours = parser('parseGet24hrTickerCcxt');
    assertSame(arbitrary, (raw) => ours(raw, s.context), theirs);
  });

  it('keys of an array answer are the symbols fetchTickers indexes by', () => {
    const ours = parser('parseGet24hrTickerCcxt');
    const list = fc.sample(arbitrary.filter(Array.isArray), { seed: 7, numRuns: 20 });
    for (const raw of list) {
      const byCcxt = s.reference.restTickers(raw);
      const mine = ours(raw, s.context) as { symbol: string }[];
      expect(Object.fromEntries(mine.map((t) => [t.symbol, t]))).toEqual(byCcxt);
    }
  });

  it.each(specExamples('operations/get24hr-ticker.yaml'))(
    'equals ccxt on the spec example ($source)',
    ({ raw }) => {
      expect(parser('parseGet24hrTickerCcxt')(raw, s.context)).toEqual(theirs(raw));
    },
  );
});

describe('parseGetBookTickerCcxt (REST ticker/bookTicker; ccxt: fetchBidsAsks → parseTicker)', () => {
  const arbitrary = payloads<Raw>(schemas.getBookTicker, validateGetBookTicker);
  // fetchBidsAsks reads an object as a list of one: entries without a market.
  const theirs = (raw: Raw) =>
    Array.isArray(raw)
      ? raw.map((t) => s.reference.restTickerInList(t))
      : s.reference.restTickerInList(raw);

  it('equals ccxt on generated payloads (objects and arrays)', () => {
    const ours = parser('parseGetBookTickerCcxt');
    assertSame(arbitrary, (raw) => ours(raw, s.context), theirs);
  });

  it('is what fetchBidsAsks indexes by symbol', () => {
    const ours = parser('parseGetBookTickerCcxt');
    for (const raw of fc.sample(arbitrary, { seed: 7, numRuns: 20 })) {
      const mine = asList(ours(raw, s.context)) as { symbol: string }[];
      expect(Object.fromEntries(mine.map((t) => [t.symbol, t]))).toEqual(
        s.reference.restBidsAsks(raw),
      );
    }
  });

  it.each(specExamples('operations/get-book-ticker.yaml'))(
    'equals ccxt on the spec example ($source)',
    ({ raw }) => {
      expect(parser('parseGetBookTickerCcxt')(raw, s.context)).toEqual(theirs(raw));
    },
  );
});

describe('parseGetPriceTickerCcxt (REST ticker/price; ccxt: parseTicker, deviation priceAsLast)', () => {
  const arbitrary = payloads<Raw>(schemas.getPriceTicker, validateGetPriceTicker);
  // Deviation `priceAsLast`: ccxt's parseTicker of the payload (as fetchTicker would for an
  // object, as fetchTickers would for a list), with `price` as close and last.
  const theirs = (raw: Raw) =>
    Array.isArray(raw)
      ? raw.map((t) => deviate('priceAsLast', s.reference.restTickerInList(t)))
      : deviate('priceAsLast', s.reference.restTicker(raw));

  it('equals ccxt on generated payloads (objects and arrays), with the deviation', () => {
    const ours = parser('parseGetPriceTickerCcxt');
    assertSame(arbitrary, (raw) => ours(raw, s.context), theirs);
  });

  it("has the symbol and price of ccxt's own reading of ticker/price (fetchLastPrices)", () => {
    const ours = parser('parseGetPriceTickerCcxt');
    for (const raw of fc.sample(arbitrary, { seed: 7, numRuns: 50 })) {
      const mine = asList(ours(raw, s.context)) as { symbol: string; last?: number }[];
      const lastPrices = asList(raw).map((entry: Raw) => s.reference.restLastPrice(entry));
      expect(mine.map((t) => [t.symbol, t.last])).toEqual(
        lastPrices.map((p) => [p.symbol, p.price]),
      );
    }
  });

  it.each(specExamples('operations/get-price-ticker.yaml'))(
    'equals ccxt on the spec example ($source)',
    ({ raw }) => {
      expect(parser('parseGetPriceTickerCcxt')(raw, s.context)).toEqual(theirs(raw));
    },
  );
});

describe('deviation symbolWithoutMarkets (no markets in the context)', () => {
  it.each(streams)('$name: equals ccxt without markets, the id split into a symbol', async (c) => {
    const bare = await loadBareReference();
    const ours = parser(c.name);
    assertSame(
      c.arbitrary,
      (raw) => ours(raw),
      (raw) => deviate('symbolWithoutMarkets', bare.streamTicker(raw)),
    );
  });

  it('shows the difference', async () => {
    const bare = await loadBareReference();
    const [example] = specExamples('channels/ticker.yaml');
    expect(bare.streamTicker(example!.raw).symbol).toBe('BNBBTC');
    expect((parser('parseTickerCcxt')(example!.raw) as { symbol: string }).symbol).toBe('BNB/BTC');
  });
});
