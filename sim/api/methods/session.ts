/**
 * Session authentication methods of the WebSocket API (`web-socket-api.md`, "Authentication
 * requests"): `session.logon` (signed, Ed25519 keys only), `session.status`, `session.logout`.
 * They act on the connection's session (`ws-api/session.ts`) and have no REST binding.
 */
import { sessionOf } from '../../ws-api/session';
import type { ApiDeps } from '../deps';
import { ApiError } from '../errors';
import type { ApiMethod } from '../method';
import { millis } from '../time-params';

/** Session authentication takes Ed25519 keys only; these are the answers for the others. */
const unsupportedKey = {
  HMAC: () => new ApiError(-4056, 'HMAC_SHA256 API key is not supported.'),
  RSA: () => new ApiError(-4057, 'RSA API key is not supported.'),
} as const;

export function sessionMethods(deps: ApiDeps): ApiMethod[] {
  return [
    {
      wsApi: 'session.logon',
      security: 'USER_DATA',
      weight: 2,
      handle: (params, ctx) => {
        // Signed even on a logged-on connection: the transport's check has verified them.
        const apiKey = params.string('apiKey', true);
        params.string('signature', true);
        const { type } = deps.keys.caller(apiKey);
        if (type !== 'ED25519') throw unsupportedKey[type]();
        const session = sessionOf(ctx);
        session.logOn(ctx.caller!, millis(params, 'timestamp', true)!, ctx.now);
        return session.status(ctx.now);
      },
    },
    {
      wsApi: 'session.status',
      security: 'NONE',
      weight: 2,
      handle: (_params, ctx) => sessionOf(ctx).status(ctx.now),
    },
    {
      wsApi: 'session.logout',
      security: 'NONE',
      weight: 2,
      handle: (_params, ctx) => {
        const session = sessionOf(ctx);
        session.logOut(ctx.now);
        return session.status(ctx.now);
      },
    },
  ];
}
