/**
 * `GET /fapi/v1/leverageBracket` on the local exchange (ccxt's `binanceusdm` reads it before
 * positions): every symbol's tiers, or one symbol's object, consistent with the `maxNotionalValue`
 * that `POST /fapi/v1/leverage` answers.
 */
import { createHmac } from 'node:crypto';
import { firstValueFrom } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { changeLeverageHttp } from '../../../src/usdm';
import type { HttpClient } from '../../../src/rest/http-client';
import type { LocalExchange } from '../../../sim';
import { closeAll } from '../helpers';
import { startFutures } from './futures-exchange';

let exchange: LocalExchange;
let client: HttpClient;

beforeEach(async () => {
  ({ exchange, client } = await startFutures(['BTCUSDT', 'ETHUSDT'], 3));
});
afterEach(closeAll);

interface Bracket {
  bracket: number;
  initialLeverage: number;
  notionalCap: number;
  notionalFloor: number;
  maintMarginRatio: number;
  cum: number;
}

/** A signed GET of `/fapi/v1/leverageBracket` with `query`, as its JSON. */
async function leverageBracket(query: string): Promise<unknown> {
  const { apiKey, secret } = exchange.keys.hmac;
  const params = `${query}${query ? '&' : ''}timestamp=${Date.now()}`;
  const signature = createHmac('sha256', secret).update(params).digest('hex');
  const response = await fetch(
    `${exchange.urls.rest}/fapi/v1/leverageBracket?${params}&signature=${signature}`,
    { headers: { 'X-MBX-APIKEY': apiKey } },
  );
  expect(response.status).toBe(200);
  return response.json();
}

describe('GET /fapi/v1/leverageBracket', () => {
  it("answers every symbol's contiguous tiers, 125x first", async () => {
    const all = (await leverageBracket('')) as { symbol: string; brackets: Bracket[] }[];
    expect(all.map((s) => s.symbol)).toEqual(['BTCUSDT', 'ETHUSDT']);
    const { brackets } = all[0]!;
    expect(brackets[0]).toEqual({
      bracket: 1,
      initialLeverage: 125,
      notionalCap: 8_000_000,
      notionalFloor: 0,
      maintMarginRatio: 0.004,
      cum: 0,
    });
    brackets.slice(1).forEach((b, i) => {
      const before = brackets[i]!;
      expect(b.notionalFloor).toBe(before.notionalCap);
      // Half the initial margin, and the maintenance margin continuous at the floor.
      expect(b.maintMarginRatio).toBe(1 / (2 * b.initialLeverage));
      const at = (x: Bracket) => b.notionalFloor * x.maintMarginRatio - x.cum;
      expect(at(b)).toBeCloseTo(at(before), 6);
    });
    expect(brackets.at(-1)).toMatchObject({ initialLeverage: 1, notionalCap: 1_000_000_000 });
  });

  it("answers one symbol's object; its tier of a leverage caps at that leverage's maxNotionalValue", async () => {
    const one = (await leverageBracket('symbol=ETHUSDT')) as {
      symbol: string;
      brackets: Bracket[];
    };
    expect(one.symbol).toBe('ETHUSDT');
    const changed = await firstValueFrom(
      changeLeverageHttp({ symbol: 'ETHUSDT', leverage: 20 }, client),
    );
    const tier = one.brackets.find((b) => b.initialLeverage === 20)!;
    expect(String(tier.notionalCap)).toBe(changed.maxNotionalValue);
  });
});
