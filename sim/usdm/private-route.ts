/**
 * The USDⓈ-M user data stream on the `/private` route, as fstream.binance.com serves it:
 * `/private/ws/<listenKey>` (raw events), also `/private/ws?listenKey=<key>` and
 * `/private/stream?streams=<key>` (combined: `{stream, data}`). The listen key must be valid
 * (400 -1125 otherwise); the socket then carries the account's futures events. When the key
 * expires (60 minutes without a keepalive, or `expireListenKeys()`), the socket gets
 * `listenKeyExpired` and nothing more, as on Binance: the client has to create a key and
 * reconnect.
 */
import { WebSocketServer, type WebSocket } from 'ws';
import { rejectUpgrade } from '../server/responses';
import type { UpgradeRoute } from '../server/router';
import type { Futures } from './trading/futures';

/** How often open streams check whether their listen key has expired. */
const EXPIRY_CHECK_MS = 100;

interface PrivateStream {
  readonly ws: WebSocket;
  readonly key: string;
  readonly combined: boolean;
  stop(): void;
  /** Drops the socket (TCP reset, no close frame): the faults' dropAll. */
  terminate(): void;
}

/**
 * `{"method":"LIST_SUBSCRIPTIONS","id":…}` on a user data socket is answered with the stream it
 * carries, as fstream answers it on market sockets: clients without ping frames (browsers, Deno,
 * Node's global WebSocket) probe a quiet stream with it. Anything else sent is ignored.
 */
function answerListSubscriptions(stream: PrivateStream, text: string): void {
  let request: { method?: unknown; id?: unknown };
  try {
    request = JSON.parse(text) as typeof request;
  } catch {
    return;
  }
  if (request?.method !== 'LIST_SUBSCRIPTIONS') return;
  stream.ws.send(JSON.stringify({ result: [stream.key], id: request.id ?? null }));
}

/** The listen key and framing a `/private/…` URL asks for, or undefined. */
function parseUrl(url: string): { key: string; combined: boolean } | undefined {
  const { pathname, searchParams } = new URL(url, 'http://local');
  const raw = /^\/private\/ws\/([^/]+)$/.exec(pathname);
  if (raw) return { key: raw[1]!, combined: false };
  if (pathname === '/private/ws' && searchParams.has('listenKey')) {
    return { key: searchParams.get('listenKey')!, combined: false };
  }
  if (pathname === '/private/stream' && searchParams.has('streams')) {
    return { key: searchParams.get('streams')!, combined: true };
  }
  return undefined;
}

export function usdmPrivateRoute(futures: Futures): UpgradeRoute & {
  /** The open user data streams (the faults' dropAll drops them). */
  readonly connections: ReadonlySet<{ terminate(): void }>;
  close(): void;
  expireListenKeys(): void;
} {
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  const streams = new Set<PrivateStream>();
  const send = (stream: PrivateStream, event: unknown) => {
    const data = stream.combined ? { stream: stream.key, data: event } : event;
    stream.ws.send(JSON.stringify(data));
  };
  const expireDue = (now: number) => {
    for (const stream of [...streams]) {
      if (futures.listenKeys.find(stream.key, now) !== undefined) continue;
      stream.stop();
      send(stream, { e: 'listenKeyExpired', E: now, listenKey: stream.key });
    }
  };
  const timer = setInterval(() => expireDue(Date.now()), EXPIRY_CHECK_MS);
  timer.unref();

  return {
    connections: streams,
    matches: (pathname) => pathname.startsWith('/private/'),
    upgrade: (req, socket, head) => {
      const parsed = parseUrl(req.url ?? '/');
      if (parsed === undefined) {
        rejectUpgrade(socket, 404, { code: -1, msg: 'Unknown /private path.' });
        return;
      }
      const entry = futures.listenKeys.find(parsed.key, Date.now());
      if (entry === undefined) {
        rejectUpgrade(socket, 400, { code: -1125, msg: 'This listenKey does not exist.' });
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => {
        const stopListening = futures.userEvents.listen(entry.accountId, (event) =>
          send(stream, event),
        );
        const stream: PrivateStream = {
          ws,
          ...parsed,
          stop: () => {
            stopListening();
            streams.delete(stream);
          },
          terminate: () => {
            stream.stop();
            ws.terminate();
          },
        };
        streams.add(stream);
        ws.on('close', () => stream.stop());
        ws.on('message', (data) => answerListSubscriptions(stream, String(data)));
      });
    },
    expireListenKeys: () => {
      const now = Date.now();
      futures.listenKeys.expireAll(now);
      expireDue(now);
    },
    close: () => {
      clearInterval(timer);
      for (const stream of [...streams]) stream.terminate();
      wss.close();
    },
  };
}
