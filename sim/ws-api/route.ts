/** The WebSocket API endpoint (`/ws-api/v3`): one `WsApiConnection` per socket. */
import { WebSocketServer } from 'ws';
import type { Catalog } from '../api/catalog';
import type { ApiDeps } from '../api/deps';
import type { FaultState } from '../faults/state';
import type { UpgradeRoute } from '../server/router';
import { WsApiConnection } from './connection';

export interface WsApiRoute extends UpgradeRoute {
  /** The open connections (faults act on them). */
  readonly connections: ReadonlySet<WsApiConnection>;
  /** Closes every WebSocket API connection and clears its timers. */
  close(): void;
}

export function wsApiRoute(deps: ApiDeps, catalog: Catalog, _faults: FaultState): WsApiRoute {
  const wss = new WebSocketServer({ noServer: true, autoPong: true, perMessageDeflate: false });
  const connections = new Set<WsApiConnection>();
  return {
    connections,
    matches: (pathname) => pathname === '/ws-api/v3',
    upgrade: (req, socket, head) => {
      const url = new URL(req.url ?? '/', 'http://local');
      const returnRateLimits = url.searchParams.get('returnRateLimits') !== 'false';
      wss.handleUpgrade(req, socket, head, (ws) => {
        const client = req.socket.remoteAddress ?? 'unknown';
        const connection = new WsApiConnection(ws, deps, catalog, client, returnRateLimits, (c) =>
          connections.delete(c),
        );
        connections.add(connection);
      });
    },
    close: () => {
      for (const connection of [...connections]) connection.terminate();
      wss.close();
    },
  };
}
