/**
 * The USDⓈ-M user data stream on the `/private` route, as fstream.binance.com serves it:
 * `/private/ws/<listenKey>` (raw events), also `/private/ws?listenKey=<key>` and
 * `/private/stream?streams=<key>` (combined: `{stream, data}`). The listen key must be valid
 * (400 -1125 otherwise); the socket then carries the account's futures events. A socket opened
 * without a key (`/private/stream?streams=`, `/private/ws`), as Binance's own connector opens
 * it, takes listen keys live with the market streams' control messages (SUBSCRIBE,
 * UNSUBSCRIBE, LIST_SUBSCRIPTIONS, SET_PROPERTY combined; an unknown key is an invalid stream),
 * on every private socket: clients without ping frames (browsers, Deno, Node's global WebSocket)
 * probe a quiet stream with LIST_SUBSCRIPTIONS.
 * When a key expires (60 minutes without a keepalive, or `expireListenKeys()`), its socket gets
 * `listenKeyExpired` and nothing more for that key, as on Binance: the client has to create a
 * key and subscribe or reconnect.
 */
import { WebSocketServer, type WebSocket } from 'ws';
import { rejectUpgrade } from '../server/responses';
import { handleControl, type ControlTarget } from '../streams/control';
import type { UpgradeRoute } from '../server/router';
import type { Futures } from './trading/futures';

/** How often open streams check whether their listen key has expired. */
const EXPIRY_CHECK_MS = 100;

/** A socket's framing, changeable live (SET_PROPERTY combined). */
interface Framing {
  combined: boolean;
}

/** One listen key's events on one socket. */
interface PrivateStream {
  readonly ws: WebSocket;
  readonly key: string;
  readonly framing: Framing;
  stop(): void;
}

/** The listen key (none: subscribed live) and framing a `/private/…` URL asks for, or undefined. */
function parseUrl(url: string): { key?: string; combined: boolean } | undefined {
  const { pathname, searchParams } = new URL(url, 'http://local');
  const raw = /^\/private\/ws\/([^/]+)$/.exec(pathname);
  if (raw) return { key: raw[1]!, combined: false };
  if (pathname === '/private/ws') {
    return { key: searchParams.get('listenKey') ?? undefined, combined: false };
  }
  if (pathname === '/private/stream') {
    return { key: searchParams.get('streams') || undefined, combined: true };
  }
  return undefined;
}

export function usdmPrivateRoute(
  futures: Futures,
  maxStreams: number,
): UpgradeRoute & {
  /** The open `/private` sockets, with a key or not (the faults' dropAll drops them). */
  readonly connections: ReadonlySet<{ terminate(): void }>;
  close(): void;
  expireListenKeys(): void;
} {
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  const streams = new Set<PrivateStream>();
  const send = (stream: PrivateStream, event: unknown) => {
    const data = stream.framing.combined ? { stream: stream.key, data: event } : event;
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

  /** Starts sending `key`'s account events on `ws` (nothing when the key is not valid). */
  const open = (ws: WebSocket, key: string, framing: Framing): void => {
    const entry = futures.listenKeys.find(key, Date.now());
    if (entry === undefined) return;
    const stopListening = futures.userEvents.listen(entry.accountId, (event) =>
      send(stream, event),
    );
    const stream: PrivateStream = {
      ws,
      key,
      framing,
      stop: () => {
        stopListening();
        streams.delete(stream);
      },
    };
    streams.add(stream);
    ws.on('close', () => stream.stop());
  };

  /** The listen keys of `ws`, as the control messages see them. */
  const controlTarget = (ws: WebSocket, framing: Framing): ControlTarget => {
    const ofSocket = () => [...streams].filter((s) => s.ws === ws);
    return {
      get subscriptions() {
        return new Set(ofSocket().map((s) => s.key));
      },
      get combined() {
        return framing.combined;
      },
      set combined(value) {
        framing.combined = value;
      },
      maxStreams,
      subscribe: (keys) => {
        const subscribed = new Set(ofSocket().map((s) => s.key));
        for (const key of keys) if (!subscribed.has(key)) open(ws, key, framing);
      },
      unsubscribe: (keys) => {
        for (const s of ofSocket()) if (keys.includes(s.key)) s.stop();
      },
      parseStreamName: (name) =>
        futures.listenKeys.find(name, Date.now()) === undefined ? undefined : name,
    };
  };

  return {
    get connections() {
      return wss.clients;
    },
    matches: (pathname) => pathname.startsWith('/private/'),
    upgrade: (req, socket, head) => {
      const parsed = parseUrl(req.url ?? '/');
      if (parsed === undefined) {
        rejectUpgrade(socket, 404, { code: -1, msg: 'Unknown /private path.' });
        return;
      }
      const { key } = parsed;
      if (key !== undefined && futures.listenKeys.find(key, Date.now()) === undefined) {
        rejectUpgrade(socket, 400, { code: -1125, msg: 'This listenKey does not exist.' });
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => {
        const framing: Framing = { combined: parsed.combined };
        if (key !== undefined) open(ws, key, framing);
        const target = controlTarget(ws, framing);
        ws.on('message', (data) => {
          ws.send(handleControl(String(data), target));
        });
      });
    },
    expireListenKeys: () => {
      const now = Date.now();
      futures.listenKeys.expireAll(now);
      expireDue(now);
    },
    close: () => {
      clearInterval(timer);
      for (const stream of [...streams]) {
        stream.stop();
        stream.ws.terminate();
      }
      for (const ws of wss.clients) ws.terminate(); // sockets without a key
      wss.close();
    },
  };
}
