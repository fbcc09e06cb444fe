/** A paused local exchange with a stepped market and a REST client signed with its HMAC key. */
import { createHmac } from 'node:crypto';
import { firstValueFrom, type Observable } from 'rxjs';
import { BinanceApiError } from '../../../src/errors';
import type { LocalExchange, LocalExchangeOptions } from '../../../sim';
import { createHttpClient, type HttpClient } from '../../../src/rest/http-client';
import { start } from '../helpers';

export async function startFutures(
  symbols: string[],
  seed: number,
  options: LocalExchangeOptions = {},
): Promise<{ exchange: LocalExchange; client: HttpClient }> {
  const exchange = await start({ paused: true, symbols, seed, ...options });
  exchange.market.step(20);
  const { apiKey, secret } = exchange.keys.hmac;
  const client = createHttpClient({
    baseUrl: exchange.urls.rest,
    credentials: { apiKey, sign: (p) => createHmac('sha256', secret).update(p).digest('hex') },
  });
  return { exchange, client };
}

/** A GTC LIMIT BUY of 0.01 contracts at `price`: the resting order of the futures tests. */
export const limitBuy = (symbol: string, price: string) =>
  ({ symbol, side: 'BUY', type: 'LIMIT', timeInForce: 'GTC', quantity: '0.01', price }) as const;

/** The Binance error code a request fails with. */
export async function codeOf(request: Observable<unknown>): Promise<number> {
  try {
    await firstValueFrom(request);
  } catch (error) {
    if (error instanceof BinanceApiError) return error.binanceCode;
    throw error;
  }
  throw new Error('the request succeeded');
}
