/** Placeholder for the REST API (`/api/v3/…`): its transport will live in this folder. */
import type { Catalog } from '../api/catalog';
import type { ApiDeps } from '../api/deps';
import type { HttpRoute } from '../server/router';
import { sendJson } from '../server/responses';

export const restRoute = (_deps: ApiDeps, _catalog: Catalog): HttpRoute => ({
  matches: (pathname) => pathname === '/api/v3' || pathname.startsWith('/api/v3/'),
  handle: (req, res) =>
    sendJson(res, 404, {
      code: -1,
      msg: `REST endpoint not implemented by the local exchange yet: ${req.method} ${req.url}`,
    }),
});
