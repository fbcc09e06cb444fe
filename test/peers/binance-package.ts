/** Shared by the `binance` npm package's peer tests (Spot and USDⓈ-M). */
import type { WebsocketClient } from 'binance';
import { afterAll, beforeAll } from 'vitest';
import { startLocalExchange, type LocalExchange } from '../../sim';

/** A logger for the package's WebsocketClient that says nothing. */
export const silent = { trace: () => {}, info: () => {}, error: () => {} };

/** The first message of event type `e` the client receives. */
export function firstEvent(ws: WebsocketClient, e: string): Promise<Record<string, unknown>> {
  return new Promise((resolve) => {
    ws.on('message', (data: unknown) => {
      const message = data as Record<string, unknown>;
      if (message['e'] === e) resolve(message);
    });
  });
}

/** The local exchange the package's tests run against, started before and closed after them. */
export function localExchange(): () => LocalExchange {
  let exchange: LocalExchange | undefined;
  beforeAll(async () => {
    exchange = await startLocalExchange({ symbols: ['BTCUSDT'], tickMs: 20, speed: 10 });
  });
  afterAll(() => exchange?.close());
  return () => exchange!;
}

/** The package's REST client options for the local exchange's default account. */
export const restOptions = (exchange: LocalExchange) => ({
  api_key: exchange.keys.hmac.apiKey,
  api_secret: exchange.keys.hmac.secret,
  baseUrl: exchange.urls.rest,
});
