/** A `fetch` whose connections go through a SOCKS5 proxy: undici's fetch with fetch-socks. */
import { socksDispatcher } from 'fetch-socks';
import { fetch as undiciFetch, type RequestInit as UndiciInit } from 'undici';

export function fetchSocks(proxyUrl: string): typeof fetch {
  const { hostname, port } = new URL(proxyUrl);
  const dispatcher = socksDispatcher({ type: 5, host: hostname, port: Number(port) });
  // binance-rx calls fetch with a URL string and a plain init.
  return ((url: string, init) =>
    undiciFetch(url, { ...(init as UndiciInit), dispatcher })) as typeof fetch;
}
