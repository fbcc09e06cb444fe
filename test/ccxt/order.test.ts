/**
 * Orders: our parsers against ccxt's binance on the same payloads (see reference.ts for the ccxt
 * function behind each reference).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { validate as validateCancelOrder } from '../../generated/validators/operations/cancel-order';
import { validate as validateGetAllOrders } from '../../generated/validators/operations/get-all-orders';
import { validate as validateGetOpenOrders } from '../../generated/validators/operations/get-open-orders';
import { validate as validateGetOrder } from '../../generated/validators/operations/get-order';
import { validate as validatePlaceOrder } from '../../generated/validators/operations/place-order';
import { validate as validateExecutionReport } from '../../generated/validators/user-data/execution-report';
import { EXECUTION_REPORT_OVERRIDES, knownSymbolId, payloads, schemas } from './arbitraries';
import { specExamples } from './fixtures';
import { assertSame, deviate, loadSetup, parser, requested, type Setup } from './harness';

let s: Setup;
beforeAll(async () => {
  s = await loadSetup();
});

/* eslint-disable @typescript-eslint/no-explicit-any */
type Raw = any;

describe('parseExecutionReportCcxt (user data; ccxt: handleMessage → handleOrderUpdate → parseWsOrder)', () => {
  const arbitrary = payloads<Raw>(schemas.executionReport, validateExecutionReport, {
    overrides: EXECUTION_REPORT_OVERRIDES,
  });

  it('equals ccxt on generated payloads', () => {
    const ours = parser('parseExecutionReportCcxt');
    assertSame(
      arbitrary,
      (raw) => ours(raw, s.context),
      (raw) => deviate('feeCostAsNumber', s.reference.streamOrder(raw).order),
    );
  });

  it.each(specExamples('user-data/execution-report.yaml'))(
    'equals ccxt on the spec example ($source)',
    ({ raw }) => {
      expect(parser('parseExecutionReportCcxt')(raw, s.context)).toEqual(
        deviate('feeCostAsNumber', s.reference.streamOrder(raw).order),
      );
    },
  );
});

// createOrder / fetchOrder / cancelOrder need a loaded market: known symbols only.
const known = { overrides: { symbol: knownSymbolId } };
describe.each([
  {
    name: 'parsePlaceOrderCcxt',
    spec: 'operations/place-order.yaml',
    arbitrary: payloads<Raw>(schemas.placeOrder, validatePlaceOrder, known),
  },
  {
    name: 'parseGetOrderCcxt',
    spec: 'operations/get-order.yaml',
    arbitrary: payloads<Raw>(schemas.getOrder, validateGetOrder, known),
  },
  {
    name: 'parseCancelOrderCcxt',
    spec: 'operations/cancel-order.yaml',
    arbitrary: payloads<Raw>(schemas.cancelOrder, validateCancelOrder, known),
  },
])('$name (REST; ccxt: createOrder/fetchOrder/cancelOrder → parseOrder)', (c) => {
  it('equals ccxt on generated payloads', () => {
    const ours = parser(c.name);
    assertSame(
      c.arbitrary,
      (raw) => ours(raw, s.context),
      // These answers carry strategyId too (a conditional order field): the documented deviation.
      (raw) => deviate('orderIdNotStrategyId', s.reference.restOrder(raw)),
    );
  });

  // An order list answering a leg's cancel is not an order: CCXT maps orders only.
  const orders = specExamples(c.spec).filter(({ raw }) => !('contingencyType' in (raw as object)));
  it.each(orders)('equals ccxt on the spec example ($source)', ({ raw }) => {
    expect(parser(c.name)(raw, s.context)).toEqual(
      deviate('orderIdNotStrategyId', s.reference.restOrder(raw)),
    );
  });
});

describe('parseGetOpenOrdersCcxt (REST; ccxt: fetchOpenOrders() → parseOrders)', () => {
  // Without a symbol: every symbol's open orders, each naming its own (unknown ones too), in any
  // order (ccxt sorts them by time).
  const arbitrary = payloads<Raw[]>(schemas.getOpenOrders, validateGetOpenOrders);
  const theirs = (raw: Raw[]) =>
    s.reference.restOrders(raw, undefined).map((o) => deviate('orderIdNotStrategyId', o));

  it('equals ccxt on generated payloads', () => {
    const ours = parser('parseGetOpenOrdersCcxt');
    assertSame(arbitrary, (raw) => ours(raw, s.context), theirs);
  });

  it.each(specExamples('operations/get-open-orders.yaml'))(
    'equals ccxt on the spec example ($source)',
    ({ raw }) => {
      expect(parser('parseGetOpenOrdersCcxt')(raw, s.context)).toEqual(theirs(raw as Raw[]));
    },
  );
});

