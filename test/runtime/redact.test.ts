import { describe, expect, it } from 'vitest';
import { redact } from '../../src/logging/redact';

describe('redact', () => {
  const table: { given: string; want: string }[] = [
    {
      given: '{"method":"SUBSCRIBE","params":["btcusdt@trade"],"id":1}',
      want: '{"method":"SUBSCRIBE","params":["btcusdt@trade"],"id":1}',
    },
    {
      given:
        '{"params":{"apiKey":"vmPUZE6mv9SD5VNHk4","signature":"c8db56825ae71d","symbol":"BTCUSDT"}}',
      want: '{"params":{"apiKey":"[REDACTED]","signature":"[REDACTED]","symbol":"BTCUSDT"}}',
    },
    {
      given: '{"listenKey" : "pqia91ma19a5s61cv6a81va65sd"}',
      want: '{"listenKey" : "[REDACTED]"}',
    },
    { given: '{"apiKey":"a\\"b","x":1}', want: '{"apiKey":"[REDACTED]","x":1}' },
    {
      given: '{"method":"userDataStream.subscribe.listenToken","params":{"listenToken":"LT-1"}}',
      want: '{"method":"userDataStream.subscribe.listenToken","params":{"listenToken":"[REDACTED]"}}',
    },
    {
      given: '{"token":"LT-1","expirationTime":1700000000000}',
      want: '{"token":"[REDACTED]","expirationTime":1700000000000}',
    },
    { given: '{"tokenCount":1}', want: '{"tokenCount":1}' },
    {
      given: 'https://api.binance.com/api/v3/order?symbol=BTCUSDT&timestamp=1&signature=abc123',
      want: 'https://api.binance.com/api/v3/order?symbol=BTCUSDT&timestamp=1&signature=[REDACTED]',
    },
    {
      given: 'wss://fstream.binance.com/private/ws/pqia91ma19a5s61cv6a81va65sd',
      want: 'wss://fstream.binance.com/private/ws/[REDACTED]',
    },
    {
      given: 'wss://stream.binance.com:9443/ws/btcusdt@trade',
      want: 'wss://stream.binance.com:9443/ws/btcusdt@trade',
    },
    {
      given: 'wss://host/ws?listenKey=xyz&foo=1',
      want: 'wss://host/ws?listenKey=[REDACTED]&foo=1',
    },
    { given: '{"data":{"s":"signature"}}', want: '{"data":{"s":"signature"}}' },
    { given: '', want: '' },
  ];
  it.each(table)('$given', ({ given, want }) => {
    expect(redact(given)).toBe(want);
  });
});
