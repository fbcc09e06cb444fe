import { of, toArray, lastValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import {
  onExecutionReport,
  parseExecutionReportEvent,
} from '../../../generated/user-data/execution-report';
import { onOutboundAccountPosition } from '../../../generated/user-data/outbound-account-position';
import type { ExecutionReportEvent } from '../../../generated/user-data/execution-report';
import { SchemaValidationError } from '../../../src/errors';
import type { UserDataMessage } from '../../../src/ws-api/session';

const report: ExecutionReportEvent = {
  e: 'executionReport',
  E: 2,
  s: 'BTCUSDT',
  c: 'abc',
  S: 'BUY',
  o: 'LIMIT',
  f: 'GTC',
  q: '1.00000000',
  p: '10.00000000',
  P: '0.00000000',
  F: '0.00000000',
  g: -1,
  C: '',
  x: 'TRADE',
  X: 'FILLED',
  r: 'NONE',
  i: 7,
  l: '1.00000000',
  z: '1.00000000',
  L: '10.00000000',
  n: '0.00100000',
  N: 'BTC',
  T: 2,
  t: 9,
  I: 3,
  w: false,
  m: false,
  M: false,
  O: 1,
  Z: '10.00000000',
  Y: '10.00000000',
  Q: '0.00000000',
  V: 'NONE',
};
const position = {
  e: 'outboundAccountPosition',
  E: 3,
  u: 3,
  B: [{ a: 'BTC', f: '1.00000000', l: '0.00000000' }],
};
const messages = (...events: object[]): UserDataMessage[] =>
  events.map((event) => ({ subscriptionId: 0, event: event as UserDataMessage['event'] }));

describe('on<Event>() operators', () => {
  it('keep the events of their type, typed, and leave the others', async () => {
    const source = of(...messages(report, position));
    expect(await lastValueFrom(source.pipe(onExecutionReport(), toArray()))).toEqual([report]);
    expect(await lastValueFrom(source.pipe(onOutboundAccountPosition(), toArray()))).toEqual([
      position,
    ]);
    expect(parseExecutionReportEvent(report, { decimal: Number })).toMatchObject({
      orderStatus: 'FILLED',
      cumulativeFilledQuantity: 1,
      lastExecutedPrice: 10,
    });
  });

  it('drop an event that breaks its schema and report it to onInvalid, unless validate is false', async () => {
    const broken = { ...report, z: 1 };
    const invalid: SchemaValidationError[] = [];
    const kept = await lastValueFrom(
      of(...messages(broken, report)).pipe(
        onExecutionReport({ onInvalid: (e) => invalid.push(e) }),
        toArray(),
      ),
    );
    expect(kept).toEqual([report]);
    expect(invalid).toHaveLength(1);
    expect(invalid[0]).toBeInstanceOf(SchemaValidationError);
    expect(invalid[0]).toMatchObject({ instancePath: '/z', stream: 'userData:executionReport' });
    const unchecked = await lastValueFrom(
      of(...messages(broken)).pipe(onExecutionReport({ validate: false }), toArray()),
    );
    expect(unchecked).toEqual([broken]);
  });
});
