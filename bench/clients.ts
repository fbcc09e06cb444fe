/**
 * The clients measured, each reduced to: connect to the feed, subscribe to one stream, count
 * messages (and note the send time of each, `E`), close. Every client receives the same flood.
 */
import { filter, firstValueFrom } from 'rxjs';
import { WebSocket } from 'ws';
import { subscribeTrade, parseTrade } from '../generated/channels/trade';
import { publicWebsocketConnection } from '../src/connection/public-websocket-connection';
import { filterNewSocketOnly } from '../src/operators/filter-new-socket-only';
import { keepMessagesOnly } from '../src/operators/keep-messages-only';

export interface Urls {
  readonly streams: string;
  readonly combined: string;
  readonly control: string;
}

/** A running client: `onMessage(sendTime)` is called per message by the harness's counter. */
export interface Client {
  readonly name: string;
  start(urls: Urls, onMessage: (sendTime: number) => void): Promise<() => Promise<void> | void>;
}

const STREAM = 'btcusdt@trade';

/**
 * The floor: `ws` and `JSON.parse`, nothing else, on the same combined endpoint binance-rx uses
 * (so both read the same frames), subscribing like any client.
 */
const rawWs: Client = {
  name: 'raw ws + JSON.parse',
  async start(urls, onMessage) {
    const ws = new WebSocket(urls.combined);
    await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
    const acked = new Promise((resolve) => ws.once('message', resolve));
    ws.send(JSON.stringify({ method: 'SUBSCRIBE', params: [STREAM], id: 1 }));
    await acked;
    ws.on('message', (data) => {
      const message = JSON.parse(String(data)) as { data?: { E: number } };
      if (message.data !== undefined) onMessage(message.data.E);
    });
    return () => ws.terminate();
  },
};

function binanceRx(name: string, validate: boolean, parse: boolean): Client {
  return {
    name,
    async start(urls, onMessage) {
      const connection = publicWebsocketConnection({
        url: urls.combined,
        validate,
        heartbeatTimeoutMs: false,
      });
      const messages = connection.pipe(keepMessagesOnly());
      const sockets = connection.pipe(filterNewSocketOnly());
      const trades = sockets.pipe(subscribeTrade('BTCUSDT', messages));
      const subscription = parse
        ? trades.subscribe((t) => onMessage(parseTrade(t).eventTime))
        : trades.subscribe((t) => onMessage(t.E));
      const acked = firstValueFrom(
        messages.pipe(filter((m) => typeof m === 'object' && m !== null && 'result' in m)),
      );
      const running = connection.connect();
      await acked;
      return () => {
        subscription.unsubscribe();
        running.unsubscribe();
      };
    },
  };
}

/** The `binance` npm package's WebsocketClient, URL override only. */
const binancePackage: Client = {
  name: 'binance (npm)',
  async start(urls, onMessage) {
    const { WebsocketClient } = await import('binance');
    const silent = { trace: () => {}, info: () => {}, error: () => {} };
    const ws = new WebsocketClient({ wsUrl: urls.streams }, silent);
    ws.on('message', (data: unknown) => {
      const message = data as { e?: string; E?: number };
      if (message.e === 'trade') onMessage(message.E ?? 0);
    });
    await ws.subscribeSpotTrades('BTCUSDT');
    await new Promise((resolve) => setTimeout(resolve, 300));
    return () => ws.closeAll(true);
  },
};

/** ccxt pro's binance class, URL override only: watchTrades in a loop. */
const ccxtPro: Client = {
  name: 'ccxt pro',
  async start(urls, onMessage) {
    const ccxt = (await import('ccxt')).default;
    const exchange = new ccxt.pro.binance({
      options: { fetchMarkets: { types: ['spot'] }, fetchCurrencies: false },
    });
    await exchange.loadHttpProxyAgent();
    const rest = urls.streams.replace(/^ws/, 'http').replace(/\/ws$/, '/api/v3');
    exchange.urls['api'] = {
      ...(exchange.urls['api'] as object),
      public: rest,
      private: rest,
      ws: { spot: urls.streams, margin: urls.streams },
    };
    await exchange.loadMarkets();
    let running = true;
    let seenId = 0;
    const loop = (async () => {
      while (running) {
        const trades = await exchange.watchTrades('BTC/USDT').catch(() => []);
        // ccxt keeps the last 1000 trades: count by id so evicted ones are counted too.
        const last = trades.at(-1);
        const id = Number(last?.id ?? 0);
        for (let n = seenId === 0 ? 1 : id - seenId; n > 0; n -= 1) onMessage(last?.timestamp ?? 0);
        if (id > seenId) seenId = id;
      }
    })();
    // The market is paused until the flood: give the subscription time to go out.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return async () => {
      running = false;
      await exchange.close();
      await loop.catch(() => undefined);
    };
  },
};

export const clients: readonly Client[] = [
  rawWs,
  binanceRx('binance-rx (validation off)', false, false),
  binanceRx('binance-rx (validation on)', true, false),
  binanceRx('binance-rx (validation on, parsed)', true, true),
  binancePackage,
  ccxtPro,
];
