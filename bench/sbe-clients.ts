/**
 * The SBE clients: the same floods' events in SBE (`sbe:<stream>` floods of the feed), against
 * which the report's ratios to raw `ws` + `JSON.parse` of the equivalent JSON stream are taken.
 */
import { firstValueFrom, filter, type Subscription } from 'rxjs';
import { WebSocket } from 'ws';
import { decodeSbeEvent, type SbeEvent } from '../generated/sbe/stream';
import { filterNewSocketOnly } from '../src/operators/filter-new-socket-only';
import { keepMessagesOnly } from '../src/operators/keep-messages-only';
import { sbeWebsocketConnection } from '../src/sbe/sbe-connection';
import {
  subscribeSbeBestBidAsk,
  subscribeSbeDiffDepth,
  subscribeSbeTrade,
} from '../src/sbe/subscribe-sbe';
import type { Client } from './clients';

/** The send time the feed stamped, in ms. */
const sendTimeOf = (event: SbeEvent): number => event.eventTimeUs / 1000;

/** `ws` with the key header and the generated decoder per binary frame, nothing else. */
export const rawSbe: Client = {
  name: 'raw ws + SBE decode',
  wire: 'sbe',
  start: async (urls, streams, onMessage) => {
    const sockets = await Promise.all(
      streams.map(async ({ stream }) => {
        const ws = new WebSocket(urls.sbeCombined, { headers: { 'X-MBX-APIKEY': urls.sbeApiKey } });
        await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
        const acked = new Promise((resolve) => ws.once('message', resolve));
        ws.send(JSON.stringify({ method: 'SUBSCRIBE', params: [stream], id: 1 }));
        await acked;
        ws.on('message', (data: Buffer, isBinary: boolean) => {
          if (!isBinary) return;
          const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
          onMessage(sendTimeOf(decodeSbeEvent(view)));
        });
        return ws;
      }),
    );
    return () => sockets.forEach((ws) => ws.terminate());
  },
};

/** `sbeWebsocketConnection` + `subscribeSbe<Stream>`, one connection per stream. */
export const rxSbe: Client = {
  name: 'binance-rx SBE',
  wire: 'sbe',
  start: async (urls, streams, onMessage) => {
    const stops = await Promise.all(
      streams.map(async ({ symbol, kind }) => {
        const connection = sbeWebsocketConnection({
          url: urls.sbeCombined,
          apiKey: urls.sbeApiKey,
          heartbeatTimeoutMs: false,
        });
        const messages = connection.pipe(keepMessagesOnly());
        const acked = firstValueFrom(
          messages.pipe(filter((m) => typeof m === 'object' && m !== null && 'result' in m)),
        );
        const sockets = connection.pipe(filterNewSocketOnly());
        const count = (event: SbeEvent) => onMessage(sendTimeOf(event));
        const reading: Subscription =
          kind === 'trade'
            ? sockets.pipe(subscribeSbeTrade(symbol, messages)).subscribe(count)
            : kind === 'bookTicker'
              ? sockets.pipe(subscribeSbeBestBidAsk(symbol, messages)).subscribe(count)
              : sockets.pipe(subscribeSbeDiffDepth(symbol, messages)).subscribe(count);
        const running = connection.connect();
        await acked;
        return () => {
          reading.unsubscribe();
          running.unsubscribe();
        };
      }),
    );
    return () => stops.forEach((stop) => stop());
  },
};
