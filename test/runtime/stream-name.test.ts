import { describe, expect, it } from 'vitest';
import type { ChannelDescriptor, StreamParam } from '../../src/channels/descriptor';
import { streamName } from '../../src/channels/stream-name';
import { InvalidOptionError, InvalidParameterError } from '../../src/errors';
import { validator } from './fixtures';

const symbol: StreamParam = { type: 'string', pattern: '^[A-Za-z0-9_.-]{1,20}$', case: 'lower' };
const accept = validator(() => undefined);

function channel(
  name: string,
  stream: string,
  params: Record<string, StreamParam>,
): ChannelDescriptor<Record<string, unknown>, unknown> {
  return { channel: name, stream, params, schemaId: `test:${name}`, validate: accept };
}

const ticker = channel('ticker', '<symbol>@ticker', { symbol });
const kline = channel('kline', '<symbol>@kline_<interval><timezone>', {
  symbol,
  interval: { type: 'string', enum: ['1m', '1M'] },
  timezone: { type: 'string', enum: ['+08:00'], optional: true, render: { '+08:00': '@+08:00' } },
});
const depth = channel('partialDepth', '<symbol>@depth<levels><speed>', {
  symbol,
  levels: { type: 'integer', enum: [5, 10, 20] },
  speed: {
    type: 'string',
    enum: ['1000ms', '100ms'],
    optional: true,
    default: '1000ms',
    render: { '1000ms': '', '100ms': '@100ms' },
  },
});
const allMini = channel('allMiniTickers', '!miniTicker@arr', {});
const asIs = channel('asIs', '<name>@x', { name: { type: 'string', case: 'asis' } });

describe('streamName', () => {
  const valid: {
    given: [ChannelDescriptor<Record<string, unknown>, unknown>, unknown];
    want: string;
  }[] = [
    { given: [ticker, 'BTCUSDT'], want: 'btcusdt@ticker' },
    { given: [ticker, { symbol: 'BtcUsdt' }], want: 'btcusdt@ticker' },
    { given: [kline, { symbol: 'ETHBTC', interval: '1m' }], want: 'ethbtc@kline_1m' },
    {
      given: [kline, { symbol: 'ETHBTC', interval: '1M', timezone: '+08:00' }],
      want: 'ethbtc@kline_1M@+08:00',
    },
    { given: [depth, { symbol: 'BNBBTC', levels: 5 }], want: 'bnbbtc@depth5' },
    {
      given: [depth, { symbol: 'BNBBTC', levels: 10, speed: '100ms' }],
      want: 'bnbbtc@depth10@100ms',
    },
    { given: [depth, { symbol: 'BNBBTC', levels: 20, speed: '1000ms' }], want: 'bnbbtc@depth20' },
    { given: [allMini, {}], want: '!miniTicker@arr' },
    { given: [asIs, 'MiXeD'], want: 'MiXeD@x' },
  ];
  it.each(valid)('$given.1 -> $want', ({ given: [descriptor, params], want }) => {
    expect(streamName(descriptor, params as Record<string, unknown>)).toBe(want);
  });

  const invalid: {
    given: [ChannelDescriptor<Record<string, unknown>, unknown>, unknown];
    want: string;
  }[] = [
    {
      given: [ticker, 'BTC USDT'],
      want: "ticker: parameter symbol: 'BTC USDT' does not match ^[A-Za-z0-9_.-]{1,20}$",
    },
    { given: [ticker, {}], want: 'ticker: parameter symbol: undefined is required' },
    { given: [ticker, { symbol: 42 }], want: 'ticker: parameter symbol: 42 must be a string' },
    {
      given: [kline, { symbol: 'X', interval: '2m' }],
      want: "kline: parameter interval: '2m' must be one of 1m, 1M",
    },
    {
      given: [kline, { symbol: 'X', interval: '1m', timezone: 'UTC' }],
      want: "kline: parameter timezone: 'UTC' must be one of +08:00",
    },
    {
      given: [kline, { symbol: 'X', interval: '1m', extra: 1 }],
      want: 'kline: parameter extra: 1 is not a parameter of this channel (parameters: symbol, interval, timezone)',
    },
    {
      given: [depth, { symbol: 'X', levels: 5.5 }],
      want: 'partialDepth: parameter levels: 5.5 must be an integer',
    },
    {
      given: [depth, { symbol: 'X', levels: '5' }],
      want: "partialDepth: parameter levels: '5' must be an integer",
    },
    {
      given: [depth, { symbol: 'X', levels: 15 }],
      want: 'partialDepth: parameter levels: 15 must be one of 5, 10, 20',
    },
    {
      given: [allMini, 'x'],
      want: "allMiniTickers: parameter (shorthand): 'x' given, but the channel takes no parameters",
    },
    {
      given: [allMini, { symbol: 'X' }],
      want: "allMiniTickers: parameter symbol: 'X' is not a parameter of this channel (parameters: none)",
    },
    { given: [ticker, null], want: 'ticker: parameter (params): null is not a parameter object' },
    {
      given: [ticker, ['BTCUSDT']],
      want: 'ticker: parameter (params): ["BTCUSDT"] is not a parameter object',
    },
  ];
  it.each(invalid)('$given.1 throws $want', ({ given: [descriptor, params], want }) => {
    const error = thrown(() => streamName(descriptor, params as Record<string, unknown>));
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect((error as Error).message).toBe(want);
  });

  it('names channel, parameter, value and rule on the error', () => {
    const error = thrown(() => streamName(kline, { symbol: 'BTCUSDT', interval: '7m' }));
    expect(error).toBeInstanceOf(InvalidParameterError);
    expect(error).toMatchObject({
      name: 'InvalidParameterError',
      code: 'INVALID_PARAMETER',
      target: 'kline',
      parameter: 'interval',
      value: '7m',
      rule: 'must be one of 1m, 1M',
    });
  });

  it('rejects a template placeholder without a parameter as a descriptor bug', () => {
    const broken = channel('broken', '<symbol>@<missing>', { symbol });
    const error = thrown(() => streamName(broken, 'BTCUSDT'));
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error).toMatchObject({
      code: 'INVALID_OPTION',
      message: 'broken: stream: template placeholder <missing> has no parameter',
    });
  });
});

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}
