import { WebSocket as NodeWebSocket } from 'ws';
import type { WebSocketConstructor } from './web-socket-like';

/**
 * The WebSocket used when none is injected. On Node.js it is always the `ws` package's, even where
 * Node has a global `WebSocket` (22+): `ws` shows ping frames (the heartbeat), takes handshake
 * headers and an `agent` (proxies), and reports a rejected handshake's status. Browsers, Bun and
 * Deno use their own; a platform without one falls back to `ws`.
 */
export function defaultWebSocket(): WebSocketConstructor {
  const platform = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (platform === undefined || isNode()) return NodeWebSocket;
  return platform;
}

/** Node.js itself, not Bun or Deno (which also define `process.versions.node`). */
export function isNode(): boolean {
  const scope = globalThis as {
    process?: { versions?: Record<string, string | undefined> };
    Deno?: unknown;
    Bun?: unknown;
  };
  const versions = scope.process?.versions;
  return versions?.node !== undefined && scope.Bun === undefined && scope.Deno === undefined;
}
