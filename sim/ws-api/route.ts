/**
 * A WebSocket API endpoint (Spot's `/ws-api/v3`, USDⓈ-M futures' `/ws-fapi/v1`, each with the
 * methods of its product): one `WsApiConnection` per socket. Connecting costs 2
 * request weight (`web-socket-api.md`, "IP limits"); a client over its weight limit or banned is
 * refused with the same -1003 answer (429 / 418) as a request; a bad `timeUnit` gets 400 -1194.
 */
import { WebSocketServer } from 'ws';
import type { WsApiMethods } from '../api/catalog';
import type { ApiDeps } from '../api/deps';
import type { FaultState } from '../faults/state';
import { rejectUpgrade } from '../server/responses';
import type { UpgradeRoute } from '../server/router';
import { WsApiConnection } from './connection';
import { parseWsApiUrl } from './url';

/** Request weight of opening a connection. */
const CONNECT_WEIGHT = 2;

export interface WsApiRoute extends UpgradeRoute {
  /** The open connections (faults act on them). */
  readonly connections: ReadonlySet<WsApiConnection>;
  /** Closes every connection of its set (shared endpoints: all of them) and stops accepting new ones. */
  close(): void;
}

/** Where an endpoint is served and what it serves. */
export interface WsApiEndpoint {
  /** `/ws-api/v3` or `/ws-fapi/v1`. */
  readonly path: string;
  readonly catalog: WsApiMethods;
  /** The open connections; endpoints may share one set, so that faults reach them all. */
  readonly connections: Set<WsApiConnection>;
}

export function wsApiRoute(deps: ApiDeps, endpoint: WsApiEndpoint, faults: FaultState): WsApiRoute {
  const wss = new WebSocketServer({ noServer: true, autoPong: false, perMessageDeflate: false });
  const { path, catalog, connections } = endpoint;
  const context = { deps, catalog, faults, connections };
  return {
    connections,
    matches: (pathname) => pathname === path,
    upgrade: (req, socket, head) => {
      const parsed = parseWsApiUrl(req.url ?? '/');
      if (!parsed.ok) {
        rejectUpgrade(socket, 400, parsed.body);
        return;
      }
      const client = req.socket.remoteAddress ?? 'unknown';
      const admission = deps.limits.admit(client, CONNECT_WEIGHT, Date.now());
      if (!admission.ok) {
        rejectUpgrade(socket, admission.status, { code: -1003, msg: admission.msg });
        return;
      }
      wss.handleUpgrade(req, socket, head, (ws) => {
        new WsApiConnection(
          ws,
          client,
          parsed.url.returnRateLimits,
          context,
          parsed.url.microseconds,
        );
      });
    },
    close: () => {
      for (const connection of [...connections]) connection.terminate();
      wss.close();
    },
  };
}
