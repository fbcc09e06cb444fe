/**
 * The harness itself: every arbitrary yields payloads its schema accepts, ccxt's reference reads
 * each of them without throwing, and on the spec's examples it gives what ccxt should (unified
 * symbols, numbers parsed). Independent of our parsers.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { validate as validateAggTrade } from '../../generated/validators/agg-trade';
import { validate as validateBookTicker } from '../../generated/validators/book-ticker';
import { validate as validateKline } from '../../generated/validators/kline';
import { validate as validateMiniTicker } from '../../generated/validators/mini-ticker';
import { validate as validateCancelOrder } from '../../generated/validators/operations/cancel-order';
import { validate as validateGet24hrTicker } from '../../generated/validators/operations/get24hr-ticker';
import { validate as validateGetAccount } from '../../generated/validators/operations/get-account';
import { validate as validateGetAggTrades } from '../../generated/validators/operations/get-agg-trades';
import { validate as validateGetAllOrders } from '../../generated/validators/operations/get-all-orders';
import { validate as validateGetBook } from '../../generated/validators/operations/get-book';
import { validate as validateGetBookTicker } from '../../generated/validators/operations/get-book-ticker';
import { validate as validateGetExchangeInfo } from '../../generated/validators/operations/get-exchange-info';
import { validate as validateGetHistoricalTrades } from '../../generated/validators/operations/get-historical-trades';
import { validate as validateGetKlines } from '../../generated/validators/operations/get-klines';
import { validate as validateGetMyTrades } from '../../generated/validators/operations/get-my-trades';
import { validate as validateGetOpenOrders } from '../../generated/validators/operations/get-open-orders';
import { validate as validateGetOrder } from '../../generated/validators/operations/get-order';
import { validate as validateGetPriceTicker } from '../../generated/validators/operations/get-price-ticker';
import { validate as validateGetRecentTrades } from '../../generated/validators/operations/get-recent-trades';
import { validate as validateGetUiKlines } from '../../generated/validators/operations/get-ui-klines';
import { validate as validatePlaceOrder } from '../../generated/validators/operations/place-order';
import { validate as validatePartialDepth } from '../../generated/validators/partial-depth';
import { validate as validateRollingWindowTicker } from '../../generated/validators/rolling-window-ticker';
import { validate as validateTicker } from '../../generated/validators/ticker';
import { validate as validateTrade } from '../../generated/validators/trade';
import { validate as validateExecutionReport } from '../../generated/validators/user-data/execution-report';
import { validate as validateOutboundAccountPosition } from '../../generated/validators/user-data/outbound-account-position';
import {
  EXCHANGE_INFO_OVERRIDES,
  payloads,
  schemas,
  type JsonSchema,
  type Overrides,
  type Validator,
} from './arbitraries';
import { EXCHANGE_INFO, specExamples } from './fixtures';
import { createReference, referenceMarkets, type Reference } from './reference';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Raw = any;

let ref: Reference;
beforeAll(async () => {
  ref = await createReference({ exchangeInfo: EXCHANGE_INFO });
});

const list = (raw: Raw): Raw[] => (Array.isArray(raw) ? raw : [raw]);

/** Each payload kind: its schema, validator, and the reference that reads it. */
const kinds: {
  name: string;
  schema: JsonSchema;
  validate: Validator;
  overrides?: Overrides;
  read: (raw: Raw) => unknown;
}[] = [
  {
    name: 'ticker',
    schema: schemas.ticker,
    validate: validateTicker,
    read: (r) => ref.streamTicker(r),
  },
  {
    name: 'rollingWindowTicker',
    schema: schemas.rollingWindowTicker,
    validate: validateRollingWindowTicker,
    read: (r) => ref.streamTicker(r),
  },
  {
    name: 'miniTicker',
    schema: schemas.miniTicker,
    validate: validateMiniTicker,
    read: (r) => ref.streamTicker(r),
  },
  {
    name: 'bookTicker',
    schema: schemas.bookTicker,
    validate: validateBookTicker,
    read: (r) => ref.streamTicker(r),
  },
  {
    name: 'trade',
    schema: schemas.trade,
    validate: validateTrade,
    read: (r) => ref.streamTrade(r),
  },
  {
    name: 'aggTrade',
    schema: schemas.aggTrade,
    validate: validateAggTrade,
    read: (r) => ref.streamTrade(r),
  },
  {
    name: 'kline',
    schema: schemas.kline,
    validate: validateKline,
    read: (r) => ref.streamKline(r),
  },
  {
    name: 'partialDepth',
    schema: schemas.partialDepth,
    validate: validatePartialDepth,
    read: (r) => ref.restBook(r, 'BTC/USDT'),
  },
  {
    name: 'get24hrTicker',
    schema: schemas.get24hrTicker,
    validate: validateGet24hrTicker,
    read: (r) => list(r).map((t) => ref.restTicker(t)),
  },
  {
    name: 'getPriceTicker',
    schema: schemas.getPriceTicker,
    validate: validateGetPriceTicker,
    read: (r) => ref.restLastPrices(r),
  },
  {
    name: 'getBookTicker',
    schema: schemas.getBookTicker,
    validate: validateGetBookTicker,
    read: (r) => ref.restBidsAsks(r),
  },
  {
    name: 'getRecentTrades',
    schema: schemas.getRecentTrades,
    validate: validateGetRecentTrades,
    read: (r) => ref.restTrades(r, 'BTC/USDT'),
  },
  {
    name: 'getHistoricalTrades',
    schema: schemas.getHistoricalTrades,
    validate: validateGetHistoricalTrades,
    read: (r) => ref.restTrades(r, 'BTC/USDT'),
  },
  {
    name: 'getAggTrades',
    schema: schemas.getAggTrades,
    validate: validateGetAggTrades,
    read: (r) => ref.restTrades(r, 'BTC/USDT'),
  },
  {
    name: 'getMyTrades',
    schema: schemas.getMyTrades,
    validate: validateGetMyTrades,
    read: (r) => ref.restTrades(r, 'BTC/USDT'),
  },
  {
    name: 'getKlines',
    schema: schemas.getKlines,
    validate: validateGetKlines,
    read: (r) => ref.restKlines(r, 'BTC/USDT'),
  },
  {
    name: 'getUiKlines',
    schema: schemas.getUiKlines,
    validate: validateGetUiKlines,
    read: (r) => ref.restKlines(r, 'BTC/USDT'),
  },
  {
    name: 'getBook',
    schema: schemas.getBook,
    validate: validateGetBook,
    read: (r) => ref.restBook(r, 'BTC/USDT'),
  },
  {
    name: 'placeOrder',
    schema: schemas.placeOrder,
    validate: validatePlaceOrder,
    read: (r) => ref.restOrder(r),
  },
  {
    name: 'getOrder',
    schema: schemas.getOrder,
    validate: validateGetOrder,
    read: (r) => ref.restOrder(r),
  },
  {
    name: 'cancelOrder',
    schema: schemas.cancelOrder,
    validate: validateCancelOrder,
    read: (r) => ref.restOrder(r),
  },
  {
    name: 'getOpenOrders',
    schema: schemas.getOpenOrders,
    validate: validateGetOpenOrders,
    read: (r) => ref.restOrders(r, undefined),
  },
  {
    name: 'getAllOrders',
    schema: schemas.getAllOrders,
    validate: validateGetAllOrders,
    read: (r) => ref.restOrders(r, 'BTC/USDT'),
  },
  {
    name: 'getAccount',
    schema: schemas.getAccount,
    validate: validateGetAccount,
    read: (r) => ref.restBalance(r),
  },
  {
    name: 'executionReport',
    schema: schemas.executionReport,
    validate: validateExecutionReport,
    read: (r) => ref.streamOrder(r).order,
  },
  {
    name: 'outboundAccountPosition',
    schema: schemas.outboundAccountPosition,
    validate: validateOutboundAccountPosition,
    read: (r) => ref.streamBalance(r),
  },
];

