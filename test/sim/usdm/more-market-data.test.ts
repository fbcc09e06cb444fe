/**
 * The USDⓈ-M market data calls that follow from the simulated market (sim/usdm/market-data/):
 * price klines from the trade candles, continuous klines of the perpetual, the RPI book (the book:
 * no RPI orders), old trades from an id, asset indexes and constituents from the index price,
 * funding settings, taker buy / sell volume per period, and the v2 price ticker.
 */
import { firstValueFrom } from 'rxjs';
import { afterAll, describe, expect, it } from 'vitest';
import {
  getAssetIndexHttp,
  getBookHttp,
  getConstituentsHttp,
  getContinuousKlinesHttp,
  getFundingInfoHttp,
  getHistoricalTradesHttp,
  getIndexPriceKlinesHttp,
  getKlinesHttp,
  getMarkPriceKlinesHttp,
  getPremiumIndexHttp,
  getPremiumIndexKlinesHttp,
  getPriceTickerHttp,
  getPriceTickerV2Http,
  getRecentTradesHttp,
  getRpiBookHttp,
  getTakerLongShortRatioHttp,
} from '../../../src/usdm';
import { closeAll } from '../helpers';
import { startFutures } from './futures-exchange';

afterAll(closeAll);

const symbol = 'BTCUSDT';
/** A kline row's open time and four prices. */
const prices = (row: readonly unknown[]) => row.slice(0, 5);

describe('local exchange: USDⓈ-M price klines and more market data', () => {
  it('index klines are the trade bars, mark klines close at the mark price, premium is 0 on closed bars', async () => {
    const { client } = await startFutures([symbol], 31);
    const klines = await firstValueFrom(
      getKlinesHttp({ symbol, interval: '1m', limit: 5 }, client),
    );
    const index = await firstValueFrom(
      getIndexPriceKlinesHttp({ pair: symbol, interval: '1m', limit: 5 }, client),
    );
    expect(index.map(prices)).toEqual(klines.map(prices));
    expect(index.every((row) => row[5] === '0' && row[7] === '0')).toBe(true);
    const continuous = await firstValueFrom(
      getContinuousKlinesHttp(
        { pair: symbol, contractType: 'PERPETUAL', interval: '1m', limit: 5 },
        client,
      ),
    );
    expect(continuous).toEqual(klines);
    const quarter = getContinuousKlinesHttp(
      { pair: symbol, contractType: 'CURRENT_QUARTER', interval: '1m' },
      client,
    );
    expect(await firstValueFrom(quarter)).toEqual([]);
    const mark = await firstValueFrom(
      getMarkPriceKlinesHttp({ symbol, interval: '1m', limit: 5 }, client),
    );
    const premiumIndex = await firstValueFrom(getPremiumIndexHttp({ symbol }, client));
    const running = mark[mark.length - 1]!;
    expect(Number(running[4])).toBe(Number((premiumIndex as { markPrice: string }).markPrice));
    expect(mark.slice(0, -1).map(prices)).toEqual(klines.slice(0, -1).map(prices));
    const premium = await firstValueFrom(
      getPremiumIndexKlinesHttp({ symbol, interval: '1m', limit: 5 }, client),
    );
    expect(premium.slice(0, -1).every((row) => row.slice(1, 5).every((p) => p === '0'))).toBe(true);
  });

  it('RPI book is the book; old trades from an id; asset index and constituents from the index price', async () => {
    const { client } = await startFutures([symbol, 'ETHUSDT'], 32);
    const rpi = await firstValueFrom(getRpiBookHttp({ symbol }, client));
    const book = await firstValueFrom(getBookHttp({ symbol, limit: 1000 }, client));
    expect(rpi.bids).toEqual(book.bids);
    expect(rpi.asks).toEqual(book.asks);
    expect(rpi.lastUpdateId).toBe(book.lastUpdateId);
    const recent = await firstValueFrom(getRecentTradesHttp({ symbol, limit: 3 }, client));
    const old = await firstValueFrom(
      getHistoricalTradesHttp({ symbol, fromId: recent[0]!.id, limit: 2 }, client),
    );
    expect(old).toEqual(recent.slice(0, 2));
    const { indexPrice } = (await firstValueFrom(getPremiumIndexHttp({ symbol }, client))) as {
      indexPrice: string;
    };
    const asset = await firstValueFrom(getAssetIndexHttp({ symbol: 'BTCUSD' }, client));
    expect(Number((asset as { index: string }).index)).toBe(Number(indexPrice));
    const all = await firstValueFrom(getAssetIndexHttp({}, client));
    expect((all as { symbol: string }[]).map((a) => a.symbol).sort()).toEqual(['BTCUSD', 'ETHUSD']);
    const constituents = await firstValueFrom(getConstituentsHttp({ symbol }, client));
    expect(constituents.constituents).toEqual([
      { exchange: 'binance', symbol, price: indexPrice, weight: '1.00000000' },
    ]);
  });

  it('funding info lists every contract with its cap, floor and 8-hour interval; v2 price ticker is v1', async () => {
    const { client } = await startFutures([symbol], 33);
    const info = await firstValueFrom(getFundingInfoHttp(undefined, client));
    expect(info).toEqual([
      {
        symbol,
        adjustedFundingRateCap: '0.00750000',
        adjustedFundingRateFloor: '-0.00750000',
        fundingIntervalHours: 8,
        disclaimer: false,
      },
    ]);
    // Taker buy and sell volume per period: the 5m klines' taker buy volume and the rest.
    const bars = await firstValueFrom(getKlinesHttp({ symbol, interval: '5m', limit: 3 }, client));
    const taker = await firstValueFrom(
      getTakerLongShortRatioHttp({ symbol, period: '5m', limit: 3 }, client),
    );
    expect(taker.map((t) => t.timestamp)).toEqual(bars.map((b) => b[0]));
    taker.forEach((t, i) => {
      const bar = bars[i]!;
      expect(Number(t.buyVol)).toBe(Number(bar[9]));
      expect(Number(t.sellVol)).toBeCloseTo(Number(bar[5]) - Number(bar[9]), 8);
    });
    const v1 = await firstValueFrom(getPriceTickerHttp({ symbol }, client));
    const v2 = await firstValueFrom(getPriceTickerV2Http({ symbol }, client));
    // The same answer but its time (the request's).
    expect({ ...v2, time: 0 }).toEqual({ ...v1, time: 0 });
  });
});
