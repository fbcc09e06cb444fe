/**
 * A REST client of the local exchange's test account, signing with its HMAC key (never held:
 * the signer closes over the test secret), for the integration tests.
 */
import { createHmac } from 'node:crypto';
import type { LocalExchange } from '../../sim';
import {
  createHttpClient,
  type HttpClient,
  type HttpClientOptions,
} from '../../src/rest/http-client';
import type { Credentials } from '../../src/signing/credentials';

/** The HMAC credentials of the exchange's test account. */
export function hmacCredentials(exchange: LocalExchange): Credentials {
  const { apiKey, secret } = exchange.keys.hmac;
  return { apiKey, sign: (p) => createHmac('sha256', secret).update(p).digest('hex') };
}

export function hmacClient(exchange: LocalExchange, options: HttpClientOptions = {}): HttpClient {
  return createHttpClient({
    baseUrl: exchange.urls.rest,
    credentials: hmacCredentials(exchange),
    ...options,
  });
}
