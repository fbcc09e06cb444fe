/**
 * `sbeWebsocketConnection` against the local exchange's SBE streams (trade, bestBidAsk, depth20,
 * diff depth), and against a loopback server sending a broken binary frame: an `SBE_DECODE`
 * error event, and the stream goes on. The local order book on SBE diff depth is tested with the
 * JSON one (local-order-book.test.ts).
 */
import { firstValueFrom, filter, take, toArray } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketServer } from 'ws';
import { encodeTradesStreamEvent, type SbeTradesStreamEvent } from '../../generated/sbe/stream';
import { startLocalExchange, type LocalExchange } from '../../sim';
import { SbeDecodeError } from '../../src/errors';
import { filterNewSocketOnly } from '../../src/operators/filter-new-socket-only';
import { keepErrorsOnly } from '../../src/operators/keep-errors-only';
import { keepMessagesOnly } from '../../src/operators/keep-messages-only';
import { sbeWebsocketConnection } from '../../src/sbe/sbe-connection';
import {
  subscribeSbeBestBidAsk,
  subscribeSbeDepth20,
  subscribeSbeDiffDepth,
  subscribeSbeTrade,
} from '../../src/sbe/subscribe-sbe';
import type { Microseconds } from '../../src/sbe/types';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function exchange(): Promise<LocalExchange> {
  const started = await startLocalExchange({ tickMs: 10, speed: 20 });
  cleanups.push(() => started.close());
  return started;
}

describe('sbeWebsocketConnection', () => {
  it('streams decoded SBE events of the local exchange, routed by stream', async () => {
    const ex = await exchange();
    const connection = sbeWebsocketConnection({
      url: ex.urls.sbeCombined,
      apiKey: ex.keys.ed25519.apiKey,
      decimal: Number,
    });
    const messages = connection.pipe(keepMessagesOnly());
    const sockets = connection.pipe(filterNewSocketOnly());
    const trades = firstValueFrom(
      sockets.pipe(subscribeSbeTrade<number>('BTCUSDT', messages), take(3), toArray()),
    );
    const best = firstValueFrom(sockets.pipe(subscribeSbeBestBidAsk<number>('BTCUSDT', messages)));
    const depth = firstValueFrom(sockets.pipe(subscribeSbeDepth20<number>('ETHUSDT', messages)));
    const diff = firstValueFrom(sockets.pipe(subscribeSbeDiffDepth<number>('BTCUSDT', messages)));
    cleanups.push(() => subscription.unsubscribe());
    const subscription = connection.connect();

    for (const event of await trades) {
      expect(event).toMatchObject({ message: 'TradesStreamEvent', symbol: 'BTCUSDT' });
      expect(typeof event.trades[0]!.price).toBe('number');
    }
    const quote = await best;
    expect(quote.symbol).toBe('BTCUSDT');
    expect(quote.bidPrice).toBeLessThan(quote.askPrice);
    expect((await depth).symbol).toBe('ETHUSDT');
    expect((await diff).lastBookUpdateId).toBeGreaterThanOrEqual((await diff).firstBookUpdateId);
  });

  it('reports a frame that does not decode as SBE_DECODE and goes on', async () => {
    const trade: SbeTradesStreamEvent = {
      message: 'TradesStreamEvent',
      eventTimeUs: 1 as Microseconds,
      transactTimeUs: 1 as Microseconds,
      priceExponent: -2,
      qtyExponent: -2,
      trades: [{ id: 1, price: '1.00', qty: '2.00', isBuyerMaker: false, isBestMatch: true }],
      symbol: 'BTCUSDT',
    };
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const headers: (string | undefined)[] = [];
    server.on('connection', (socket, request) => {
      headers.push(request.headers['x-mbx-apikey'] as string | undefined);
      socket.on('message', (raw) => {
        const { id } = JSON.parse(String(raw)) as { id: number };
        socket.send(JSON.stringify({ result: null, id }));
        const badVersion = encodeTradesStreamEvent(trade);
        new DataView(badVersion.buffer).setUint16(6, 9, true);
        socket.send(badVersion);
        socket.send(encodeTradesStreamEvent(trade).subarray(0, 20));
        socket.send(encodeTradesStreamEvent(trade));
      });
    });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const { port } = server.address() as { port: number };
    const connection = sbeWebsocketConnection({
      url: `ws://127.0.0.1:${port}/stream`,
      apiKey: 'k'.repeat(64),
    });
    const messages = connection.pipe(keepMessagesOnly());
    const errors = firstValueFrom(
      connection.pipe(
        keepErrorsOnly(),
        filter((e) => e instanceof SbeDecodeError),
        take(2),
        toArray(),
      ),
    );
    const event = firstValueFrom(
      connection.pipe(filterNewSocketOnly(), subscribeSbeTrade('btcusdt', messages)),
    );
    const subscription = connection.connect();
    cleanups.push(() => subscription.unsubscribe());
    expect(await event).toEqual(trade);
    expect((await errors).map((e) => (e as SbeDecodeError).reason)).toEqual([
      'unknown-version',
      'truncated',
    ]);
    expect(headers).toEqual(['k'.repeat(64)]);
  });
});
