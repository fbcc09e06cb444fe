import { describe, expect, it } from 'vitest';
import {
  bookLevelsChannel,
  parseBookLevels,
  validateBookLevelsEvent,
} from './fixtures/basic/generated/channels/book-levels';
import {
  candleChannel,
  parseCandle,
  subscribeCandle,
} from './fixtures/basic/generated/channels/candle';
import { parseFillNoticeBalanceCcxt } from './fixtures/basic/generated/ccxt/balance';
import type { FillNoticeEvent } from './fixtures/basic/generated/user-data/fill-notice';
import { parseGetDealsCcxt } from './fixtures/basic/generated/ccxt/ticker';
import {
  parseDealCcxt,
  parseDealListCcxt,
  parseFillNoticeCcxt,
} from './fixtures/basic/generated/ccxt/trade';
import {
  parseDeal,
  subscribeDeal,
  validateDealEvent,
  type DealEvent,
} from './fixtures/basic/generated/channels/deal';
import { TestScheduler } from 'rxjs/testing';
import {
  filterNewSocketOnly,
  InvalidParameterError,
  keepMessagesOnly,
  publicWebsocketConnection,
  streamName,
} from '../../src';
import { EMPTY } from 'rxjs';
import { MockWebSocket } from '../runtime/mock-web-socket';
import {
  parseAllDeals,
  validateAllDealsEvent,
} from './fixtures/basic/generated/channels/all-deals';

describe('golden output runs', () => {
  it('parses raw payloads into readable models, decimals exact by default', () => {
    expect(parseDeal({ e: 'deal', E: 5, p: '0.10', m: false, X: null })).toEqual({
      eventType: 'deal',
      eventTime: 5,
      price: '0.10',
      isBuyerMaker: false,
      note: null,
    });
    expect(
      parseCandle({ s: 'BTCUSDT', k: { t: 60, o: '2.50', x: true } }, { decimal: Number }),
    ).toEqual({
      symbol: 'BTCUSDT',
      candle: { openTime: 60, open: 2.5, isClosed: true },
    });
  });

  it('turns tuples into named objects and maps arrays', () => {
    expect(parseBookLevels({ u: 1, b: [['1.0', '2']] }, { decimal: Number })).toEqual({
      updateId: 1,
      bids: [{ price: 1, quantity: 2 }],
    });
    expect(parseAllDeals([{ e: 'deal', E: 1, p: '3', m: true }])).toEqual([
      { eventType: 'deal', eventTime: 1, price: '3', isBuyerMaker: true, note: undefined },
    ]);
  });

  it('validates with the ahead-of-time validators', () => {
    expect(validateDealEvent({ e: 'deal', E: 1, p: '1.5', m: true })).toBe(true);
    expect(validateDealEvent({ e: 'deal', E: 1, p: 1.5, m: true })).toBe(false);
    expect(validateDealEvent.errors?.[0]).toMatchObject({ instancePath: '/p', keyword: 'type' });
    expect(validateDealEvent({ e: 'other', E: 1, p: '1.5', m: true })).toBe(false);
    expect(validateAllDealsEvent([{ e: 'deal', E: 1, p: 'x', m: true }])).toBe(false);
    expect(validateBookLevelsEvent({ u: 1, b: [['1', '2', '3']] })).toBe(false);
  });

  it('describes its stream as data', () => {
    expect(bookLevelsChannel).toMatchObject({
      channel: 'bookLevels',
      stream: '<symbol>@levels<speed>',
      params: { symbol: { case: 'lower' }, speed: { default: '1000ms' } },
    });
  });

  it("checks and renders a channel's own (inline) parameter like one of params.yaml", () => {
    expect(candleChannel.params.zone).toEqual({
      type: 'string',
      enum: ['+08:00'],
      optional: true,
      render: { '+08:00': '@+08:00' },
    });
    const base = { symbol: 'BTCUSDT', interval: '1m' } as const;
    expect(streamName(candleChannel, base)).toBe('btcusdt@candle_1m');
    expect(streamName(candleChannel, { ...base, zone: '+08:00' })).toBe('btcusdt@candle_1m@+08:00');
    const wrong = () => subscribeCandle({ ...base, zone: '+09:00' as '+08:00' }, EMPTY);
    expect(wrong).toThrow(InvalidParameterError);
    expect(wrong).toThrow(expect.objectContaining({ target: 'candle', parameter: 'zone' }));
  });
});

