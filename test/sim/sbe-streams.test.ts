/**
 * SBE market data streams of the local exchange (`/sbe/ws`, `/sbe/stream`): the Ed25519 key in
 * `X-MBX-APIKEY`, SBE stream names, binary frames decoded by the generated decoders, the same
 * market as the JSON streams, and SUBSCRIBE in JSON text frames.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { decodeSbeEvent, type SbeEvent } from '../../generated/sbe/stream';
import type { LocalExchange } from '../../sim';
import { Client, closeAll, start, upgradeStatus } from './helpers';

afterEach(closeAll);

/** Collects the binary frames of a socket, decoded. */
function sbeEvents(ws: WebSocket): {
  events: SbeEvent[];
  next(match: (e: SbeEvent) => boolean): Promise<SbeEvent>;
} {
  const events: SbeEvent[] = [];
  const waiters: (() => void)[] = [];
  ws.on('message', (data: Buffer, isBinary: boolean) => {
    if (!isBinary) return;
    events.push(decodeSbeEvent(new DataView(data.buffer, data.byteOffset, data.byteLength)));
    for (const wake of waiters.splice(0)) wake();
  });
  const next = (match: (e: SbeEvent) => boolean) =>
    new Promise<SbeEvent>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no matching SBE event')), 4000);
      const check = () => {
        const index = events.findIndex(match);
        if (index < 0) return void waiters.push(check);
        clearTimeout(timer);
        resolve(events.splice(index, 1)[0]!);
      };
      check();
    });
  return { events, next };
}

const headers = (exchange: LocalExchange) => ({ 'X-MBX-APIKEY': exchange.keys.ed25519.apiKey });

