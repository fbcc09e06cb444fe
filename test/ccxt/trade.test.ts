/**
 * Trades: our parsers against ccxt's binance on the same payloads (see reference.ts for the ccxt
 * function behind each reference).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { validate as validateAggTrade } from '../../generated/validators/agg-trade';
import { validate as validateGetAggTrades } from '../../generated/validators/operations/get-agg-trades';
import { validate as validateGetHistoricalTrades } from '../../generated/validators/operations/get-historical-trades';
import { validate as validateGetMyTrades } from '../../generated/validators/operations/get-my-trades';
import { validate as validateGetRecentTrades } from '../../generated/validators/operations/get-recent-trades';
import { validate as validateTrade } from '../../generated/validators/trade';
import { payloads, schemas } from './arbitraries';
import { specExamples } from './fixtures';
import { assertSame, contextSymbol, loadSetup, parser, requested, type Setup } from './harness';

let s: Setup;
beforeAll(async () => {
  s = await loadSetup();
});

/* eslint-disable @typescript-eslint/no-explicit-any */
type Raw = any;

describe.each([
  {
    name: 'parseTradeCcxt',
    spec: 'channels/trade.yaml',
    arbitrary: payloads<Raw>(schemas.trade, validateTrade),
  },
  {
    name: 'parseAggTradeCcxt',
    spec: 'channels/agg-trade.yaml',
    arbitrary: payloads<Raw>(schemas.aggTrade, validateAggTrade),
  },
])('$name (stream; ccxt: handleMessage → handleTrade → parseWsTrade)', (c) => {
  it('equals ccxt on generated payloads', () => {
    const ours = parser(c.name);
    assertSame(
      c.arbitrary,
      (raw) => ours(raw, s.context),
      (raw) => s.reference.streamTrade(raw),
    );
  });

  it.each(specExamples(c.spec))('equals ccxt on the spec example ($source)', ({ raw }) => {
    expect(parser(c.name)(raw, s.context)).toEqual(s.reference.streamTrade(raw));
  });
});

// REST lists carry no symbol (but myTrades): the caller names it in the context, as fetchTrades /
// fetchMyTrades pass their market to parseTrades. Lists come in any order (ccxt sorts them).
describe.each([
  {
    name: 'parseGetRecentTradesCcxt',
    spec: 'operations/get-recent-trades.yaml',
    arbitrary: payloads<Raw[]>(schemas.getRecentTrades, validateGetRecentTrades),
  },
  {
    name: 'parseGetHistoricalTradesCcxt',
    spec: 'operations/get-historical-trades.yaml',
    arbitrary: payloads<Raw[]>(schemas.getHistoricalTrades, validateGetHistoricalTrades),
  },
  {
    name: 'parseGetAggTradesCcxt',
    spec: 'operations/get-agg-trades.yaml',
    arbitrary: payloads<Raw[]>(schemas.getAggTrades, validateGetAggTrades),
  },
])('$name (REST; ccxt: fetchTrades → parseTrades)', (c) => {
  it('equals ccxt on generated payloads', () => {
    const ours = parser(c.name);
    assertSame(
      fc.tuple(c.arbitrary, contextSymbol),
      ([raw, symbol]) => ours(raw, { ...s.context, symbol }),
      ([raw, symbol]) => s.reference.restTrades(raw, symbol),
    );
  });

  it.each(specExamples(c.spec))('equals ccxt on the spec example ($source)', ({ raw }) => {
    expect(parser(c.name)(raw, { ...s.context, symbol: 'BTC/USDT' })).toEqual(
      s.reference.restTrades(raw as Raw[], 'BTC/USDT'),
    );
  });
});

describe('parseGetMyTradesCcxt (REST; ccxt: fetchMyTrades → parseTrades)', () => {
  // fetchMyTrades requires a symbol on spot, and Binance lists that symbol's trades only.
  const arbitrary = fc
    .tuple(payloads<Raw[]>(schemas.getMyTrades, validateGetMyTrades), requested)
    .map(([raw, market]) => ({
      raw: raw.map((trade) => ({ ...trade, symbol: market.id })),
      symbol: market.symbol,
    }));

  it('equals ccxt on generated payloads', () => {
    const ours = parser('parseGetMyTradesCcxt');
    assertSame(
      arbitrary,
      ({ raw, symbol }) => ours(raw, { ...s.context, symbol }),
      ({ raw, symbol }) => s.reference.restTrades(raw, symbol),
    );
  });

  // The examples' symbols (BNBBTC) are not among the loaded markets: read as parseTrades reads
  // them without a requested market.
  it.each(specExamples('operations/get-my-trades.yaml'))(
    'equals ccxt on the spec example ($source)',
    ({ raw }) => {
      expect(parser('parseGetMyTradesCcxt')(raw, s.context)).toEqual(
        s.reference.restTrades(raw as Raw[], undefined),
      );
    },
  );
});

describe('order of a trade list', () => {
  it('is ccxt\'s: by time, then by id compared as text ("10" before "9")', () => {
    const trade = {
      price: '1.0',
      qty: '1.0',
      quoteQty: '1.0',
      isBuyerMaker: true,
      isBestMatch: true,
    };
    const raw = [
      { ...trade, id: 9, time: 1_700_000_000_000 },
      { ...trade, id: 10, time: 1_700_000_000_000 },
      { ...trade, id: 8, time: 1_699_999_999_999 },
    ];
    const theirs = s.reference.restTrades(raw, 'BTC/USDT');
    expect(theirs.map((t: { id: string }) => t.id)).toEqual(['8', '10', '9']);
    expect(parser('parseGetRecentTradesCcxt')(raw, { ...s.context, symbol: 'BTC/USDT' })).toEqual(
      theirs,
    );
  });
});
