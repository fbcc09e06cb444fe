/** Placeholder for the WebSocket API (`/ws-api/v3`): its transport will live in this folder. */
import type { Catalog } from '../api/catalog';
import type { ApiDeps } from '../api/deps';
import type { FaultState } from '../faults/state';
import type { UpgradeRoute } from '../server/router';
import { rejectUpgrade } from '../server/responses';

export interface WsApiRoute extends UpgradeRoute {
  /** Closes every WebSocket API connection and clears its timers. */
  close(): void;
}

export const wsApiRoute = (_deps: ApiDeps, _catalog: Catalog, _faults: FaultState): WsApiRoute => ({
  matches: (pathname) => pathname === '/ws-api/v3',
  upgrade: (_req, socket) =>
    rejectUpgrade(socket, 404, {
      code: -1,
      msg: 'The WebSocket API is not implemented by the local exchange yet.',
    }),
  close: () => undefined,
});
