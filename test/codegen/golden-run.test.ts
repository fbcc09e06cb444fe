import { describe, expect, it } from 'vitest';
import {
  bookLevelsChannel,
  parseBookLevels,
  validateBookLevelsEvent,
} from './fixtures/basic/generated/channels/book-levels';
import { parseCandle } from './fixtures/basic/generated/channels/candle';
import {
  parseDeal,
  subscribeDeal,
  validateDealEvent,
  type DealEvent,
} from './fixtures/basic/generated/channels/deal';
import { TestScheduler } from 'rxjs/testing';
import { filterNewSocketOnly, keepMessagesOnly, publicWebsocketConnection } from '../../src';
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
});

describe('a channel that exists only in the fixture spec works end to end', () => {
  it('subscribeDeal sends SUBSCRIBE with the rendered stream name and emits its payloads', () => {
    const scheduler = new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
    scheduler.run(({ flush }) => {
      MockWebSocket.reset(scheduler);
      MockWebSocket.autoAck = true;
      const connection = publicWebsocketConnection({
        rotateAfterMs: false,
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