describe('arbitraries and the ccxt reference', () => {
  it.each(kinds)('$name: schema-valid payloads that ccxt reads', (kind) => {
    const arbitrary = payloads<Raw>(kind.schema, kind.validate, { overrides: kind.overrides });
    // `payloads` throws on a payload its validator refuses; ccxt must read every one.
    for (const raw of fc.sample(arbitrary, { seed: 1, numRuns: 10 })) {
      expect(kind.read(raw)).toBeDefined();
    }
  });

  it('exchangeInfo: schema-valid bodies that ccxt reads into markets', async () => {
    const arbitrary = payloads<Raw>(schemas.getExchangeInfo, validateGetExchangeInfo, {
      overrides: EXCHANGE_INFO_OVERRIDES,
    });
    for (const raw of fc.sample(arbitrary, { seed: 1, numRuns: 10 })) {
      expect(await referenceMarkets(raw)).toHaveLength(raw.symbols.length);
    }
  });
});

describe('the ccxt reference on the spec examples', () => {
  it('loads the markets of EXCHANGE_INFO with ccxt symbols (renamed assets too)', () => {
    expect(Object.keys(ref.exchange.markets).sort()).toEqual([
      'BNB/USDT',
      'BTC/USDC',
      'BTC/USDT',
      'ETH/BTC',
      'ETH/USDT',
      'YOYOW/BTC',
    ]);
  });

  it('reads a 24hr ticker event of a known symbol', () => {
    const [example] = specExamples('channels/ticker.yaml');
    const raw = { ...(example!.raw as object), s: 'BTCUSDT' };
    expect(ref.streamTicker(raw)).toMatchObject({
      symbol: 'BTC/USDT',
      last: 0.0025,
      bid: 0.0024,
      baseVolume: 10000,
      timestamp: 86400000,
    });
  });

  it('keeps an unknown id as the symbol, as ccxt does', () => {
    const [example] = specExamples('channels/ticker.yaml');
    expect(ref.streamTicker(example!.raw)).toMatchObject({ symbol: 'BNBBTC' });
  });

  it('reads trades, klines, books, orders and balances', () => {
    const [trade] = specExamples('channels/trade.yaml');
    expect(ref.streamTrade({ ...(trade!.raw as object), s: 'BTCUSDT' })).toMatchObject({
      symbol: 'BTC/USDT',
      price: 0.001,
      amount: 100,
      side: 'sell',
    });
    const [kline] = specExamples('channels/kline.yaml');
    expect(ref.streamKline(kline!.raw).ohlcv).toEqual([
      1672515780000, 0.001, 0.0025, 0.0015, 0.002, 1000,
    ]);
    const [book] = specExamples('operations/get-book.yaml');
    expect(ref.restBook(book!.raw, 'BTCUSDT')).toMatchObject({
      symbol: 'BTC/USDT',
      bids: [[4, 431]],
      nonce: 1027024,
    });
    const [report] = specExamples('user-data/execution-report.yaml');
    expect(ref.streamOrder(report!.raw).order).toMatchObject({
      symbol: 'ETH/BTC',
      status: 'open',
      type: 'limit',
      amount: 1,
    });
    const [account] = specExamples('operations/get-account.yaml');
    expect(ref.restBalance(account!.raw)).toMatchObject({ BTC: { free: 4723846.89208129 } });
  });
});
