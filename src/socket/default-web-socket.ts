import { WebSocket as NodeWebSocket } from 'ws';
import type { WebSocketConstructor } from './web-socket-like';

/** The WebSocket used when none is injected: the platform's if it has one, else the `ws` package's. */
export function defaultWebSocket(): WebSocketConstructor {
  const platform = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  return platform ?? NodeWebSocket;
}
