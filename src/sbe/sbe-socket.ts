/**
 * A `WebSocketLike` for SBE market data: the `ws` package's socket opened with the API key in
 * `X-MBX-APIKEY` (browsers cannot set handshake headers, so this is Node only). Text frames
 * (control replies, `serverShutdown`) go to `onmessage` like any market-stream frame; binary
 * frames are decoded here and handed to `frames`, never to the JSON path. Each binary frame
 * also counts as a sign of life for the dead-socket watchdog (its `pong` listeners).
 */
import { WebSocket as NodeWebSocket } from 'ws';
import type {
  CloseEventLike,
  MessageEventLike,
  WebSocketConstructor,
  WebSocketLike,
} from '../socket/web-socket-like';

type Handler<E> = { handle(event: E): void }['handle'];

/** Where binary frames go: one DataView per frame, valid only during the call. */
export type BinaryFrameSink = (frame: DataView) => void;

export function sbeWebSocket(apiKey: string, frames: BinaryFrameSink): WebSocketConstructor {
  return class SbeSocket implements WebSocketLike {
    onopen: Handler<unknown> | null = null;
    onmessage: Handler<MessageEventLike> | null = null;
    onclose: Handler<CloseEventLike> | null = null;
    onerror: Handler<unknown> | null = null;
    private readonly ws: NodeWebSocket;
    private readonly alive: (() => void)[] = [];

    constructor(url: string) {
      this.ws = new NodeWebSocket(url, { headers: { 'X-MBX-APIKEY': apiKey } });
      this.ws.on('open', () => this.onopen?.(undefined));
      this.ws.on('message', (data: Buffer, isBinary: boolean) => {
        if (!isBinary) {
          this.onmessage?.({ data: data.toString() });
          return;
        }
        for (const seen of this.alive) seen();
        frames(new DataView(data.buffer, data.byteOffset, data.byteLength));
      });
      this.ws.on('close', (code: number, reason: Buffer) =>
        this.onclose?.({ code, reason: reason.toString() }),
      );
      this.ws.on('error', (error: Error) => this.onerror?.({ error, message: error.message }));
    }

    get readyState(): number {
      return this.ws.readyState;
    }

    send(data: string): void {
      this.ws.send(data);
    }

    close(code?: number, reason?: string): void {
      this.ws.close(code, reason);
    }

    on(event: 'ping' | 'pong', listener: () => void): this {
      if (event === 'pong') this.alive.push(listener);
      this.ws.on(event, listener);
      return this;
    }

    ping(): void {
      this.ws.ping();
    }

    terminate(): void {
      this.ws.terminate();
    }
  };
}
