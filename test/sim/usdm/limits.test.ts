/**
 * The local exchange counts USDⓈ-M futures (`/fapi` REST, `/ws-fapi/v1`) on a limiter of their
 * own, with the futures' figures from spec/usdm/limits.yaml (2 400 weight per minute, 300 orders
 * per 10 s, 1 200 per minute), apart from Spot's: what one product spends leaves the other's
 * budget untouched, as on Binance.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { apiRateLimits } from '../../../generated/usdm/limits';
import { Client, closeAll, start } from '../helpers';
import { limitBuy as restingBuy } from './futures-exchange';
import { signed } from '../signed';

afterEach(closeAll);

const limitBuy = restingBuy('BTCUSDT', '1000');

const usedWeight = (response: Response) => Number(response.headers.get('x-mbx-used-weight-1m'));

describe('futures rate limits on the local exchange', () => {
  it('weighs /fapi on its own budget, apart from /api', async () => {
    const exchange = await start({ paused: true, symbols: ['BTCUSDT'], seed: 5 });
    const spot = await fetch(`${exchange.urls.rest}/api/v3/depth?symbol=BTCUSDT&limit=5000`);
    expect(usedWeight(spot)).toBe(250);
    const futures = await fetch(`${exchange.urls.rest}/fapi/v1/depth?symbol=BTCUSDT&limit=5`);
    expect(usedWeight(futures)).toBe(2); // not 252: Spot's weight is not the futures'
    const again = await fetch(`${exchange.urls.rest}/api/v3/ping`);
    expect(usedWeight(again)).toBe(251);
  });

  it("reports the futures' limits on /ws-fapi/v1 and counts orders per 10 s and per minute", async () => {
    const exchange = await start({ paused: true, symbols: ['BTCUSDT'], seed: 5 });
    exchange.market.step(20);
    const ws = await Client.open(exchange.urls.usdmWsApi);
    const answer = await ws.request({
      id: 'o1',
      method: 'order.place',
      params: signed(exchange.keys.hmac, limitBuy),
    });
    expect(answer['status']).toBe(200);
    const reported = (answer['rateLimits'] as Record<string, unknown>[]).map(
      ({ count: _count, ...limit }) => limit,
    );
    expect(reported).toEqual(expect.arrayContaining([...apiRateLimits]));
    expect(answer['rateLimits']).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rateLimitType: 'ORDERS', interval: 'MINUTE', count: 1 }),
        expect.objectContaining({ rateLimitType: 'ORDERS', interval: 'SECOND', count: 1 }),
      ]),
    );
    expect(answer['rateLimits']).not.toContainEqual(expect.objectContaining({ interval: 'DAY' }));
  });
});
