import { afterAll, describe, expect, it } from 'vitest';
import { firstValueFrom } from 'rxjs';
import { createHttpClient } from '../../../src/rest/http-client';
import {
  get24hrTickerHttp,
  getBookHttp,
  getExchangeInfoHttp,
  getKlinesHttp,
  usdmProduct,
  validateGet24hrTickerResponse,
  validateGetExchangeInfoResponse,
  validateGetKlinesResponse,
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
import { closeAll, start } from '../helpers';
import { frames, valid } from './frames';

afterAll(closeAll);

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

  it('accepts a stream on the other route and keeps it silent, as Binance does', async () => {
    const exchange = await start({ seed: 9 });
    const url = `${usdmStreamUrl('public', exchange.urls.usdmStreamHost)}?streams=btcusdt@markPrice@1s/btcusdt@bookTicker`;
    // Twenty book tickers on /public, and not one mark price among them.
    const got = await frames(url, 20);
    expect(new Set(got.map((f) => f.stream))).toEqual(new Set(['btcusdt@bookTicker']));
  });

  it('answers the generated /fapi calls with bodies their schemas accept', async () => {
    const exchange = await start({ seed: 10, paused: true });
    exchange.market.step(50);
    const client = createHttpClient({ product: usdmProduct, baseUrl: exchange.urls.rest });
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
    const info = await firstValueFrom(getExchangeInfoHttp(undefined, client));
    expect(valid(validateGetExchangeInfoResponse, info)).toEqual([]);
    expect(info.symbols.map((s) => s.contractType)).toEqual(info.symbols.map(() => 'PERPETUAL'));
    expect(info.symbols.map((s) => s.symbol)).toContain('BTCUSDT');
    expect(info.rateLimits.map((r) => r.limit)).toEqual([2400, 300, 1200]);
    const klines = await firstValueFrom(
      getKlinesHttp({ symbol: 'BTCUSDT', interval: '1m', limit: 3 }, client),
    );
    expect(valid(validateGetKlinesResponse, klines)).toEqual([]);
    expect(klines.length).toBeGreaterThan(0);
    for (const params of [{ symbol: 'BTCUSDT' }, {}]) {
      const ticker = await firstValueFrom(get24hrTickerHttp(params, client));
      expect(valid(validateGet24hrTickerResponse, ticker)).toEqual([]);
      expect(ticker).not.toHaveProperty('bidPrice');
    }
  });
});
