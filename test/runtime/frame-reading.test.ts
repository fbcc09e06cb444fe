/**
 * Every frame reader is total and bounded: hostile frames (deep, binary, huge, empty, wrongly
 * typed) become a typed error or nothing, never an exception or a deep recursion.
 */
import { VirtualTimeScheduler } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { readControlReply } from '../../src/connection/control-reply';
import { MalformedMessageError } from '../../src/errors';
import { silentLogger } from '../../src/logging/logger';
import { excerptOf, nestsAtMost, stringifyShallow } from '../../src/socket/bounded-json';
import { MAX_FRAME_SIZE, NOTHING, readFrame } from '../../src/socket/read-frame';
import { answerOf, subscriptionIdOf } from '../../src/ws-api/answer';
import { readWsApiFrame, type WsApiResponse } from '../../src/ws-api/frames';

/** `[[[…]]]`, `depth` levels: 10 KB at depth 5,000; JSON.parse takes it, JSON.stringify does not. */
const deepArray = (depth: number): unknown => JSON.parse('['.repeat(depth) + ']'.repeat(depth));
const deepObject = (depth: number): unknown =>
  JSON.parse('{"a":'.repeat(depth) + '1' + '}'.repeat(depth));
const DEEP = 100_000;

describe('bounded rendering', () => {
  it('a value nested 100,000 deep: excerpt and depth check without recursion', () => {
    expect(() => JSON.stringify(deepArray(DEEP))).toThrow(RangeError);
    expect(excerptOf(deepArray(DEEP))).toBe('[[[[…]]]]');
    expect(excerptOf(deepObject(DEEP))).toBe('{"a":{"a":{"a":{"a":…}}}}');
    expect(nestsAtMost(deepArray(DEEP), 32)).toBe(false);
    expect(stringifyShallow(deepObject(DEEP))).toBeUndefined();
    expect(stringifyShallow({ e: 'x', B: [{ a: '1' }] })).toBe('{"e":"x","B":[{"a":"1"}]}');
  });

  it('a wide value: the excerpt stops at its budget', () => {
    const wide = Array.from({ length: 1_000_000 }, (_, i) => i);
    const text = excerptOf(wide, 50);
    expect(text.length).toBeLessThanOrEqual(51);
    expect(text.startsWith('[0,1,2,')).toBe(true);
    expect(excerptOf({ msg: 'x'.repeat(10_000) }).length).toBeLessThanOrEqual(201);
  });
});

describe('readFrame', () => {
  const scheduler = new VirtualTimeScheduler();
  const read = (data: unknown) => {
    const errors: MalformedMessageError[] = [];
    const frame = readFrame(data, { logger: silentLogger, scheduler, socket: 1 }, (e) =>
      errors.push(e),
    );
    return { frame, errors };
  };
  const bytes = (text: string) => new TextEncoder().encode(text);

  it.each([
    ['not JSON', '{"stream":', /JSON|Unexpected|Expected/],
    ['empty', '', /empty frame/],
    ['empty binary', new ArrayBuffer(0), /empty frame/],
    ['a Blob', new Blob(['{}']), /not a text frame/],
    ['an object', { data: 1 }, /not a text frame/],
    ['undefined', undefined, /not a text frame/],
    ['invalid UTF-8', new Uint8Array([0x7b, 0xff, 0x7d]), /not UTF-8/],
    ['too large', ' '.repeat(MAX_FRAME_SIZE + 1), /exceeds the 67108864 limit/],
  ])('%s: a MalformedMessageError, nothing read', (_name, data, reason) => {
    const { frame, errors } = read(data);
    expect(frame).toBe(NOTHING);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toBeInstanceOf(MalformedMessageError);
    expect(errors[0]!.reason).toMatch(reason);
    expect(errors[0]!.excerpt.length).toBeLessThanOrEqual(200);
  });

  it.each([
    ['a string', '{"id":1,"result":null}'],
    ['an ArrayBuffer', bytes('{"id":1,"result":null}').buffer],
    ['a Uint8Array', bytes('{"id":1,"result":null}')],
    ['a Node Buffer', Buffer.from('{"id":1,"result":null}')],
  ])('%s: read', (_name, data) => {
    expect(read(data)).toEqual({
      frame: { text: '{"id":1,"result":null}', value: { id: 1, result: null } },
      errors: [],
    });
  });
});