describe('local exchange: SBE market data streams', () => {
  it('refuses the upgrade without a key, with an unknown key and with a non-Ed25519 key', async () => {
    const exchange = await start();
    const url = `${exchange.urls.sbeStreams}/btcusdt@trade`;
    expect(await upgradeStatus(url)).toMatchObject({ status: 401 });
    const refused = (key: string) =>
      new Promise<number>((resolve) => {
        const ws = new WebSocket(url, { headers: { 'X-MBX-APIKEY': key } });
        ws.once('unexpected-response', (_req, res) => {
          resolve(res.statusCode ?? 0);
          ws.terminate();
        });
        ws.on('error', () => undefined);
      });
    expect(await refused('A'.repeat(64))).toBe(401);
    expect(await refused(exchange.keys.hmac.apiKey)).toBe(401);
  });

  it('serves the same trades as the JSON trade stream, in microseconds', async () => {
    const exchange = await start();
    exchange.market.pause();
    const json = await Client.open(`${exchange.urls.streams}/btcusdt@trade`);
    const ws = new WebSocket(`${exchange.urls.sbeStreams}/btcusdt@trade`, {
      headers: headers(exchange),
    });
    const sbe = sbeEvents(ws);
    await new Promise((resolve) => ws.once('open', resolve));
    exchange.market.step(20);
    const raw = await json.json<{ t: number; p: string; q: string; T: number; m: boolean }>();
    const event = await sbe.next(
      (e) => e.message === 'TradesStreamEvent' && e.trades[0]!.id === raw.t,
    );
    expect(event).toMatchObject({
      message: 'TradesStreamEvent',
      symbol: 'BTCUSDT',
      transactTimeUs: raw.T * 1000,
      trades: [{ id: raw.t, price: raw.p, qty: raw.q, isBuyerMaker: raw.m, isBestMatch: true }],
    });
  });

  it('SUBSCRIBEs live on /sbe/stream to bestBidAsk, depth20 and diff depth', async () => {
    const exchange = await start();
    const ws = new WebSocket(exchange.urls.sbeCombined, { headers: headers(exchange) });
    const sbe = sbeEvents(ws);
    await new Promise((resolve) => ws.once('open', resolve));
    const control = new Client(exchange.urls.sbeCombined, { headers: headers(exchange) });
    await control.opened;
    const names = ['btcusdt@bestBidAsk', 'btcusdt@depth20', 'btcusdt@depth'];
    expect(await control.request({ method: 'SUBSCRIBE', params: names, id: 1 })).toEqual({
      result: null,
      id: 1,
    });
    expect(
      await control.request({ method: 'SUBSCRIBE', params: ['btcusdt@bookTicker'], id: 2 }),
    ).toMatchObject({
      error: { code: 2 },
    });
    ws.send(JSON.stringify({ method: 'SUBSCRIBE', params: names, id: 1 }));
    const depth = await sbe.next((e) => e.message === 'DepthSnapshotStreamEvent');
    expect(depth).toMatchObject({ symbol: 'BTCUSDT' });
    expect(depth.message === 'DepthSnapshotStreamEvent' && depth.bids.length).toBe(20);
    await sbe.next((e) => e.message === 'DepthDiffStreamEvent');
    exchange.market.step(50);
    const best = await sbe.next((e) => e.message === 'BestBidAskStreamEvent');
    expect(best.message === 'BestBidAskStreamEvent' && Number(best.bidPrice)).toBeLessThan(
      best.message === 'BestBidAskStreamEvent' ? Number(best.askPrice) : 0,
    );
  });

  it('refuses JSON-only stream names in the URL', async () => {
    const exchange = await start();
    const status = await new Promise<number>((resolve) => {
      const ws = new WebSocket(`${exchange.urls.sbeStreams}/btcusdt@aggTrade`, {
        headers: headers(exchange),
      });
      ws.once('unexpected-response', (_req, res) => {
        resolve(res.statusCode ?? 0);
        ws.terminate();
      });
      ws.on('error', () => undefined);
    });
    expect(status).toBe(400);
  });

  it('floods SBE connections with sbe:<stream>, and JSON floods skip them', async () => {
    const exchange = await start();
    exchange.market.pause();
    const json = await Client.open(`${exchange.urls.streams}/btcusdt@trade`);
    const ws = new WebSocket(`${exchange.urls.sbeStreams}/btcusdt@trade/btcusdt@depth`, {
      headers: headers(exchange),
    });
    const sbe = sbeEvents(ws);
    await new Promise((resolve) => ws.once('open', resolve));
    const result = await exchange.market.flood({ stream: 'sbe:btcusdt@trade', count: 600 });
    expect(result).toMatchObject({ sent: 600, connections: 1 });
    await sbe.next((e) => e.message === 'TradesStreamEvent' && sbe.events.length >= 599);
    const trades = sbe.events.filter((e) => e.message === 'TradesStreamEvent');
    const ids = trades.map((e) => (e.message === 'TradesStreamEvent' ? e.trades[0]!.id : 0));
    expect(ids).toHaveLength(599);
    expect(ids.every((id, i) => i === 0 || id === ids[i - 1]! + 1)).toBe(true);
    expect(json.pending).toEqual([]);

    await exchange.market.flood({ stream: 'btcusdt@trade', count: 5 });
    await json.many(5);
    const diff = await exchange.market.flood({ stream: 'sbe:btcusdt@depth', count: 3, levels: 5 });
    expect(diff.sent).toBe(3);
    const update = await sbe.next((e) => e.message === 'DepthDiffStreamEvent');
    expect(update.message === 'DepthDiffStreamEvent' && update.bids.length).toBe(5);
  });

  it('stamps flooded frames with the send time and update ids that continue the book', async () => {
    const exchange = await start();
    exchange.market.pause();
    const ws = new WebSocket(`${exchange.urls.sbeStreams}/btcusdt@bestBidAsk/btcusdt@depth`, {
      headers: headers(exchange),
    });
    const sbe = sbeEvents(ws);
    await new Promise((resolve) => ws.once('open', resolve));
    const before = Date.now();
    await exchange.market.flood({
      streams: ['sbe:btcusdt@bestBidAsk', 'sbe:btcusdt@depth'],
      count: 4,
      levels: 3,
    });
    const after = Date.now();
    const quotes: SbeEvent[] = [];
    const diffs: SbeEvent[] = [];
    for (let i = 0; i < 4; i += 1) {
      quotes.push(await sbe.next((e) => e.message === 'BestBidAskStreamEvent'));
      diffs.push(await sbe.next((e) => e.message === 'DepthDiffStreamEvent'));
    }
    for (const event of [...quotes, ...diffs]) {
      expect(event.eventTimeUs / 1000).toBeGreaterThanOrEqual(before);
      expect(event.eventTimeUs / 1000).toBeLessThanOrEqual(after + 1);
    }
    const quoteIds = quotes.map((e) =>
      e.message === 'BestBidAskStreamEvent' ? e.bookUpdateId : 0,
    );
    expect(quoteIds.every((id, i) => i === 0 || id === quoteIds[i - 1]! + 1)).toBe(true);
    const ids = diffs.map((e) =>
      e.message === 'DepthDiffStreamEvent' ? [e.firstBookUpdateId, e.lastBookUpdateId] : [],
    );
    for (const [i, [first, last]] of ids.entries()) {
      expect(first).toBe(last);
      if (i > 0) expect(first).toBe(ids[i - 1]![1]! + 1);
      expect(diffs[i]!.message === 'DepthDiffStreamEvent' && diffs[i]!.bids.length).toBe(3);
    }
    // The book takes the flood's last id: a REST snapshot lines up with the stream.
    expect(exchange.market.depthSnapshot('BTCUSDT', 5)!.lastUpdateId).toBe(ids.at(-1)![1]);
  });
});
