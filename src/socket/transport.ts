/**
 * How a socket is opened: the WebSocket constructor, handshake headers (`X-MBX-APIKEY` for SBE
 * streams, a proxy's credentials) and an `agent` (an HTTP CONNECT or SOCKS proxy agent, a TLS
 * agent), or a factory that does it all itself. Resolved once per connection into the
 * constructor the socket code calls as `new WebSocket(url)`.
 */
import { defaultWebSocket } from './default-web-socket';
import type { WebSocketConstructor, WebSocketLike } from './web-socket-like';

/** What a WebSocket factory receives besides the URL. */
export interface WebSocketTransport {
  /** Extra handshake headers. */
  readonly headers?: Readonly<Record<string, string>>;
  /** An `http.Agent` for the handshake (`ws` in Node.js): a proxy agent, for example. */
  readonly agent?: unknown;
}

/** Opens a socket; receives the URL and the `headers` and `agent` options. */
export type WebSocketFactory = (url: string, transport: WebSocketTransport) => WebSocketLike;

/** The transport options of `publicWebsocketConnection` and `wsApiSession`. */
export interface WebSocketTransportOptions extends WebSocketTransport {
  /** WebSocket constructor; default `ws` on Node.js (even 22+), the platform's in browsers, Bun and Deno. */
  readonly WebSocket?: WebSocketConstructor;
  /**
   * Opens each socket instead of `new WebSocket(url, { headers, agent })`: for a proxy library
   * of your own, a WebSocket with other options (TLS, `perMessageDeflate`), or a test double.
   */
  readonly createWebSocket?: WebSocketFactory;
}

/**
 * The constructor the socket code uses. Without headers, agent or factory: the `WebSocket` given,
 * else the default. With headers or an agent, they go to the constructor as `ws` takes them (its
 * second argument, options); Bun's `WebSocket` takes `headers` the same way. Browsers cannot set
 * handshake headers: passing `headers` there is refused by the browser's constructor.
 */
export function resolveWebSocket(options: WebSocketTransportOptions): WebSocketConstructor {
  const { headers, agent, createWebSocket } = options;
  const Platform = options.WebSocket ?? defaultWebSocket();
  if (createWebSocket === undefined && headers === undefined && agent === undefined) {
    return Platform;
  }
  const transport: WebSocketTransport = { headers, agent };
  const open: WebSocketFactory =
    createWebSocket ??
    ((url, t) => new (Platform as unknown as new (u: string, o: object) => WebSocketLike)(url, t));
  // A function called with `new` that returns an object yields that object.
  return function OpenedWebSocket(url: string) {
    return open(url, transport);
  } as unknown as WebSocketConstructor;
}
