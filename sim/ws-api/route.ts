/** Placeholder for the WebSocket API (`/ws-api/v3`): its methods will live in this folder. */
import type { UpgradeRoute } from '../server/router';
import { rejectUpgrade } from '../server/responses';

export const wsApiRoute = (): UpgradeRoute => ({
  matches: (pathname) => pathname === '/ws-api/v3',
  upgrade: (_req, socket) =>
    rejectUpgrade(socket, 404, {
      code: -1,
      msg: 'The WebSocket API is not implemented by the local exchange yet.',
    }),
});
