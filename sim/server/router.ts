/**
 * Routes by path. Market streams, the WebSocket API and REST each contribute routes from their
 * own folder; anything unmatched gets 404, and everything gets 503 while refusing connections.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { applyCors } from './cors';
import { notFound, rejectUpgrade, sendJson } from './responses';

export interface UpgradeRoute {
  matches(pathname: string): boolean;
  upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
}

export interface HttpRoute {
  matches(pathname: string): boolean;
  handle(req: IncomingMessage, res: ServerResponse): void;
}

export interface Routes {
  readonly upgrade: readonly UpgradeRoute[];
  readonly http: readonly HttpRoute[];
}

const REFUSED = {
  code: -1,
  msg: 'Service unavailable: the local exchange is refusing connections.',
};

const pathOf = (req: IncomingMessage): string => {
  const url = req.url ?? '/';
  const q = url.indexOf('?');
  return q < 0 ? url : url.slice(0, q);
};

export function createRouter(routes: Routes, refusing: () => boolean, control?: HttpRoute) {
  return {
    onRequest(req: IncomingMessage, res: ServerResponse): void {
      if (applyCors(req, res)) return;
      if (control?.matches(pathOf(req))) {
        control.handle(req, res);
        return;
      }
      if (refusing()) {
        res.shouldKeepAlive = false;
        sendJson(res, 503, REFUSED);
        return;
      }
      const pathname = pathOf(req);
      const route = routes.http.find((r) => r.matches(pathname));
      if (route) route.handle(req, res);
      else sendJson(res, 404, notFound(pathname));
    },
    onUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
      socket.on('error', () => socket.destroy());
      if (refusing()) {
        rejectUpgrade(socket, 503, REFUSED);
        return;
      }
      const pathname = pathOf(req);
      const route = routes.upgrade.find((r) => r.matches(pathname));
      if (route) route.upgrade(req, socket, head);
      else rejectUpgrade(socket, 404, notFound(pathname));
    },
  };
}
