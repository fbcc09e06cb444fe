import { afterAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { firstValueFrom } from 'rxjs';
import { createHttpClient } from '../../../src/rest/http-client';
import {
  getBookHttp,
  getFundingRateHistoryHttp,
  getOpenInterestHttp,
  getPremiumIndexHttp,
  getPriceTickerHttp,
  getServerTimeHttp,
  pingHttp,
  usdmStreamUrl,
  validateAggTradeEvent,
  validateAllMarkPricesEvent,
  validateDiffDepthEvent,
  validateGetBookResponse,
  validateGetFundingRateHistoryResponse,
  validateGetOpenInterestResponse,
  validateGetPremiumIndexResponse,
  validateMarkPriceEvent,
} from '../../../src/usdm';
import type { Validator } from '../../../src/channels/descriptor';
import { closeAll, start } from '../helpers';

afterAll(closeAll);

/** The first `count` data frames of a combined-stream URL (`{stream, data}`), then closes. */
function frames(url: string, count: number): Promise<{ stream: string; data: unknown }[]> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const got: { stream: string; data: unknown }[] = [];
    ws.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as { stream?: string; data?: unknown };
      if (frame.stream === undefined) return;
      got.push(frame as { stream: string; data: unknown });
      if (got.length === count) {
        ws.close();
        resolve(got);
      }
    });
    ws.on('error', reject);
  });
}

const valid = (validate: Validator, data: unknown): unknown[] =>
  validate(data) ? [] : [...(validate.errors ?? [])];

describe('local exchange: USDⓈ-M market data', () => {
  it('serves the /market route: mark price and aggregate trades, valid by their schemas', async () => {
    const exchange = await start({ seed: 7 });
    const url = `${usdmStreamUrl('market', exchange.urls.usdmStreamHost)}?streams=btcusdt@markPrice@1s/!markPrice@arr@1s/btcusdt@aggTrade`;
    const got = await frames(url, 6);
    for (const { stream, data } of got) {
      if (stream === 'btcusdt@markPrice@1s') {
        expect(valid(validateMarkPriceEvent, data)).toEqual([]);
        expect((data as { s: string }).s).toBe('BTCUSDT');
      } else if (stream === '!markPrice@arr@1s') {
        expect(valid(validateAllMarkPricesEvent, data)).toEqual([]);
      } else {
        expect(stream).toBe('btcusdt@aggTrade');
        expect(valid(validateAggTradeEvent, data)).toEqual([]);
        expect(data).not.toHaveProperty('M');
      }
    }
  });

  it('serves diff depth on /public with pu chaining each event to the one before', async () => {
    const exchange = await start({ seed: 8 });
    const url = `${usdmStreamUrl('public', exchange.urls.usdmStreamHost)}?streams=btcusdt@depth@100ms`;
    const got = await frames(url, 4);
    const events = got.map((f) => f.data as { U: number; u: number; pu: number });
    for (const event of events) expect(valid(validateDiffDepthEvent, event)).toEqual([]);
    for (let i = 1; i < events.length; i += 1) {
      expect(events[i]!.pu).toBe(events[i - 1]!.u);
      expect(events[i]!.U).toBe(events[i]!.pu + 1);
    }
  });

  it('refuses a stream on the other route (Binance would stay silent)', async () => {
    const exchange = await start({ seed: 9 });
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(
        `${usdmStreamUrl('public', exchange.urls.usdmStreamHost)}?streams=btcusdt@markPrice`,
      );
      ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.on('open', () => {
        ws.close();
        resolve(101);
      });
    });
    expect(status).toBe(400);
  });

  it('answers the generated /fapi calls with bodies their schemas accept', async () => {
    const exchange = await start({ seed: 10, paused: true });
    exchange.market.step(50);
    const client = createHttpClient({ baseUrl: exchange.urls.rest });
    expect(await firstValueFrom(pingHttp(undefined, client))).toEqual({});
    const time = await firstValueFrom(getServerTimeHttp(undefined, client));
    expect(time.serverTime).toBeGreaterThan(0);
    const book = await firstValueFrom(getBookHttp({ symbol: 'BTCUSDT', limit: 5 }, client));
    expect(valid(validateGetBookResponse, book)).toEqual([]);
    expect(book.bids).toHaveLength(5);
    const mark = await firstValueFrom(getPremiumIndexHttp({ symbol: 'BTCUSDT' }, client));
    expect(valid(validateGetPremiumIndexResponse, mark)).toEqual([]);
    const all = await firstValueFrom(getPremiumIndexHttp({}, client));
    expect(Array.isArray(all)).toBe(true);
    expect(valid(validateGetPremiumIndexResponse, all)).toEqual([]);
    const funding = await firstValueFrom(
      getFundingRateHistoryHttp({ symbol: 'BTCUSDT', limit: 3 }, client),
    );
    expect(valid(validateGetFundingRateHistoryResponse, funding)).toEqual([]);
    expect(funding).toHaveLength(3);
    expect(funding[1]!.fundingTime - funding[0]!.fundingTime).toBe(8 * 60 * 60 * 1000);
    const interest = await firstValueFrom(getOpenInterestHttp({ symbol: 'BTCUSDT' }, client));
    expect(valid(validateGetOpenInterestResponse, interest)).toEqual([]);
    const priceTicker = await firstValueFrom(getPriceTickerHttp({ symbol: 'BTCUSDT' }, client));
    expect(priceTicker).toMatchObject({ symbol: 'BTCUSDT' });
  });
});
