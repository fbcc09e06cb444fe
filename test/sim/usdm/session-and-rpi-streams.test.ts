/**
 * The RPI diff depth stream (`<symbol>@rpiDepth@500ms` on `/public`, `pu` chained like diff depth)
 * and the TradFi `tradingSession` stream (on `/market`, one message per market, its present
 * session, consistent with `GET /fapi/v1/tradingSchedule`), valid by their schemas.
 */
import { firstValueFrom } from 'rxjs';
import { afterAll, describe, expect, it } from 'vitest';
import { createHttpClient } from '../../../src/rest/http-client';
import {
  getTradingScheduleHttp,
  usdmProduct,
  usdmStreamUrl,
  validateRpiDiffDepthEvent,
  validateTradingSessionEvent,
} from '../../../src/usdm';
import { closeAll, start } from '../helpers';
import { frames, valid } from './frames';

afterAll(closeAll);

type Session = { e: string; E: number; t: number; T: number; S: string };

describe('local exchange: USDⓈ-M RPI depth and trading session streams', () => {
  it('serves RPI diff depth on /public with pu chaining each event to the one before', async () => {
    const exchange = await start({ seed: 41 });
    const url = `${usdmStreamUrl('public', exchange.urls.usdmStreamHost)}?streams=btcusdt@rpiDepth@500ms`;
    const events = (await frames(url, 3)).map((f) => f.data as { u: number; pu: number });
    for (const event of events) expect(valid(validateRpiDiffDepthEvent, event)).toEqual([]);
    for (let i = 1; i < events.length; i += 1) expect(events[i]!.pu).toBe(events[i - 1]!.u);
    // On /market the same stream is accepted and silent, as any stream of the other route.
    const market = `${usdmStreamUrl('market', exchange.urls.usdmStreamHost)}?streams=btcusdt@rpiDepth@500ms/btcusdt@aggTrade`;
    const got = await frames(market, 5);
    expect(new Set(got.map((f) => f.stream))).toEqual(new Set(['btcusdt@aggTrade']));
  });

  it('serves tradingSession on /market: each market its present session, as the schedule has it', async () => {
    const exchange = await start({ seed: 42 });
    const client = createHttpClient({ product: usdmProduct, baseUrl: exchange.urls.rest });
    const url = `${usdmStreamUrl('market', exchange.urls.usdmStreamHost)}?streams=tradingSession`;
    const events = (await frames(url, 4)).map((f) => f.data as Session);
    for (const event of events) expect(valid(validateTradingSessionEvent, event)).toEqual([]);
    expect(events.map((e) => e.e).sort()).toEqual([
      'CommodityUpdate',
      'EquityUpdate',
      'HK_EquityUpdate',
      'KR_EquityUpdate',
    ]);
    const schedule = await firstValueFrom(getTradingScheduleHttp(undefined, client));
    const keyOf: Record<string, string> = {
      EquityUpdate: 'EQUITY',
      CommodityUpdate: 'COMMODITY',
      KR_EquityUpdate: 'KR_EQUITY',
      HK_EquityUpdate: 'HK_EQUITY',
    };
    for (const event of events) {
      expect(event.t).toBeLessThanOrEqual(event.E);
      expect(event.E).toBeLessThan(event.T);
      const { sessions } = schedule.marketSchedules[keyOf[event.e]!]!;
      expect(sessions).toContainEqual({ startTime: event.t, endTime: event.T, type: event.S });
    }
  });
});
