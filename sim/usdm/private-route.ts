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
import type { FaultState } from '../faults/state';
import type { ResolvedOptions } from '../options';
import { rejectUpgrade } from '../server/responses';
import type { UpgradeRoute } from '../server/router';
import { handleControl, type ControlTarget } from '../streams/control';
import { ServedSocket } from '../streams/served-socket';
import type { Futures } from './trading/futures';

/** How often open streams check whether their listen key has expired. */
const EXPIRY_CHECK_MS = 100;

/** A socket's framing, changeable live (SET_PROPERTY combined). */
interface Framing {
  combined: boolean;
}

/**
 * A `/private` socket: pings, limits, lifetime and faults as every market-stream socket
 * (`ServedSocket`); its text frames are control messages.
 */
class PrivateSocket extends ServedSocket {
  target: ControlTarget | undefined;

  constructor(
    ws: WebSocket,
    options: ResolvedOptions,
    faults: FaultState,
    private readonly onClosed: () => void,
  ) {
    super(ws, options, faults);
  }

  protected answer(text: string): string | undefined {
    return this.target && handleControl(text, this.target);
  }

  protected closed(): void {
    this.onClosed();
  }
}

/** One listen key's events on one socket. */
interface PrivateStream {
  readonly socket: PrivateSocket;
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
  options: ResolvedOptions,
  faults: FaultState,
): UpgradeRoute & {
  /** The open `/private` sockets, with a key or not (the faults act on them). */
  readonly connections: ReadonlySet<ServedSocket>;
  close(): void;
  expireListenKeys(): void;
} {
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false });
  const sockets = new Set<PrivateSocket>();
  const streams = new Set<PrivateStream>();
  const send = (stream: PrivateStream, event: unknown) => {
    const data = stream.framing.combined ? { stream: stream.key, data: event } : event;
    stream.socket.deliver(JSON.stringify(data));
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

  /** Starts sending `key`'s account events on `socket` (nothing when the key is not valid). */
  const open = (socket: PrivateSocket, key: string, framing: Framing): void => {
    const entry = futures.listenKeys.find(key, Date.now());
    if (entry === undefined) return;
    const stopListening = futures.userEvents.listen(entry.accountId, (event) =>
      send(stream, event),
    );
    const stream: PrivateStream = {
      socket,
      key,
      framing,
      stop: () => {
        stopListening();
        streams.delete(stream);
      },
    };
    streams.add(stream);
  };

  /** The listen keys of `socket`, as the control messages see them. */
  const controlTarget = (socket: PrivateSocket, framing: Framing): ControlTarget => {
    const ofSocket = () => [...streams].filter((s) => s.socket === socket);
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
      maxStreams: options.maxStreamsPerConnection,
      subscribe: (keys) => {
        const subscribed = new Set(ofSocket().map((s) => s.key));
        for (const key of keys) if (!subscribed.has(key)) open(socket, key, framing);
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
      return sockets;
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
        const served: PrivateSocket = new PrivateSocket(ws, options, faults, () => {
          for (const stream of [...streams]) if (stream.socket === served) stream.stop();
          sockets.delete(served);
        });
        sockets.add(served);
        served.target = controlTarget(served, framing);
        if (key !== undefined) open(served, key, framing);
      });
    },
    expireListenKeys: () => {
      const now = Date.now();
      futures.listenKeys.expireAll(now);
      expireDue(now);
    },
    close: () => {
      clearInterval(timer);
      for (const stream of [...streams]) stream.stop();
      for (const served of [...sockets]) served.terminate();
      wss.close();
    },
  };
}
