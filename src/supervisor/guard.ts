/**
 * Every socket callback is a trust boundary: what runs inside it (frame parsing, protocol code,
 * user listeners) must not throw into the WebSocket's event loop, where it would crash the
 * process (`ws` re-throws from its EventEmitter) or silently stop the socket.
 */
import { BinanceRxError, CallbackError } from '../errors';

/**
 * Runs `body`; an exception becomes a `CallbackError` (or the typed error thrown) for `report`.
 * One argument at most: no rest array is allocated per call on the message path.
 */
export function guarded<A = void>(
  callback: string,
  socketId: number,
  report: (error: BinanceRxError) => void,
  body: (arg: A) => void,
): (arg: A) => void {
  return (arg) => {
    try {
      body(arg);
    } catch (cause) {
      reportCallbackError(report, callback, socketId, cause);
    }
  };
}

/**
 * What `guarded` does with an exception: `cause` as a `CallbackError` (or the typed error thrown)
 * to `report`, which may throw itself. For a callback that catches on its own (the message path).
 */
export function reportCallbackError(
  report: (error: BinanceRxError) => void,
  callback: string,
  socketId: number,
  cause: unknown,
): void {
  const error =
    cause instanceof BinanceRxError ? cause : new CallbackError(callback, socketId, { cause });
  try {
    report(error);
  } catch {
    // The error channel itself threw (a user's error listener): nothing is left to tell.
  }
}
