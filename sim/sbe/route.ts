/**
 * SBE market data streams: `/sbe/ws…` and `/sbe/stream…`, as `stream-sbe.binance.com` serves
 * them. The upgrade needs an Ed25519 API key of the exchange in `X-MBX-APIKEY` (no signature);
 * then the connection behaves as a market-stream one (SUBSCRIBE and friends in JSON text frames)
 * and events arrive as binary SBE frames.
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { KeyRing } from '../api/keys';
import { ApiError } from '../api/errors';
import type { UpgradeRoute } from '../server/router';
import { rejectUpgrade } from '../server/responses';
import { MarketConnection, type ConnectionContext } from '../streams/connection';
import { isStreamPath, parseStreamUrl } from '../streams/url';
import { parseSbeStreamName, SBE_WIRE } from './names';

const PREFIX = '/sbe';

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
  const wss = new WebSocketServer({ noServer: true, autoPong: false, perMessageDeflate: false });
  const context: ConnectionContext = { ...ctx, wire: SBE_WIRE };
  return {
    matches: (pathname) =>
      pathname.startsWith(`${PREFIX}/`) && isStreamPath(pathname.slice(PREFIX.length)),
    upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
      if (!authorized(req, socket, keys)) return;
      const url = (req.url ?? '/').slice(PREFIX.length);
      const parsed = parseStreamUrl(url, ctx.options.maxStreamsPerConnection, parseSbeStreamName);
      if (!parsed.ok) {
        rejectUpgrade(socket, parsed.status, parsed.body);
        return;
      }
      wss.handleUpgrade(
        req,
        socket,
        head,
        (ws) => new MarketConnection(ws, socket, parsed.url, context),
      );
    },
    close: () => wss.close(),
  };
}
