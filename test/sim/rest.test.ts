/**
 * The local exchange's REST transport over real HTTP: every path answers in the docs' shapes
 * (`/work/shared/binance/examples/rest-api.json`), signed requests (HMAC, RSA, Ed25519; query
 * and body), Binance's error codes, weight headers, 429 → 418, order-count headers and -1015.
 */
import { createHmac, sign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { LocalExchange } from '../../sim';
import { closeAll, sleep, start } from './helpers';

afterEach(closeAll);

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function call(exchange: LocalExchange, path: string, init?: RequestInit): Promise<Answer> {
  const res = await fetch(`${exchange.urls.rest}${path}`, init);
  return { status: res.status, headers: res.headers, body: await res.json() };
}

const EXAMPLES = (
  JSON.parse(readFileSync('/work/shared/binance/examples/rest-api.json', 'utf8')) as {
    examples: { heading: string; example: unknown }[];
  }
).examples;

/** The first documented example under a heading ending with `title` that satisfies `match`. */
function example(title: string, match: (e: unknown) => boolean = () => true): unknown {
  const found = EXAMPLES.find((e) => e.heading.endsWith(`> ${title}`) && match(e.example));
  if (found === undefined) throw new Error(`no example for ${title}`);
  return found.example;
}

const keys = (value: unknown): string[] => Object.keys(value as object).sort();
const first = (value: unknown): unknown => (value as unknown[])[0];
const isArray = (e: unknown) => Array.isArray(e);
const isObject = (e: unknown) => !Array.isArray(e) && !('code' in (e as object));
const hasKey = (key: string) => (e: unknown) => key in (Array.isArray(e) ? e[0] : (e as object));

const hmac = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(payload).digest('hex');

/** A paused exchange whose market has traded a little. */
async function traded(options: Parameters<typeof start>[0] = {}): Promise<LocalExchange> {
  const exchange = await start({ paused: true, ...options });
  exchange.market.step(200);
  return exchange;
}

describe('REST API shapes', () => {
  it('answers every general and market data path with the documented keys', async () => {
    const exchange = await traded();
    const objects: [string, unknown][] = [
      ['/api/v3/ping', example('Test connectivity')],
      ['/api/v3/time', example('Check server time')],
      ['/api/v3/depth?symbol=BTCUSDT&limit=5', example('Order book')],
      ['/api/v3/avgPrice?symbol=BTCUSDT', example('Current average price')],
      [
        '/api/v3/ticker/24hr?symbol=BTCUSDT',
        example('24hr ticker price change statistics', (e) => isObject(e) && hasKey('bidQty')(e)),
      ],
      [
        '/api/v3/ticker/24hr?symbol=BTCUSDT&type=MINI',
        example('24hr ticker price change statistics', (e) => isObject(e) && !hasKey('bidQty')(e)),
      ],
      [
        '/api/v3/ticker/tradingDay?symbol=BTCUSDT',
        example('Trading Day Ticker', (e) => isObject(e) && hasKey('priceChange')(e)),
      ],
      [
        '/api/v3/ticker/tradingDay?symbol=BTCUSDT&type=MINI',
        example('Trading Day Ticker', (e) => isObject(e) && !hasKey('priceChange')(e)),
      ],
      [
        '/api/v3/ticker?symbol=BTCUSDT&windowSize=1h',
        example(
          'Rolling window price change statistics',
          (e) => isObject(e) && hasKey('priceChange')(e),
        ),
      ],
      [
        '/api/v3/ticker?symbol=BTCUSDT&type=MINI',
        example(
          'Rolling window price change statistics',
          (e) => isObject(e) && !hasKey('priceChange')(e),
        ),
      ],
      ['/api/v3/ticker/price?symbol=BTCUSDT', example('Symbol price ticker', isObject)],
      ['/api/v3/ticker/bookTicker?symbol=BTCUSDT', example('Symbol order book ticker', isObject)],
    ];
    for (const [path, documented] of objects) {
      const { status, body } = await call(exchange, path);
      expect(status, path).toBe(200);
      expect(keys(body), path).toEqual(keys(documented));
    }
    const arrays: [string, unknown][] = [
      ['/api/v3/trades?symbol=BTCUSDT&limit=3', example('Recent trades list')],
      ['/api/v3/historicalTrades?symbol=BTCUSDT&limit=3', example('Old trade lookup')],
      ['/api/v3/aggTrades?symbol=BTCUSDT&limit=3', example('Compressed/Aggregate trades list')],
      ['/api/v3/ticker/24hr', example('24hr ticker price change statistics', isArray)],
      [
        '/api/v3/ticker/tradingDay?symbols=%5B%22BTCUSDT%22,%22ETHUSDT%22%5D',
        example('Trading Day Ticker', (e) => isArray(e) && hasKey('priceChange')(e)),
      ],
      [
        '/api/v3/ticker?symbols=["BTCUSDT","ETHUSDT"]',
        example(
          'Rolling window price change statistics',
          (e) => isArray(e) && hasKey('priceChange')(e),
        ),
      ],
      ['/api/v3/ticker/price', example('Symbol price ticker', isArray)],
      ['/api/v3/ticker/bookTicker', example('Symbol order book ticker', isArray)],
    ];
    for (const [path, documented] of arrays) {
      const { status, body } = await call(exchange, path);
      expect(status, path).toBe(200);
      expect(Array.isArray(body), path).toBe(true);
      expect(body.length, path).toBeGreaterThan(0);
      expect(keys(first(body)), path).toEqual(keys(first(documented)));
    }
    for (const path of ['/api/v3/klines', '/api/v3/uiKlines']) {
      const { status, body } = await call(exchange, `${path}?symbol=BTCUSDT&interval=1m`);
      expect(status).toBe(200);
      const documented = first(
        example(path === '/api/v3/klines' ? 'Kline/Candlestick data' : 'UIKlines'),
      ) as unknown[];
      for (const bar of body as unknown[][]) {
        expect(bar.map((v) => typeof v)).toEqual(documented.map((v) => typeof v));
      }
    }
  });

  it('answers exchangeInfo with the documented keys, limits and symbols', async () => {
    const exchange = await start({ paused: true, rateLimits: { requestWeightPerMinute: 1200 } });
    const documented = example('Exchange information') as { symbols: unknown[] };
    const { status, body } = await call(exchange, '/api/v3/exchangeInfo');
    expect(status).toBe(200);
    // `sors` is "Present only when SOR is available": not for these symbols (one quote asset each).
    expect(keys(body)).toEqual(keys(documented).filter((k) => k !== 'sors'));
    expect(body.timezone).toBe('UTC');
    expect(body.rateLimits).toContainEqual({
      rateLimitType: 'REQUEST_WEIGHT',
      interval: 'MINUTE',
      intervalNum: 1,
      limit: 1200,
    });
    expect(body.symbols.map((s: { symbol: string }) => s.symbol)).toEqual([
      'BTCUSDT',
      'ETHUSDT',
      'BNBUSDT',
    ]);
    for (const symbol of body.symbols) expect(keys(symbol)).toEqual(keys(documented.symbols[0]));
  });
});

describe('REST transport', () => {
  it('sends X-MBX-USED-WEIGHT-1M on every answer, adding each request weight', async () => {
    const exchange = await start({ paused: true });
    const ping = await call(exchange, '/api/v3/ping');
    const used = Number(ping.headers.get('x-mbx-used-weight-1m'));
    const depth = await call(exchange, '/api/v3/depth?symbol=BTCUSDT&limit=1000');
    expect(Number(depth.headers.get('x-mbx-used-weight-1m'))).toBe(used + 50);
    const missing = await call(exchange, '/api/v3/nothing');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-mbx-used-weight-1m')).toBe(String(used + 50));
  });

  it('answers 404 for unknown paths and 405 for a known path with another method', async () => {
    const exchange = await start({ paused: true });
    const missing = await call(exchange, '/api/v3/nothing');
    expect(missing).toMatchObject({ status: 404, body: { code: -1 } });
    const wrong = await call(exchange, '/api/v3/ping', { method: 'POST' });
    expect(wrong).toMatchObject({ status: 405, body: { code: -1 } });
  });

  it('answers Binance errors: -1121 bad symbol, -1120 bad interval, -1102 missing, -1101 duplicates', async () => {
    const exchange = await start({ paused: true });
    expect(await call(exchange, '/api/v3/depth?symbol=NOPE')).toMatchObject({
      status: 400,
      body: { code: -1121, msg: 'Invalid symbol.' },
    });
    expect(await call(exchange, '/api/v3/klines?symbol=BTCUSDT&interval=2m')).toMatchObject({
      status: 400,
      body: { code: -1120, msg: 'Invalid interval.' },
    });
    expect(await call(exchange, '/api/v3/depth')).toMatchObject({
      status: 400,
      body: {
        code: -1102,
        msg: "Mandatory parameter 'symbol' was not sent, was empty/null, or malformed.",
      },
    });
    expect(await call(exchange, '/api/v3/depth?symbol=BTCUSDT&symbol=ETHUSDT')).toMatchObject({
      status: 400,
      body: { code: -1101, msg: 'Duplicate values for a parameter detected.' },
    });
  });

  it('takes a parameter sent in both query and body from the query string', async () => {
    const exchange = await start({ paused: true });
    const { apiKey, secret } = exchange.keys.hmac;
    const query = 'symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.001';
    const body = `symbol=NOPE&timestamp=${Date.now()}`;
    const answer = await call(exchange, `/api/v3/order/test?${query}`, {
      method: 'POST',
      headers: { 'X-MBX-APIKEY': apiKey, 'content-type': 'application/x-www-form-urlencoded' },
      body: `${body}&signature=${hmac(secret, query + body)}`,
    });
    expect(answer).toMatchObject({ status: 200, body: {} });
  });

  it('does not read JSON bodies', async () => {
    const exchange = await start({ paused: true });
    const answer = await call(exchange, '/api/v3/order/test', {
      method: 'POST',
      headers: { 'X-MBX-APIKEY': exchange.keys.hmac.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ symbol: 'BTCUSDT', timestamp: Date.now(), signature: 'x' }),
    });
    expect(answer.body).toEqual({
      code: -1102,
      msg: "Mandatory parameter 'signature' was not sent, was empty/null, or malformed.",
    });
  });
});

