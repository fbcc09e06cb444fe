/**
 * Failures are visible by default: a connection that cannot open warns on the console (no
 * logger given) once, with host, cause and next retry; a handshake answered 404 is a typed
 * HandshakeRejectedError (status, body) on every attempt, for market streams and the WebSocket
 * API, and the connection keeps retrying on its backoff.
 */
import { createServer } from 'node:net';
import { filter, firstValueFrom, map, take, toArray } from 'rxjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  HandshakeRejectedError,
  keepErrorsOnly,
  keepStatusOnly,
  publicWebsocketConnection,
  wsApiSession,
  type BinanceRxError,
} from '../../src';
import { silentLogger } from '../../src/logging/logger';
import { startLocalExchange } from '../../sim';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const clean of cleanups.splice(0).reverse()) await clean();
});

const fast = { initialDelayMs: 20, maxDelayMs: 20, jitter: 0 };

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as { port: number };
  await new Promise((ok) => server.close(ok));
  return port;
}

describe('a connection that cannot open', () => {
  it('warns once on the console by default: host, cause, next retry', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const port = await closedPort();
    const connection = publicWebsocketConnection({
      url: `ws://127.0.0.1:${port}/stream`,
      reconnect: fast,
    });
    const retries = firstValueFrom(
      connection.pipe(
        keepStatusOnly(),
        filter((s) => s.status === 'reconnecting'),
        take(4),
        toArray(),
      ),
    );
    const connected = connection.connect();
    cleanups.push(() => connected.unsubscribe());
    await retries;
    expect(warn).toHaveBeenCalledTimes(1);
    const [message] = warn.mock.calls[0]!;
    expect(message).toContain(`cannot connect to 127.0.0.1:${port}`);
    expect(message).toContain('ECONNREFUSED');
    expect(message).toContain('retrying in 20 ms');
  });

  it('stays on the given logger when there is one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const seen: string[] = [];
    const port = await closedPort();
    const connection = publicWebsocketConnection({
      url: `ws://127.0.0.1:${port}/stream`,
      reconnect: fast,
      logger: { ...silentLogger, warn: (m) => seen.push(m) },
    });
    const retries = firstValueFrom(
      connection.pipe(
        keepStatusOnly(),
        filter((s) => s.status === 'reconnecting'),
        take(2),
        toArray(),
      ),
    );
    const connected = connection.connect();
    cleanups.push(() => connected.unsubscribe());
    await retries;
    expect(warn).not.toHaveBeenCalled();
    expect(seen.filter((m) => m.startsWith('cannot connect'))).toHaveLength(1);
  });
});

describe('a handshake answered 404', () => {
  it('is a HandshakeRejectedError on every attempt, for market streams', async () => {
    const exchange = await startLocalExchange({ symbols: ['BTCUSDT'] });
    cleanups.push(() => exchange.close());
    const url = exchange.urls.combined.replace('/stream', '/nowhere');
    const connection = publicWebsocketConnection({ url, reconnect: fast, logger: silentLogger });
    const rejected = firstValueFrom(
      connection.pipe(
        keepErrorsOnly(),
        filter((e: BinanceRxError) => e instanceof HandshakeRejectedError),
        take(2),
        toArray(),
      ),
    );
    const connected = connection.connect();
    cleanups.push(() => connected.unsubscribe());
    const [first, second] = (await rejected) as HandshakeRejectedError[];
    expect(first).toMatchObject({ code: 'HANDSHAKE_REJECTED', status: 404, url });
    expect(first!.body).toContain('Not found: /nowhere');
    expect(second!.status).toBe(404);
  });

  it('is a HandshakeRejectedError for the WebSocket API too', async () => {
    const exchange = await startLocalExchange({ symbols: ['BTCUSDT'] });
    cleanups.push(() => exchange.close());
    const url = exchange.urls.wsApi.replace('/ws-api/v3', '/ws-api/v9');
    const session = wsApiSession({ url, reconnect: fast, logger: silentLogger });
    const rejected = firstValueFrom(
      session.pipe(
        map((event) => (event.type === 'error' ? event.error : undefined)),
        filter((e) => e instanceof HandshakeRejectedError),
        take(1),
      ),
    );
    const connected = session.connect();
    cleanups.push(() => connected.unsubscribe());
    expect(await rejected).toMatchObject({ status: 404 });
  });
});
