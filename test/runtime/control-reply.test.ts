import { describe, expect, it } from 'vitest';
import { readControlReply } from '../../src/connection/control-reply';

describe('readControlReply', () => {
  const table: { given: object; want: unknown }[] = [
    { given: { result: null, id: 1 }, want: { id: 1 } },
    { given: { result: ['btcusdt@aggTrade'], id: 3 }, want: { id: 3 } },
    { given: { result: true, id: 'abc' }, want: { id: 'abc' } },
    {
      given: { error: { code: 2, msg: 'Invalid request: invalid stream' }, id: 2 },
      want: { id: 2, error: { code: 2, msg: 'Invalid request: invalid stream' } },
    },
    {
      given: { code: 0, msg: 'Unknown property', id: 5 },
      want: { id: 5, error: { code: 0, msg: 'Unknown property' } },
    },
    {
      given: { code: 1, msg: 'Invalid value type: expected Boolean' },
      want: { id: null, error: { code: 1, msg: 'Invalid value type: expected Boolean' } },
    },
    {
      given: { error: { msg: 'odd' }, id: null },
      want: { id: null, error: { code: undefined, msg: 'odd' } },
    },
    { given: { stream: 'btcusdt@trade', data: {} }, want: undefined },
    { given: { e: 'trade', id: 4 }, want: undefined },
    { given: { result: null }, want: undefined },
  ];
  it.each(table)('$given', ({ given, want }) => {
    expect(readControlReply(given)).toEqual(want);
  });
});
