/**
 * Which WebSocket the integration tests connect with. By default the library's own choice; with
 * `BINANCE_RX_TEST_WEBSOCKET=global` the platform's `globalThis.WebSocket` (Node 22+, or Node 20
 * with `--experimental-websocket`), which shows no ping frames: scripts/test.sh runs the
 * heartbeat and resilience tests both ways.
 */
import type { WebSocketConstructor } from '../../src/socket/web-socket-like';

export function webSocketUnderTest(): { WebSocket?: WebSocketConstructor } {
  if (process.env['BINANCE_RX_TEST_WEBSOCKET'] !== 'global') return {};
  const platform = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
  if (platform === undefined) {
    throw new Error(
      'BINANCE_RX_TEST_WEBSOCKET=global needs a global WebSocket (--experimental-websocket)',
    );
  }
  return { WebSocket: platform };
}
