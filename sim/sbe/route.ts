/**
 * SBE market data streams: `/sbe/ws…` and `/sbe/stream…`, as `stream-sbe.binance.com` serves
 * them. The upgrade needs an Ed25519 API key of the exchange in `X-MBX-APIKEY` (no signature);
 * then the connection behaves as a market-stream one (SUBSCRIBE and friends in JSON text frames)
 * and events arrive as binary SBE frames.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { KeyRing } from '../api/keys';
import { ApiError } from '../api/errors';
import type { UpgradeRoute } from '../server/router';
import { rejectUpgrade } from '../server/responses';
import type { ConnectionContext } from '../streams/connection';
import { marketStreamRoute } from '../streams/route';
import { SBE_WIRE } from './names';

/** Refuses the upgrade unless `X-MBX-APIKEY` names an Ed25519 key; true when it does. */
function authorized(req: IncomingMessage, socket: Duplex, keys: KeyRing): boolean {
  const header = req.headers['x-mbx-apikey'];
  const apiKey = Array.isArray(header) ? header[0] : header;
  try {
    if (keys.caller(apiKey).type === 'ED25519') return true;
    rejectUpgrade(socket, 401, { code: -2015, msg: 'Only Ed25519 API keys are allowed.' });
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    rejectUpgrade(socket, 401, { code: error.code, msg: error.msg });
  }
  return false;
}

export function sbeStreamRoute(
  ctx: Omit<ConnectionContext, 'wire'>,
  keys: KeyRing,
): UpgradeRoute & { close(): void } {
  return marketStreamRoute(
    { ...ctx, wire: SBE_WIRE },
    {
      prefix: '/sbe',
      authorize: (req, socket) => authorized(req, socket, keys),
    },
  );
}
