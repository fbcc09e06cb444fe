import { describe, expect, it } from 'vitest';
import { validateBookTickerEvent, parseBookTicker } from '../../../generated/channels/book-ticker';
import { validateDiffDepthEvent } from '../../../generated/channels/diff-depth';
import { validatePartialDepthEvent } from '../../../generated/channels/partial-depth';
import { parseTrade, validateTradeEvent } from '../../../generated/channels/trade';
import type { SbeTradesStreamEvent } from '../../../generated/sbe/stream';
import type { Microseconds } from '../../../src/sbe/types';
import {
  forEachJsonOf,
  jsonTimeOf,
  sbeBestBidAskAsJson,
  sbeDepthDiffAsJson,
  sbeDepthSnapshotAsJson,
  sbeTradesAsJson,
} from '../../../src/sbe/to-json';

const us = (n: number) => n as Microseconds;

describe('SBE events as JSON stream payloads', () => {
  it('a trades event is one trade payload per trade, times floored to ms, schema-valid', () => {
    const payloads = sbeTradesAsJson({
      message: 'TradesStreamEvent',
      eventTimeUs: us(1_770_123_456_789_999),
      transactTimeUs: us(1_770_123_456_788_001),
      priceExponent: -2,
      qtyExponent: -3,
      trades: [
        { id: 7, price: '1.50', qty: '0.001', isBuyerMaker: true, isBestMatch: true },
        { id: 8, price: '1.51', qty: '2.000', isBuyerMaker: false, isBestMatch: true },
      ],
      symbol: 'BNBUSDT',
    });
    expect(payloads.map((p) => [p.t, p.E, p.T, p.p])).toEqual([
      [7, 1_770_123_456_789, 1_770_123_456_788, '1.50'],
      [8, 1_770_123_456_789, 1_770_123_456_788, '1.51'],
    ]);
    for (const payload of payloads) expect(validateTradeEvent(payload)).toBe(true);
    expect(parseTrade(payloads[1]!, { decimal: Number }).quantity).toBe(2);
  });

  it('bestBidAsk, diff depth and depth20 pass the JSON channels schemas', () => {
    const ticker = sbeBestBidAskAsJson({
      message: 'BestBidAskStreamEvent',
      eventTimeUs: us(1),
      bookUpdateId: 42,
      priceExponent: -2,
      qtyExponent: -2,
      bidPrice: '1.00',
      bidQty: '3.00',
      askPrice: '1.01',
      askQty: '4.00',
      symbol: 'BNBUSDT',
    });
    expect(validateBookTickerEvent(ticker)).toBe(true);
    expect(parseBookTicker(ticker)).toMatchObject({ updateId: 42, symbol: 'BNBUSDT' });
    const levels = {
      bids: [{ price: '1.00', qty: '3.00' }],
      asks: [{ price: '1.01', qty: '0.00' }],
    };
    const diff = sbeDepthDiffAsJson({
      message: 'DepthDiffStreamEvent',
      eventTimeUs: us(5_000),
      firstBookUpdateId: 40,
      lastBookUpdateId: 42,
      priceExponent: -2,
      qtyExponent: -2,
      ...levels,
      symbol: 'BNBUSDT',
    });
    expect(diff).toEqual({
      e: 'depthUpdate',
      E: 5,
      s: 'BNBUSDT',
      U: 40,
      u: 42,
      b: [['1.00', '3.00']],
      a: [['1.01', '0.00']],
    });
    expect(validateDiffDepthEvent(diff)).toBe(true);
    const snapshot = sbeDepthSnapshotAsJson({
      message: 'DepthSnapshotStreamEvent',
      eventTimeUs: us(1),
      bookUpdateId: 42,
      priceExponent: -2,
      qtyExponent: -2,
      ...levels,
      symbol: 'BNBUSDT',
    });
    expect(validatePartialDepthEvent(snapshot)).toBe(true);
  });
});

describe('forEachJsonOf', () => {
  const trades: SbeTradesStreamEvent = {
    message: 'TradesStreamEvent',
    eventTimeUs: us(1_770_000_000_000_999),
    transactTimeUs: us(1_770_000_000_000_500),
    priceExponent: -2,
    qtyExponent: -2,
    trades: [
      { id: 1, price: '1.00', qty: '1.00', isBuyerMaker: true, isBestMatch: true },
      { id: 2, price: '1.01', qty: '2.00', isBuyerMaker: false, isBestMatch: true },
      { id: 3, price: '1.02', qty: '3.00', isBuyerMaker: true, isBestMatch: true },
    ],
    symbol: 'BNBUSDT',
  };

  it('hands out one payload per trade, in order, in ms by default', () => {
    const out: object[] = [];
    forEachJsonOf(trades, jsonTimeOf(undefined), (p) => out.push(p));
    expect(out.map((p) => (p as { t: number; E: number }).t)).toEqual([1, 2, 3]);
    expect((out[0] as { E: number }).E).toBe(1_770_000_000_000);
  });

  it('keeps microseconds for timeUnit MICROSECOND', () => {
    const out: { E: number; T: number }[] = [];
    forEachJsonOf(trades, jsonTimeOf('MICROSECOND'), (p) =>
      out.push(p as { E: number; T: number }),
    );
    expect([out[2]!.E, out[2]!.T]).toEqual([1_770_000_000_000_999, 1_770_000_000_000_500]);
  });
});