describe('REST signed requests', () => {
  it('accepts an HMAC signature over the query string (hex, any case)', async () => {
    const exchange = await start({ paused: true });
    const { apiKey, secret } = exchange.keys.hmac;
    const query = `recvWindow=5000&timestamp=${Date.now()}`;
    const signature = hmac(secret, query).toUpperCase();
    const answer = await call(exchange, `/api/v3/account?${query}&signature=${signature}`, {
      headers: { 'X-MBX-APIKEY': apiKey },
    });
    expect(answer.status).toBe(200);
    expect(keys(answer.body)).toEqual(keys(example('Account information (USER_DATA)')));
  });

  it('accepts timestamps in microseconds', async () => {
    const exchange = await start({ paused: true });
    const { apiKey, secret } = exchange.keys.hmac;
    const query = `timestamp=${Date.now() * 1000}`;
    const answer = await call(
      exchange,
      `/api/v3/account?${query}&signature=${hmac(secret, query)}`,
      {
        headers: { 'X-MBX-APIKEY': apiKey },
      },
    );
    expect(answer.status).toBe(200);
  });

  it('signs the query string concatenated without separator to the form body', async () => {
    const exchange = await start({ paused: true });
    const { apiKey, secret } = exchange.keys.hmac;
    const query = 'symbol=BTCUSDT&side=BUY';
    const body = `type=MARKET&quantity=0.001&timestamp=${Date.now()}`;
    const signature = hmac(secret, query + body);
    const answer = await call(exchange, `/api/v3/order/test?${query}`, {
      method: 'POST',
      headers: { 'X-MBX-APIKEY': apiKey, 'content-type': 'application/x-www-form-urlencoded' },
      body: `${body}&signature=${signature}`,
    });
    expect(answer).toMatchObject({ status: 200, body: {} });
  });

  it('accepts RSA and Ed25519 signatures (base64, percent-encoded)', async () => {
    const exchange = await start({ paused: true });
    for (const key of [exchange.keys.rsa, exchange.keys.ed25519]) {
      const query = `timestamp=${Date.now()}`;
      const algorithm = key.type === 'RSA' ? 'sha256' : null;
      const signature = sign(algorithm, Buffer.from(query), key.secret).toString('base64');
      const answer = await call(
        exchange,
        `/api/v3/account?${query}&signature=${encodeURIComponent(signature)}`,
        { headers: { 'X-MBX-APIKEY': key.apiKey } },
      );
      expect(answer.status, key.type).toBe(200);
    }
  });

  it('rejects a wrong signature (-1022), a stale or future timestamp (-1021), missing parts', async () => {
    const exchange = await start({ paused: true });
    const { apiKey, secret } = exchange.keys.hmac;
    const headers = { 'X-MBX-APIKEY': apiKey };
    const signed = (query: string) => `/api/v3/account?${query}&signature=${hmac(secret, query)}`;

    const wrong = await call(
      exchange,
      `/api/v3/account?timestamp=${Date.now()}&signature=${'0'.repeat(64)}`,
      { headers },
    );
    expect(wrong).toMatchObject({
      status: 400,
      body: { code: -1022, msg: 'Signature for this request is not valid.' },
    });
    const stale = await call(exchange, signed(`timestamp=${Date.now() - 10_000}`), { headers });
    expect(stale).toMatchObject({
      status: 400,
      body: { code: -1021, msg: 'Timestamp for this request is outside of the recvWindow.' },
    });
    const wide = await call(exchange, signed(`timestamp=${Date.now() - 10_000}&recvWindow=20000`), {
      headers,
    });
    expect(wide.status).toBe(200);
    const future = await call(exchange, signed(`timestamp=${Date.now() + 5_000}`), { headers });
    expect(future.body.code).toBe(-1021);
    const tooWide = await call(exchange, signed(`timestamp=${Date.now()}&recvWindow=60001`), {
      headers,
    });
    expect(tooWide.body.code).toBe(-1130);

    const noKey = await call(exchange, signed(`timestamp=${Date.now()}`));
    expect(noKey).toMatchObject({
      status: 401,
      body: { code: -2014, msg: 'API-key format invalid.' },
    });
    const badKey = await call(exchange, signed(`timestamp=${Date.now()}`), {
      headers: { 'X-MBX-APIKEY': 'x'.repeat(64) },
    });
    expect(badKey).toMatchObject({
      status: 401,
      body: { code: -2015, msg: 'Invalid API-key, IP, or permissions for action.' },
    });
    const noSignature = await call(exchange, `/api/v3/account?timestamp=${Date.now()}`, {
      headers,
    });
    expect(noSignature.body).toEqual({
      code: -1102,
      msg: "Mandatory parameter 'signature' was not sent, was empty/null, or malformed.",
    });
    const noTimestamp = await call(exchange, signed('recvWindow=5000'), { headers });
    expect(noTimestamp.body).toEqual({
      code: -1102,
      msg: "Mandatory parameter 'timestamp' was not sent, was empty/null, or malformed.",
    });
  });
});

