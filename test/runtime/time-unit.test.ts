import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { getServerTimeHttp } from '../../generated/operations/get-server-time';
import { getAccountHttp } from '../../generated/operations/get-account';
import { resolveConnectionOptions } from '../../src/connection/options';
import { withTimeUnit } from '../../src/connection/time-unit';
import { createHttpClient } from '../../src/rest/http-client';
import { resolveWsApiOptions } from '../../src/ws-api/options';
import {
  BINANCE_DEMO_REST_URL,
  BINANCE_DEMO_STREAM_URL,
  BINANCE_DEMO_WS_API_URL,
} from '../../src/index';
import { fakeFetch, json } from './rest/fake-fetch';

describe("timeUnit: 'MICROSECOND'", () => {
  it('REST: sends X-MBX-TIME-UNIT with every request', async () => {
    const fake = fakeFetch(json(200, { serverTime: 1_700_000_000_000_000 }));
    const client = createHttpClient({
      baseUrl: 'http://x.test',
      fetch: fake.fetch,
      timeUnit: 'MICROSECOND',
    });
    await firstValueFrom(getServerTimeHttp({}, client));
    expect(new Headers(fake.calls[0]!.init.headers).get('X-MBX-TIME-UNIT')).toBe('MICROSECOND');
  });

  it('REST: sends no header without the option', async () => {
    const fake = fakeFetch(json(200, { serverTime: 1 }));
    await firstValueFrom(
      getServerTimeHttp({}, createHttpClient({ baseUrl: 'http://x.test', fetch: fake.fetch })),
    );
    expect(new Headers(fake.calls[0]!.init.headers).has('X-MBX-TIME-UNIT')).toBe(false);
  });

  it('WebSocket API and market streams: a timeUnit URL parameter', () => {
    const ws = resolveWsApiOptions({ url: 'ws://x.test/ws-api/v3', timeUnit: 'MICROSECOND' });
    expect(ws.socket.url).toBe('ws://x.test/ws-api/v3?timeUnit=MICROSECOND');
    const streams = resolveConnectionOptions({
      url: 'ws://x.test/stream?streams=btcusdt@trade',
      timeUnit: 'MICROSECOND',
    });
    expect(streams.session.url).toBe(
      'ws://x.test/stream?streams=btcusdt@trade&timeUnit=MICROSECOND',
    );
    expect(resolveWsApiOptions({ url: 'ws://x.test/ws-api/v3' }).socket.url).toBe(
      'ws://x.test/ws-api/v3',
    );
  });

  it('refuses a unit Binance does not have', () => {
    expect(() => withTimeUnit('ws://x.test/', 'NANOSECOND' as never)).toThrow(RangeError);
  });
});

describe('recvWindow with microseconds', () => {
  it('is sent as given, three decimals included (2025-09-18)', async () => {
    const fake = fakeFetch(json(200, {}));
    const client = createHttpClient({
      baseUrl: 'http://x.test',
      fetch: fake.fetch,
      recvWindow: 6000.346,
      credentials: { apiKey: 'k', sign: () => 'sig' },
    });
    await firstValueFrom(getAccountHttp({}, client)).catch(() => undefined);
    expect(fake.calls[0]!.url).toContain('recvWindow=6000.346');
  });
});

describe('Demo Trading endpoints', () => {
  it('are the hosts of demo-mode/general-info.md', () => {
    expect(BINANCE_DEMO_REST_URL).toBe('https://demo-api.binance.com');
    expect(BINANCE_DEMO_WS_API_URL).toBe('wss://demo-ws-api.binance.com/ws-api/v3');
    expect(BINANCE_DEMO_STREAM_URL).toBe('wss://demo-stream.binance.com:9443/stream');
  });
});
