/**
 * The trading sessions of the markets under TradFi perpetuals, for the `tradingSession` stream
 * and `GET /fapi/v1/tradingSchedule`. The simulation lists no TradFi contract, but a client of
 * either needs sessions that change with time, so each market follows a fixed weekly schedule in
 * UTC (no holidays, no daylight saving): weekdays in the hours below, weekends NO_TRADING; a
 * session never crosses midnight, and sessions of one type next to each other are merged.
 */
import type { ApiMethod } from '../api/method';
import type { Feed } from '../streams/feeds';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

type Tile = readonly [fromHour: number, type: string];

interface MarketSchedule {
  /** The stream's event type for the market. */
  readonly event: string;
  /** A weekday's sessions from their first hour (UTC) to the next one's, the last to midnight. */
  readonly weekday: readonly Tile[];
}

/** The markets by their `tradingSchedule` key. */
export const MARKETS: Readonly<Record<string, MarketSchedule>> = {
  EQUITY: {
    event: 'EquityUpdate',
    weekday: [
      [0, 'OVERNIGHT'],
      [9, 'PRE_MARKET'],
      [14.5, 'REGULAR'],
      [21, 'AFTER_MARKET'],
    ],
  },
  COMMODITY: {
    event: 'CommodityUpdate',
    weekday: [
      [0, 'REGULAR'],
      [22, 'NO_TRADING'],
    ],
  },
  KR_EQUITY: {
    event: 'KR_EquityUpdate',
    weekday: [
      [0, 'REGULAR'],
      [6.5, 'NO_TRADING'],
    ],
  },
  HK_EQUITY: {
    event: 'HK_EquityUpdate',
    weekday: [
      [0, 'NO_TRADING'],
      [1.5, 'REGULAR'],
      [8, 'NO_TRADING'],
    ],
  },
};

export interface Session {
  readonly startTime: number;
  readonly endTime: number;
  readonly type: string;
}

/** A market's sessions over the whole days from `from` to `to` (UTC), merged where one type runs on. */
export function sessions(market: MarketSchedule, from: number, to: number): Session[] {
  const out: Session[] = [];
  for (let day = Math.floor(from / DAY) * DAY; day < to; day += DAY) {
    const weekend = [0, 6].includes(new Date(day).getUTCDay());
    const tiles: readonly Tile[] = weekend ? [[0, 'NO_TRADING']] : market.weekday;
    tiles.forEach(([hour, type], i) => {
      const startTime = day + hour * HOUR;
      const endTime = i + 1 < tiles.length ? day + tiles[i + 1]![0] * HOUR : day + DAY;
      const last = out[out.length - 1];
      if (last?.type === type) out[out.length - 1] = { ...last, endTime };
      else out.push({ startTime, endTime, type });
    });
  }
  return out;
}

/** The session of a market at `now` (a week either side is enough to merge a weekend). */
const present = (market: MarketSchedule, now: number): Session =>
  sessions(market, now - 7 * DAY, now + 7 * DAY).find(
    (s) => s.startTime <= now && now < s.endTime,
  )!;

/** `tradingSession`: one message per market every second, its present session. */
export function tradingSessionFeed(): Feed {
  const build = (now: number) =>
    Object.values(MARKETS).map((market) => {
      const s = present(market, now);
      return { e: market.event, E: now, t: s.startTime, T: s.endTime, S: s.type };
    });
  return { cadence: 'second', poll: build, sample: (now) => build(now)[0] };
}

/** `GET /fapi/v1/tradingSchedule`: a week back and a week forward from the day before `now`. */
export const tradingScheduleMethod: ApiMethod = {
  rest: { method: 'GET', path: '/fapi/v1/tradingSchedule' },
  security: 'NONE',
  weight: 5,
  handle: (_params, ctx) => {
    const dayBefore = Math.floor(ctx.now / DAY) * DAY - DAY;
    const marketSchedules = Object.fromEntries(
      Object.entries(MARKETS).map(([key, market]) => [
        key,
        { sessions: sessions(market, dayBefore - 7 * DAY, dayBefore + 8 * DAY) },
      ]),
    );
    return { updateTime: dayBefore, marketSchedules };
  },
};
