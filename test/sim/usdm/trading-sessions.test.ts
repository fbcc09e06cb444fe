/** The simulated weekly TradFi sessions: tiled without gaps, weekends merged, by UTC hour. */
import { describe, expect, it } from 'vitest';
import { MARKETS, sessions } from '../../../sim/usdm/trading-sessions';

const HOUR = 3_600_000;
/** Friday 2026-12-04, 00:00 UTC. */
const FRIDAY = Date.UTC(2026, 11, 4);

describe('simulated trading sessions', () => {
  it('runs Friday after-market into a weekend of NO_TRADING that ends Monday 00:00 (US equities)', () => {
    const got = sessions(MARKETS.EQUITY!, FRIDAY, FRIDAY + 4 * 24 * HOUR);
    expect(
      got.map((s) => [(s.startTime - FRIDAY) / HOUR, (s.endTime - FRIDAY) / HOUR, s.type]),
    ).toEqual([
      [0, 9, 'OVERNIGHT'],
      [9, 14.5, 'PRE_MARKET'],
      [14.5, 21, 'REGULAR'],
      [21, 24, 'AFTER_MARKET'],
      [24, 72, 'NO_TRADING'],
      [72, 81, 'OVERNIGHT'],
      [81, 86.5, 'PRE_MARKET'],
      [86.5, 93, 'REGULAR'],
      [93, 96, 'AFTER_MARKET'],
    ]);
  });

  it('tiles every market without gaps and merges sessions of one type', () => {
    for (const market of Object.values(MARKETS)) {
      const got = sessions(market, FRIDAY, FRIDAY + 14 * 24 * HOUR);
      expect(got[0]!.startTime).toBe(FRIDAY);
      expect(got[got.length - 1]!.endTime).toBe(FRIDAY + 14 * 24 * HOUR);
      for (let i = 1; i < got.length; i += 1) {
        expect(got[i]!.startTime).toBe(got[i - 1]!.endTime);
        expect(got[i]!.type).not.toBe(got[i - 1]!.type);
      }
    }
  });
});
