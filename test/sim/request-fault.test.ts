/**
 * faults.requestFault(): WebSocket API requests answered -1007 or -2013, not answered, run late,
 * or followed by a dropped or silent connection; rules are used up in order and checked (a bad
 * one is a RangeError, or a 400 on the control endpoint that leaves the exchange running).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkRule } from '../../sim/faults/request-fault';
import { Client, closeAll, start } from './helpers';

afterEach(closeAll);

const time = (client: Client, id: string) => client.request({ id, method: 'time' });

describe('faults.requestFault', () => {
  it('answers -1007 (status 500) once, then the method answers normally again', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(exchange.urls.wsApi);
    exchange.faults.requestFault({ method: 'time', answer: 'unknown' });
    expect(await time(client, 'a')).toMatchObject({
      id: 'a',
      status: 500,
      error: {
        code: -1007,
        msg: 'Timeout waiting for response from backend server. Send status unknown; execution status unknown.',
      },
    });
    expect(await time(client, 'b')).toMatchObject({ id: 'b', status: 200 });
  });

  it('answers -2013, or nothing, for `count` requests in the order the rules were armed', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(exchange.urls.wsApi);
    exchange.faults.requestFault({ method: 'time', answer: 'none', count: 2 });
    exchange.faults.requestFault({ method: 'time', answer: 'notFound' });
    client.send({ id: 'lost-1', method: 'time' });
    client.send({ id: 'lost-2', method: 'time' });
    expect(await time(client, 'c')).toMatchObject({ id: 'c', error: { code: -2013 } });
    expect(await time(client, 'd')).toMatchObject({ id: 'd', status: 200 });
    expect(client.pending.filter((f) => f.includes('lost-'))).toEqual([]);
  });

  it('then: drop answers, then resets the connection', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(exchange.urls.wsApi);
    exchange.faults.requestFault({ method: 'time', then: 'drop' });
    expect(await time(client, 'e')).toMatchObject({ id: 'e', status: 200 });
    expect((await client.closed).code).toBe(1006);
  });

  it('then: halfOpen answers, then silences the connection until faults.clear()', async () => {
    const exchange = await start({ paused: true });
    const client = await Client.open(exchange.urls.wsApi);
    exchange.faults.requestFault({ method: 'time', then: 'halfOpen' });
    expect(await time(client, 'f')).toMatchObject({ id: 'f', status: 200 });
    // Silent now (the client tests show a silent socket being found: the session's heartbeat in
    // test/integration/order-fault-matrix.test.ts); clear() lets it speak again.
    exchange.faults.clear();
    expect(await time(client, 'g')).toMatchObject({ id: 'g', status: 200 });
  });

  it.each<[unknown, string]>([
    [[], 'requestFault: the rule must be an object'],
    [{ count: 0 }, 'requestFault: count must be a positive integer'],
    [{ execute: -5 }, "requestFault: execute must be 'now', 'never' or a number of ms"],
    [{ answer: 'maybe' }, 'requestFault: answer must be one of normal, none, unknown, notFound'],
    [{ then: 'explode' }, 'requestFault: then must be one of drop, halfOpen, shutdown'],
    [{ execute: 'never' }, "requestFault: execute 'never' needs an answer other than 'normal'"],
  ])('refuses the rule %j', (rule, message) => {
    expect(() => checkRule(rule)).toThrow(new RangeError(message));
  });

  it('on the control endpoint: a good rule is armed, a bad one answers 400 and the exchange goes on', async () => {
    const exchange = await start({ paused: true });
    const post = (args: unknown[]) =>
      fetch(`${exchange.urls.control}/faults/requestFault`, {
        method: 'POST',
        body: JSON.stringify({ args }),
      });
    const bad = await post([{ answer: 'maybe' }]);
    expect(bad.status).toBe(400);
    expect(await bad.json()).toEqual({
      error: 'requestFault: answer must be one of normal, none, unknown, notFound',
    });
    expect((await post([{ method: 'time', answer: 'unknown' }])).status).toBe(200);
    const client = await Client.open(exchange.urls.wsApi);
    expect(await time(client, 'h')).toMatchObject({ error: { code: -1007 } });
  });
});
