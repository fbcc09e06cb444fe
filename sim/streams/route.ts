/** Upgrade route of the market streams: `/ws…` and `/stream…`. */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import type { UpgradeRoute } from '../server/router';
import { rejectUpgrade } from '../server/responses';
import { MarketConnection, type ConnectionContext } from './connection';
import { isStreamPath, parseStreamUrl } from './url';

export function marketStreamRoute(ctx: ConnectionContext): UpgradeRoute & { close(): void } {
  const wss = new WebSocketServer({ noServer: true, autoPong: false, perMessageDeflate: false });
  return {
    matches: isStreamPath,
    upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
      const parsed = parseStreamUrl(req.url ?? '/', ctx.options.maxStreamsPerConnection);
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