describe('parseGetAllOrdersCcxt (REST; ccxt: fetchOrders(symbol) → parseOrders)', () => {
  // allOrders takes a symbol and lists that symbol's orders.
  const arbitrary = fc
    .tuple(payloads<Raw[]>(schemas.getAllOrders, validateGetAllOrders), requested)
    .map(([raw, market]) => ({
      raw: raw.map((order) => ({ ...order, symbol: market.id })),
      symbol: market.symbol,
    }));

  it('equals ccxt on generated payloads', () => {
    const ours = parser('parseGetAllOrdersCcxt');
    assertSame(
      arbitrary,
      ({ raw, symbol }) => ours(raw, { ...s.context, symbol }),
      ({ raw, symbol }) =>
        s.reference.restOrders(raw, symbol).map((o) => deviate('orderIdNotStrategyId', o)),
    );
  });

  // The examples' symbols are not all among the loaded markets: read without a requested market.
  it.each(specExamples('operations/get-all-orders.yaml'))(
    'equals ccxt on the spec example ($source)',
    ({ raw }) => {
      expect(parser('parseGetAllOrdersCcxt')(raw, s.context)).toEqual(
        s.reference
          .restOrders(raw as Raw[], undefined)
          .map((o) => deviate('orderIdNotStrategyId', o)),
      );
    },
  );
});

describe('empty strings', () => {
  // ccxt's safeString & co. read '' as absent (base/functions/type.js `prop`).
  it.each([
    ['parsePlaceOrderCcxt', 'operations/place-order.yaml'],
    ['parseGetOrderCcxt', 'operations/get-order.yaml'],
    ['parseCancelOrderCcxt', 'operations/cancel-order.yaml'],
  ])('%s: an empty clientOrderId is absent, as in ccxt', (name, spec) => {
    const [example] = specExamples(spec);
    const raw = { ...(example!.raw as Raw), symbol: 'BTCUSDT', clientOrderId: '' };
    expect(s.reference.restOrder(raw).clientOrderId).toBeUndefined();
    expect(parser(name)(raw, s.context)).toEqual(s.reference.restOrder(raw));
  });

  it('parseExecutionReportCcxt: an empty commission asset is absent, as in ccxt', () => {
    const [example] = specExamples('user-data/execution-report.yaml');
    const raw = { ...(example!.raw as Raw), x: 'TRADE', n: '0.1', N: '' };
    expect(parser('parseExecutionReportCcxt')(raw, s.context)).toEqual(
      deviate('feeCostAsNumber', s.reference.streamOrder(raw).order),
    );
  });
});

describe('deviation orderIdNotStrategyId', () => {
  it('takes orderId where ccxt takes strategyId', () => {
    const [example] = specExamples('operations/get-open-orders.yaml');
    const raw = [{ ...(example!.raw as Raw[])[0], strategyId: 77, strategyType: 1000000 }];
    expect(s.reference.restOrders(raw, undefined)[0].id).toBe('77');
    const ours = parser('parseGetOpenOrdersCcxt')(raw, s.context) as { id: string }[];
    expect(ours[0]!.id).toBe(String(raw[0].orderId));
  });
});

describe('deviation feeCostAsNumber', () => {
  it('gives the fee cost as a number where ccxt leaves the text', () => {
    const [example] = specExamples('user-data/execution-report.yaml');
    const raw = { ...(example!.raw as Raw), x: 'TRADE', X: 'FILLED', n: '0.00100000', N: 'BNB' };
    expect(s.reference.streamOrder(raw).order.fee).toEqual({ cost: '0.00100000', currency: 'BNB' });
    const ours = parser('parseExecutionReportCcxt')(raw, s.context) as { fee: unknown };
    expect(ours.fee).toEqual({ cost: 0.001, currency: 'BNB' });
  });
});