describe('REST limits', () => {
  /** Waits out the last seconds of a minute so that a test's requests share one weight window. */
  const sameMinute = async () => {
    const left = 60_000 - (Date.now() % 60_000);
    if (left < 3000) await sleep(left + 10);
  };

  it('answers 429 with Retry-After past the weight limit, then 418 while banned', async () => {
    const exchange = await start({
      paused: true,
      rateLimits: { requestWeightPerMinute: 3, banMs: 120_000 },
    });
    await sameMinute();
    for (let i = 0; i < 3; i++) expect((await call(exchange, '/api/v3/ping')).status).toBe(200);
    const limited = await call(exchange, '/api/v3/ping');
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({
      code: -1003,
      msg: 'Too much request weight used; current limit is 3 request weight per 1 MINUTE. Please use WebSocket Streams for live updates to avoid polling the API.',
    });
    const retry = Number(limited.headers.get('retry-after'));
    expect(retry).toBeGreaterThan(0);
    expect(retry).toBeLessThanOrEqual(60);
    expect(limited.headers.get('x-mbx-used-weight-1m')).toBe('3');

    const banned = await call(exchange, '/api/v3/ping');
    expect(banned.status).toBe(418);
    expect(banned.body.code).toBe(-1003);
    expect(banned.body.msg).toMatch(/^Way too much request weight used; IP banned until \d+\./);
    expect(Number(banned.headers.get('retry-after'))).toBe(120);
  });

  it('sends X-MBX-ORDER-COUNT-10S / -1D after orders and -1015 with Retry-After past the limit', async () => {
    const exchange = await start({ paused: true, rateLimits: { ordersPer10s: 1 } });
    exchange.deposit('USDT', '100000');
    const { apiKey, secret } = exchange.keys.hmac;
    const order = async () => {
      const body =
        `symbol=BTCUSDT&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.001&price=58000` +
        `&timestamp=${Date.now()}`;
      return call(exchange, '/api/v3/order', {
        method: 'POST',
        headers: { 'X-MBX-APIKEY': apiKey, 'content-type': 'application/x-www-form-urlencoded' },
        body: `${body}&signature=${hmac(secret, body)}`,
      });
    };
    // Keep both orders in one 10 s window.
    const left = 10_000 - (Date.now() % 10_000);
    if (left < 2000) await sleep(left + 10);
    const placed = await order();
    expect(placed.status, JSON.stringify(placed.body)).toBe(200);
    expect(placed.headers.get('x-mbx-order-count-10s')).toBe('1');
    expect(placed.headers.get('x-mbx-order-count-1d')).toBe('1');
    const refused = await order();
    expect(refused).toMatchObject({
      status: 429,
      body: { code: -1015, msg: 'Too many new orders; current limit is 1 orders per 10 SECOND.' },
    });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(10);
  });
});