describe('readControlReply on hostile replies', () => {
  it('an error reply whose msg nests 5,000 deep (10 KB): read, msg shown as an excerpt', () => {
    const reply = readControlReply({ error: { code: 2, msg: deepArray(5000) }, id: 7 });
    expect(reply).toEqual({ id: 7, error: { code: 2, msg: '[[[[…]]]]' } });
    const flat = readControlReply({ code: 1, msg: 'x', id: deepArray(DEEP) });
    expect(flat).toEqual({ id: null, error: { code: 1, msg: 'x' } });
  });

  it('any shape, of any depth: never throws', () => {
    const values: object[] = [
      { error: deepArray(DEEP), id: 1 },
      { error: { code: 'x', msg: null }, id: 1 },
      { error: null, id: 1, result: deepObject(DEEP) },
      [1, 2, 3],
      deepArray(DEEP) as object,
    ];
    for (const value of values) expect(() => readControlReply(value)).not.toThrow();
  });
});

describe('readWsApiFrame and answerOf on hostile responses', () => {
  const request = { operation: 'ping', method: 'ping', params: {} };
  const answer = (value: unknown) => {
    const frame = readWsApiFrame(value);
    expect(frame?.kind).toBe('response');
    return answerOf(frame as WsApiResponse, request);
  };

  it('an error whose msg nests 5,000 deep: a BinanceApiError with an excerpt', () => {
    const error = answer({ id: 1, status: 400, error: { code: -1, msg: deepArray(5000) } });
    expect(error).toMatchObject({
      code: 'BINANCE_ERROR',
      binanceCode: -1,
      binanceMessage: '[[[[…]]]]',
    });
  });

  it('a response Binance would not send: the request fails with MalformedMessageError', () => {
    const table: [unknown, string][] = [
      [{ id: 1, status: 400 }, 'status 400 without error'],
      [{ id: 1, status: 200, error: 'bad' }, 'error is not {code, msg}: "bad"'],
      [{ id: 1, status: 400, error: { msg: 'no code' } }, 'error is not {code, msg}'],
      [{ id: 1, status: 400, error: deepArray(DEEP) }, 'error is not {code, msg}: [[[[…]]]]'],
    ];
    for (const [value, reason] of table) {
      const error = answer(value);
      expect(error).toBeInstanceOf(MalformedMessageError);
      expect((error as MalformedMessageError).reason).toContain(reason);
    }
  });

  it('a 100 KB msg: kept whole in binanceMessage, clipped in the error message', () => {
    const msg = 'x'.repeat(100_000);
    const error = answer({ id: 1, status: 400, error: { code: -1, msg } });
    expect(error).toMatchObject({ binanceMessage: msg });
    expect((error as Error).message.length).toBeLessThan(300);
  });

  it('error.data of the wrong type: no retryAfter, still the typed error', () => {
    const error = answer({ id: 1, status: 429, error: { code: -1003, msg: 'm', data: 5 } });
    expect(error).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: undefined });
  });

  it('rateLimits: only well-typed entries are kept', () => {
    const good = {
      rateLimitType: 'REQUEST_WEIGHT',
      interval: 'MINUTE',
      intervalNum: 1,
      limit: 6000,
      count: 2,
    };
    const frame = readWsApiFrame({
      id: 1,
      status: 200,
      result: {},
      rateLimits: [good, null, { ...good, count: '2' }, deepArray(DEEP)],
    });
    expect(frame).toMatchObject({ kind: 'response', rateLimits: [good] });
  });

  it('none of the documented shapes, of any depth: undefined', () => {
    const values: unknown[] = [
      null,
      deepArray(DEEP),
      { event: deepArray(DEEP) },
      { subscriptionId: 'x', event: { e: 'executionReport', E: 1 } },
      { subscriptionId: 1, event: { e: 'executionReport', E: '1' } },
      { subscriptionId: 1, event: { e: 'executionReport' } },
      { id: {}, status: 200 },
    ];
    for (const value of values) expect(readWsApiFrame(value)).toBeUndefined();
  });

  it('userDataStream.subscribe answered with result null: MalformedMessageError', () => {
    for (const result of [null, 'x', { subscriptionId: '1' }, deepArray(DEEP)]) {
      const outcome = subscriptionIdOf({ result }, 'userDataStream.subscribe');
      expect(outcome).toBeInstanceOf(MalformedMessageError);
    }
    expect(subscriptionIdOf({ result: { subscriptionId: 3 } }, 'x')).toBe(3);
  });
});
