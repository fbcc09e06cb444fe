/** The one HTTP server of the exchange; tracks sockets so that close() ends everything. */
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import type { createRouter } from './router';

export class ExchangeServer {
  readonly server: Server;
  private readonly sockets = new Set<Socket>();

  constructor(router: ReturnType<typeof createRouter>) {
    this.server = createServer((req, res) => router.onRequest(req, res));
    this.server.on('upgrade', (req, socket, head) => router.onUpgrade(req, socket, head));
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
    this.server.on('clientError', (_error, socket) => socket.destroy());
  }

  get port(): number {
    const address = this.server.address();
    return typeof address === 'object' && address !== null ? address.port : 0;
  }

  listen(port: number, host: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      this.server.once('error', onError);
      this.server.listen(port, host, () => {
        this.server.off('error', onError);
        resolve();
      });
    });
  }

  /** Stops listening and destroys every socket (HTTP and upgraded). */
  close(): Promise<void> {
    return new Promise((resolve) => {
      if (!this.server.listening) {
        this.destroySockets();
        resolve();
        return;
      }
      this.server.close(() => resolve());
      this.destroySockets();
    });
  }

  destroySockets(): void {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }
}
