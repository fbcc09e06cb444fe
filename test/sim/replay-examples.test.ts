/**
 * The `examples` option: a user's own spec examples (the `examples.ts` that `binance-rx generate
 * --spec my-spec --out …` writes) are replayed beside the built-in ones, per exchange.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { LocalExchange, LocalExchangeExamples } from '../../sim';
import { channelExamples as shippedSpot } from '../../generated/examples';
import { operationExamples as shippedUsdmOperations } from '../../generated/usdm/examples';
import { Client, closeAll, start } from './helpers';

afterEach(closeAll);

const LITE = { e: 'tradeLite', E: 1700000000000, s: 'BTCUSDT', p: '42000.10' };

/** What a user's generated examples.ts holds: the shipped entries and their own. */
const spot = {
  channelExamples: {
    ...shippedSpot,
    tradeLite: {
      file: 'my-spec/channels/trade-lite.yaml',
      stream: '<symbol>@tradeLite',
      streams: ['btcusdt@tradeLite'],
      payloads: [LITE],
    },
  },
  operationExamples: {
    getLiteTicker: {
      file: 'my-spec/operations/get-lite-ticker.yaml',
      security: 'NONE',
      weight: 2,
      rest: { method: 'GET', path: '/api/v3/ticker/lite' },
      wsApi: 'ticker.lite',
      examples: [{ params: { symbol: 'BTCUSDT' }, response: { symbol: 'BTCUSDT', p: '1.5' } }],
    },
  },
} as const;

const usdm = {
  channelExamples: {
    markLite: {
      file: 'my-futures-spec/channels/mark-lite.yaml',
      stream: '<symbol>@markLite',
      streams: ['btcusdt@markLite'],
      payloads: [{ e: 'markLite', E: 1700000000000, s: 'BTCUSDT', p: '42000.00' }],
    },
  },
  operationExamples: {
    // Replaces the shipped examples of getBasis (replayed: the simulation has no basis).
    getBasis: {
      file: 'my-futures-spec/operations/get-basis.yaml',
      security: 'NONE',
      weight: 0,
      rest: { method: 'GET', path: '/futures/data/basis' },
      examples: [{ response: [{ pair: 'BTCUSDT', basis: 'mine' }] }],
    },
  },
} as const;

const examples: LocalExchangeExamples = { spot, usdm };

/** The reply to a SUBSCRIBE to `stream` on a new connection to `url`. */
async function subscribe(url: string, stream: string): Promise<Record<string, unknown>> {
  const client = await Client.open(url);
  return client.request({ method: 'SUBSCRIBE', params: [stream], id: 1 });
}

const rest = (exchange: LocalExchange, path: string) =>
  fetch(`${exchange.urls.rest}${path}`).then(async (res) => ({
    status: res.status,
    body: (await res.json()) as unknown,
  }));

describe('replaying the examples option', () => {
  it('replays a stream of the user spec on the market streams, and logs it', async () => {
    const lines: string[] = [];
    const exchange = await start({ examples, log: (line) => lines.push(line) });
    const client = await Client.open(`${exchange.urls.combined}?streams=btcusdt@tradeLite`);
    expect(await client.json()).toEqual({ stream: 'btcusdt@tradeLite', data: LITE });
    expect(lines).toContain(
      'replayed from spec: my-spec/channels/trade-lite.yaml examples on btcusdt@tradeLite (not simulated)',
    );
    // Simulated streams are unchanged; one SUBSCRIBE may mix both.
    const both = await Client.open(exchange.urls.combined);
    const reply = await both.request({
      method: 'SUBSCRIBE',
      params: ['ethusdt@tradeLite', 'btcusdt@trade'],
      id: 2,
    });
    expect(reply).toEqual({ result: null, id: 2 });
    await both.json((m) => m['stream'] === 'btcusdt@trade');
  });

  it('replays an operation of the user spec over REST and the WebSocket API', async () => {
    const exchange = await start({ examples });
    expect(await rest(exchange, '/api/v3/ticker/lite?symbol=BTCUSDT')).toEqual({
      status: 200,
      body: { symbol: 'BTCUSDT', p: '1.5' },
    });
    const ws = await Client.open(exchange.urls.wsApi);
    const answer = await ws.request({ id: 'a', method: 'ticker.lite', params: {} });
    expect(answer).toMatchObject({ id: 'a', status: 200, result: { symbol: 'BTCUSDT', p: '1.5' } });
  });

  it('replays USDⓈ-M streams and operations of a user futures spec, theirs over the shipped', async () => {
    const exchange = await start({ examples });
    for (const route of ['public', 'market']) {
      const url = `${exchange.urls.usdmStreamHost}/${route}/stream`;
      const client = await Client.open(url);
      const reply = await client.request({
        method: 'SUBSCRIBE',
        params: ['btcusdt@markLite'],
        id: 1,
      });
      expect(reply).toEqual({ result: null, id: 1 });
      expect(await client.json()).toEqual({
        stream: 'btcusdt@markLite',
        data: usdm.channelExamples.markLite.payloads[0],
      });
    }
    expect(await rest(exchange, '/futures/data/basis?pair=BTCUSDT')).toMatchObject({
      status: 200,
      body: [{ pair: 'BTCUSDT', basis: 'mine' }],
    });
  });

  it('refuses them without the option, as unknown names', async () => {
    const exchange = await start();
    const refused = { error: { code: 2, msg: 'Invalid request: invalid stream' }, id: 1 };
    expect(await subscribe(exchange.urls.combined, 'btcusdt@tradeLite')).toEqual(refused);
    const futures = `${exchange.urls.usdmStreamHost}/market/stream`;
    expect(await subscribe(futures, 'btcusdt@markLite')).toEqual(refused);
    expect((await rest(exchange, '/api/v3/ticker/lite')).status).toBe(404);
    const basis = await rest(exchange, '/futures/data/basis?pair=BTCUSDT');
    expect(basis.body).not.toEqual([{ pair: 'BTCUSDT', basis: 'mine' }]);
    // The shipped example, not an error.
    expect(basis.status).toBe(200);
    expect(basis.body).toEqual(shippedUsdmOperations['getBasis']!.examples[0]!.response);
  });

  it('keeps two exchanges of one process apart', async () => {
    // The plain one first and last: what one exchange replays is worked out for it alone.
    const plain = await start();
    const refused = { error: { code: 2, msg: 'Invalid request: invalid stream' }, id: 1 };
    expect(await subscribe(plain.urls.combined, 'btcusdt@tradeLite')).toEqual(refused);
    const extended = await start({ examples });
    expect(await subscribe(extended.urls.combined, 'btcusdt@tradeLite')).toEqual({
      result: null,
      id: 1,
    });
    expect(await subscribe(plain.urls.combined, 'btcusdt@tradeLite')).toEqual(refused);
    expect((await rest(plain, '/api/v3/ticker/lite')).status).toBe(404);
    expect((await rest(extended, '/api/v3/ticker/lite')).status).toBe(200);
  });

  it('refuses an examples option that is not an object of entries', async () => {
    await expect(start({ examples: { spot: { channelExamples: [] as never } } })).rejects.toThrow(
      'examples.spot.channelExamples must be an object keyed by name',
    );
  });
});
