/**
 * The SBE clients: the same scenarios read from the SBE endpoint (`sbe:<stream>` floods of the
 * feed: same market, same levels, binary frames), so that their ratios are to raw `ws` +
 * `JSON.parse` of the equivalent JSON stream in the same run. One socket per stream, as the JSON
 * clients open them.
 */
import type { Observable, Subscription } from 'rxjs';
import type { SbeEvent } from '../generated/sbe/stream';
import type { SbeWebsocketConnection } from '../src/sbe/sbe-connection';
import {
  decodeSbeEvent,
  filterNewSocketOnly,
  sbeWebsocketConnection,
  subscribeSbeBestBidAsk,
  subscribeSbeDiffDepth,
  subscribeSbeTrade,
} from './sdk';
import type { Client, OnMessage, Urls } from './clients';
import type { BenchStream, Kind } from './scenarios';
import { each, openRawSocket, readConnection } from './sockets';

const KINDS: readonly Kind[] = ['trade', 'bookTicker', 'depth'];

/** The send time the feed stamped (µs), in ms like the JSON clients' `E`. */
const sendTimeOf = (event: SbeEvent): number => event.eventTimeUs / 1000;

/** The SBE floor: `ws` with the key header, the generated `decodeSbeEvent` per binary frame. */
export const rawSbe: Client = {
  name: 'raw ws + SBE decode',
  wire: 'sbe',
  kinds: KINDS,
  start: (urls, sockets, _sharded, onMessage) =>
    each(sockets, (streams) =>
      openRawSocket(
        urls.sbeCombined,
        streams,
        (data, isBinary) => {
          if (!isBinary) return;
          const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
          onMessage(sendTimeOf(decodeSbeEvent(view)));
        },
        { 'X-MBX-APIKEY': urls.sbeApiKey },
      ),
    ),
};

/** One stream's decoded events, subscribed as the README shows. */
function read(
  connection: SbeWebsocketConnection,
  messages: Observable<unknown>,
  s: BenchStream,
  onMessage: OnMessage,
): Subscription {
  const sockets = connection.pipe(filterNewSocketOnly());
  const count = (event: SbeEvent) => onMessage(sendTimeOf(event));
  if (s.kind === 'trade')
    return sockets.pipe(subscribeSbeTrade(s.symbol, messages)).subscribe(count);
  if (s.kind === 'bookTicker')
    return sockets.pipe(subscribeSbeBestBidAsk(s.symbol, messages)).subscribe(count);
  return sockets.pipe(subscribeSbeDiffDepth(s.symbol, messages)).subscribe(count);
}

function openSbe(urls: Urls, streams: readonly BenchStream[], onMessage: OnMessage) {
  const connection = sbeWebsocketConnection({
    url: urls.sbeCombined,
    apiKey: urls.sbeApiKey,
    heartbeatTimeoutMs: false,
  });
  return readConnection(connection, (_, messages) => {
    const reading = streams.map((s) => read(connection, messages, s, onMessage));
    return () => reading.forEach((subscription) => subscription.unsubscribe());
  });
}

/** `sbeWebsocketConnection` + `subscribeSbeTrade` / `…BestBidAsk` / `…DiffDepth`, raw events. */
export const rxSbe: Client = {
  name: 'binance-rx SBE',
  wire: 'sbe',
  kinds: KINDS,
  start: (urls, sockets, _sharded, onMessage) =>
    each(sockets, (streams) => openSbe(urls, streams, onMessage)),
};
