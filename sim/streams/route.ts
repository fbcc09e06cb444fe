/**
 * Upgrade route of the market streams: `/ws…` and `/stream…`, or the same paths under a prefix
 * for another wire (SBE: `/sbe/ws…`, with its own stream names and a key check on the upgrade).
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { UpgradeRoute } from '../server/router';
import { rejectUpgrade } from '../server/responses';
import { MarketConnection, type ConnectionContext } from './connection';
import { isStreamPath, parseStreamUrl } from './url';

/** How a route differs from the JSON streams at the root. */
export interface StreamRouteVariant {
  /** Path prefix, e.g. `/sbe`. */
  readonly prefix: string;
  /** Checks the upgrade request; answers it itself and returns false to refuse. */
  readonly authorize?: (req: IncomingMessage, socket: Duplex) => boolean;
}

export function marketStreamRoute(
  ctx: ConnectionContext,
  variant: StreamRouteVariant = { prefix: '' },
): UpgradeRoute & { close(): void } {
  const wss = new WebSocketServer({ noServer: true, autoPong: false, perMessageDeflate: false });
  const { prefix, authorize } = variant;
  return {
    matches: (pathname) =>
      prefix === ''
        ? isStreamPath(pathname)
        : pathname.startsWith(`${prefix}/`) && isStreamPath(pathname.slice(prefix.length)),
    upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
      if (authorize !== undefined && !authorize(req, socket)) return;
      const url = (req.url ?? '/').slice(prefix.length);
      const parsed = parseStreamUrl(url, ctx.options.maxStreamsPerConnection, ctx.wire.parse);
      if (!parsed.ok) {
        rejectUpgrade(socket, parsed.status, parsed.body);
        return;
      }
      wss.handleUpgrade(
        req,
        socket,
        head,
        (ws) => new MarketConnection(ws, socket, parsed.url, ctx),
      );
    },
    close: () => wss.close(),
  };
}
