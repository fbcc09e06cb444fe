/**
 * Reads a rejected WebSocket handshake where the platform shows it (`ws`'s `unexpected-response`
 * event; browsers, Bun and Deno hide the status). A 4xx answer other than 429 / 418 is reported
 * as a `HandshakeRejectedError` with the status and the start of the body; any other status is
 * left as the plain socket error it was. Either way the socket is then closed as before, so the
 * connection retries on its backoff.
 */
import { HandshakeRejectedError } from '../errors';
import { redact } from '../logging/redact';
import type { WebSocketLike } from './web-socket-like';

/** Body read from a rejected handshake, at most. */
const MAX_BODY_CHARS = 1_000;

interface ResponseLike {
  readonly statusCode?: number;
  on(event: 'data', listener: (chunk: unknown) => void): unknown;
  on(event: 'end' | 'error', listener: () => void): unknown;
}

interface EmitterLike {
  listenerCount(event: string): number;
  on(event: 'unexpected-response', listener: (req: unknown, res: ResponseLike) => void): unknown;
  terminate?(): void;
}

/** A status that means the request itself is wrong (not rate limited or banned). */
export const isRejection = (status: number): boolean =>
  status >= 400 && status < 500 && status !== 429 && status !== 418;

/**
 * Watches `ws`'s handshake; `report` gets a `HandshakeRejectedError` for a rejection, its URL
 * redacted (a USDⓈ-M user data URL holds the listen key).
 */
export function watchHandshake(
  ws: WebSocketLike,
  url: string,
  report: (error: HandshakeRejectedError) => void,
): void {
  const emitter = ws as unknown as Partial<EmitterLike>;
  // Only an EventEmitter (`ws`) has the event; other sockets with `on` (test doubles) may not.
  if (typeof emitter.listenerCount !== 'function') return;
  emitter.on!('unexpected-response', (_req, res) => {
    const status = Number(res.statusCode);
    let body = '';
    res.on('data', (chunk) => {
      if (body.length < MAX_BODY_CHARS) body += String(chunk);
    });
    res.on('end', () => {
      if (isRejection(status)) {
        report(new HandshakeRejectedError(redact(url), status, body.slice(0, MAX_BODY_CHARS)));
      }
      // With a listener, ws leaves the socket connecting: abort it, which closes it as ws would.
      emitter.terminate?.();
    });
    // A failed answer also ends the handshake (ws then reports the error and closes).
    res.on('error', () => emitter.terminate?.());
  });
}