describe('a channel that exists only in the fixture spec works end to end', () => {
  it('subscribeDeal sends SUBSCRIBE with the rendered stream name and emits its payloads', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ flush }) => {
      MockWebSocket.reset(scheduler);
      MockWebSocket.autoAck = true;
      const connection = publicWebsocketConnection({
        rotateAfterMs: false,
        // flush() runs every scheduled action: no watchdog or connect timer that re-arms forever.
        heartbeatTimeoutMs: false,
        connectTimeoutMs: false,
        url: 'ws://test/stream',
        WebSocket: MockWebSocket,
        scheduler,
      });
      const messages = connection.pipe(keepMessagesOnly());
      const received: DealEvent[] = [];
      connection
        .pipe(filterNewSocketOnly(), subscribeDeal('BTCUSDT', messages))
        .subscribe((e) => received.push(e));
      const connected = connection.connect();
      const socket = MockWebSocket.last();
      socket.open();
      flush();
      expect(socket.sentJson()).toEqual([
        { method: 'SUBSCRIBE', params: ['btcusdt@deal'], id: expect.anything() },
      ]);
      socket.receive({ stream: 'btcusdt@deal', data: { e: 'deal', E: 1, p: '2.5', m: false } });
      expect(received).toEqual([{ e: 'deal', E: 1, p: '2.5', m: false }]);
      connected.unsubscribe();
    });
  });
});

describe('the golden CCXT parsers run', () => {
  it('map one payload, an array payload and a union answer with the context symbol', () => {
    expect(parseDealCcxt({ e: 'deal', E: 5, p: '1.5', m: true }, { symbol: 'BTCUSDT' })).toEqual({
      info: { e: 'deal', E: 5, p: '1.5', m: true },
      timestamp: 5,
      datetime: '1970-01-01T00:00:00.005Z',
      symbol: 'BTC/USDT',
      id: undefined,
      order: undefined,
      type: 'limit',
      side: 'sell',
      takerOrMaker: undefined,
      price: 1.5,
      amount: undefined,
      cost: undefined,
      fee: { cost: undefined, currency: undefined },
      fees: [],
    });
    expect(parseDealListCcxt([{ e: 'deal', E: 1, p: '2', m: false }]).map((t) => t.price)).toEqual([
      2,
    ]);
    const one = parseGetDealsCcxt({ symbol: 'ETHBTC', deals: [] });
    const many = parseGetDealsCcxt([{ symbol: 'ETHBTC', deals: [] }]);
    expect(one.symbol).toBe('ETH/BTC');
    expect(many.map((t) => t.symbol)).toEqual(['ETH/BTC']);
  });

  it('reads nested lists and nullable fields through helpers', () => {
    const notice: FillNoticeEvent = { e: 'fillNotice', E: 1, p: '1.5', N: null, L: [{ q: '0.1' }] };
    // A positive cost without asset (N is null): the fee has no currency.
    expect(parseFillNoticeCcxt(notice).fee).toEqual({ cost: 1.5, currency: undefined });
    expect(parseFillNoticeCcxt({ ...notice, p: '0' }).fee).toEqual({
      cost: undefined,
      currency: undefined,
    });
    expect(parseFillNoticeBalanceCcxt(notice)['0.1']).toEqual({
      free: 0.1,
      used: undefined,
      total: undefined,
    });
  });
});
