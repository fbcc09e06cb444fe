/**
 * The SBE clients: the same scenarios read from the SBE endpoint (`sbe:<stream>` floods of the
 * feed: same market, same levels, binary frames), so that their ratios are to raw `ws` +
 * `JSON.parse` of the equivalent JSON stream in the same run. One socket per stream, as the JSON
 * clients open them.
 */
import { filter, firstValueFrom, type Subscription } from 'rxjs';
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
import type { Client, OnMessage, Urls } from './clients';
import type { BenchStream, Kind } from './scenarios';

type Stop = () => void;
const KINDS: readonly Kind[] = ['trade', 'bookTicker', 'depth'];

/** The send time the feed stamped (µs), in ms like the JSON clients' `E`. */
const sendTimeOf = (event: SbeEvent): number => event.eventTimeUs / 1000;

async function each(
  sockets: readonly (readonly BenchStream[])[],
  open: (streams: readonly BenchStream[]) => Promise<Stop>,
): Promise<Stop> {
  const stops = await Promise.all(sockets.map(open));
  return () => stops.forEach((stop) => stop());
}

/** The SBE floor: `ws` with the key header, the generated `decodeSbeEvent` per binary frame. */
export const rawSbe: Client = {
  name: 'raw ws + SBE decode',
  wire: 'sbe',
  kinds: KINDS,
  start: (urls, sockets, _sharded, onMessage) =>
    each(sockets, async (streams) => {
      const ws = new WebSocket(urls.sbeCombined, {
        headers: { 'X-MBX-APIKEY': urls.sbeApiKey },
      });
      await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
      const acked = new Promise((resolve) => ws.once('message', resolve));
      ws.send(JSON.stringify({ method: 'SUBSCRIBE', params: streams.map((s) => s.stream), id: 1 }));
      await acked;
      ws.on('message', (data: Buffer, isBinary: boolean) => {
        if (!isBinary) return;
        const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
        onMessage(sendTimeOf(decodeSbeEvent(view)));
      });
      return () => ws.terminate();
    }),
};

/** One stream's decoded events, subscribed as the README shows. */
function read(
  connection: ReturnType<typeof sbeWebsocketConnection>,
  s: BenchStream,
  onMessage: OnMessage,
): Subscription {
  const messages = connection.pipe(keepMessagesOnly());
  const sockets = connection.pipe(filterNewSocketOnly());
  const count = (event: SbeEvent) => onMessage(sendTimeOf(event));
  if (s.kind === 'trade')
    return sockets.pipe(subscribeSbeTrade(s.symbol, messages)).subscribe(count);
  if (s.kind === 'bookTicker')
    return sockets.pipe(subscribeSbeBestBidAsk(s.symbol, messages)).subscribe(count);
  return sockets.pipe(subscribeSbeDiffDepth(s.symbol, messages)).subscribe(count);
}

async function openSbe(urls: Urls, streams: readonly BenchStream[], onMessage: OnMessage) {
  const connection = sbeWebsocketConnection({
    url: urls.sbeCombined,
    apiKey: urls.sbeApiKey,
    heartbeatTimeoutMs: false,
  });
  const acked = firstValueFrom(
    connection
      .pipe(keepMessagesOnly())
      .pipe(filter((m) => typeof m === 'object' && m !== null && 'result' in m)),
  );
  const reading = streams.map((s) => read(connection, s, onMessage));
  const running = connection.connect();
  await acked;
  return () => {
    reading.forEach((subscription) => subscription.unsubscribe());
    running.unsubscribe();
  };
}

/** `sbeWebsocketConnection` + `subscribeSbeTrade` / `…BestBidAsk` / `…DiffDepth`, raw events. */
export const rxSbe: Client = {
  name: 'binance-rx SBE',
  wire: 'sbe',
  kinds: KINDS,
  start: (urls, sockets, _sharded, onMessage) =>
    each(sockets, (streams) => openSbe(urls, streams, onMessage)),
};
