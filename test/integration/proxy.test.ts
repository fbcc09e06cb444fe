/**
 * Market streams, the WebSocket API and REST through real proxies on loopback, to the local
 * exchange: an HTTP CONNECT proxy (the `proxy` package) and a SOCKS5 proxy, with the documented
 * options (`agent` for sockets, a `fetch` with an undici dispatcher for REST). Handshake headers
 * reach the server.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fetchSocks } from './fetch-socks';
import { HttpsProxyAgent } from 'https-proxy-agent';
import { createProxy } from 'proxy';
import { firstValueFrom, timeout } from 'rxjs';
import { SocksProxyAgent } from 'socks-proxy-agent';
import { fetch as undiciFetch, ProxyAgent, type RequestInit as UndiciInit } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import {
  createHttpClient,
  filterNewSocketOnly,
  getBookFactory,
  getBookHttp,
  keepMessagesOnly,
  publicWebsocketConnection,
  subscribeTicker,
  wsApiSession,
} from '../../src';
import { startLocalExchange } from '../../sim';
import type { LocalExchange } from '../../sim/types';
import { startSocks5Server } from './socks5-server';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

async function exchange(): Promise<LocalExchange> {
  const started = await startLocalExchange({ symbols: ['BTCUSDT'] });
  cleanups.push(() => started.close());
  return started;
}

async function httpProxy(): Promise<{ url: string; connects: string[]; requests: string[] }> {
  const server = createProxy(createServer());
  const connects: string[] = [];
  const requests: string[] = [];
  server.on('connect', (req: IncomingMessage) => connects.push(req.url ?? ''));
  server.on('request', (req: IncomingMessage) => requests.push(req.url ?? ''));
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  cleanups.push(() => {
    server.closeAllConnections();
    return new Promise((ok) => server.close(ok));
  });
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, connects, requests };
}

const hostOf = (url: string) => new URL(url).host;

async function tickerThrough(url: string, agent: unknown): Promise<string> {
  const connection = publicWebsocketConnection({ url, agent });
  const messages = connection.pipe(keepMessagesOnly());
  const first = firstValueFrom(
    connection.pipe(filterNewSocketOnly(), subscribeTicker('BTCUSDT', messages), timeout(10_000)),
  );
  const connected = connection.connect();
  cleanups.push(() => connected.unsubscribe());
  return (await first).s;
}

async function wsApiBookThrough(url: string, agent: unknown): Promise<number> {
  const session = wsApiSession({ url, agent });
  const connected = session.connect();
  cleanups.push(() => connected.unsubscribe());
  const book = await firstValueFrom(getBookFactory(session)({ symbol: 'BTCUSDT', limit: 5 }));
  return book.bids.length;
}

describe('through an HTTP CONNECT proxy', () => {
  it('streams, the WebSocket API and REST all go through it', async () => {
    const ex = await exchange();
    const proxy = await httpProxy();
    const agent = new HttpsProxyAgent(proxy.url);
    expect(await tickerThrough(ex.urls.combined, agent)).toBe('BTCUSDT');
    expect(await wsApiBookThrough(ex.urls.wsApi, agent)).toBe(5);
    const dispatcher = new ProxyAgent(proxy.url);
    cleanups.push(() => dispatcher.close());
    const client = createHttpClient({
      baseUrl: ex.urls.rest,
      // binance-rx calls fetch with a URL string and a plain init.
      fetch: ((url: string, init) =>
        undiciFetch(url, { ...(init as UndiciInit), dispatcher })) as typeof fetch,
    });
    const book = await firstValueFrom(getBookHttp({ symbol: 'BTCUSDT', limit: 5 }, client));
    expect(book.bids).toHaveLength(5);
    // One tunnel each: the market-stream socket, the WebSocket API socket, the REST connection.
    expect(proxy.connects).toEqual([
      hostOf(ex.urls.rest),
      hostOf(ex.urls.rest),
      hostOf(ex.urls.rest),
    ]);
  });
});

describe('through a SOCKS5 proxy', () => {
  it('streams, the WebSocket API and REST all go through it', async () => {
    const ex = await exchange();
    const socks = await startSocks5Server();
    cleanups.push(() => socks.close());
    const agent = new SocksProxyAgent(socks.url);
    expect(await tickerThrough(ex.urls.combined, agent)).toBe('BTCUSDT');
    expect(await wsApiBookThrough(ex.urls.wsApi, agent)).toBe(5);
    const client = createHttpClient({ baseUrl: ex.urls.rest, fetch: fetchSocks(socks.url) });
    const book = await firstValueFrom(getBookHttp({ symbol: 'BTCUSDT', limit: 5 }, client));
    expect(book.bids).toHaveLength(5);
    expect(socks.targets.filter((t) => t === hostOf(ex.urls.rest))).toHaveLength(3);
  });
});

describe('handshake headers', () => {
  it('reach the server (X-MBX-APIKEY for SBE streams)', async () => {
    const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise((ok) => server.once('listening', ok));
    cleanups.push(() => new Promise((ok) => server.close(ok)));
    const seen = new Promise<string | undefined>((ok) =>
      server.on('connection', (_socket, req) => ok(req.headers['x-mbx-apikey'] as string)),
    );
    const { port } = server.address() as AddressInfo;
    const connection = publicWebsocketConnection({
      url: `ws://127.0.0.1:${port}/stream`,
      headers: { 'X-MBX-APIKEY': 'my-api-key' },
    });
    const connected = connection.connect();
    cleanups.push(() => connected.unsubscribe());
    expect(await seen).toBe('my-api-key');
  });

  it('a createWebSocket factory receives the url, headers and agent', async () => {
    const calls: unknown[] = [];
    const ex = await exchange();
    const { WebSocket } = await import('ws');
    const session = wsApiSession({
      url: ex.urls.wsApi,
      headers: { 'X-Trace': '1' },
      createWebSocket: (url, transport) => {
        calls.push({ url, transport });
        return new WebSocket(url, { headers: transport.headers });
      },
    });
    const connected = session.connect();
    cleanups.push(() => connected.unsubscribe());
    await firstValueFrom(getBookFactory(session)({ symbol: 'BTCUSDT', limit: 5 }));
    expect(calls).toEqual([{ url: ex.urls.wsApi, transport: { headers: { 'X-Trace': '1' } } }]);
  });
});
