/**
 * What an order.place failure says about the order. Only three answers are possible, and only
 * the first two are conclusive:
 * - `rejected`: Binance answered with a definite error (`BinanceApiError`: a filter, the balance,
 *   the signature, the clock, a rate limit). The order does not exist.
 * - `notSent`: the request provably never left: it failed before sending (a parameter check,
 *   missing credentials, a signer failure, a rate-limit wait over `maxWaitMs`, errors thrown
 *   while subscribing) or timed out while still waiting for a socket (a `RequestTimeoutError`
 *   that was not `sent`). The order does not exist; the order's Observable errors with that error.
 * - `unknown`: anything else. Binance's -1006 / -1007 ("execution status unknown"), a 5xx
 *   status, a timeout after sending (a WebSocket API request on its socket, a REST request once
 *   `fetch` was called), a dropped, silent or shut-down socket: the order may exist.
 */
import { BinanceApiError, BinanceRxError, RequestTimeoutError } from '../errors';

export type PlaceOutcome = 'rejected' | 'notSent' | 'unknown';

/** Binance codes whose own text says the execution status is unknown (`errors.md`). */
export const INCONCLUSIVE_CODES: ReadonlySet<number> = new Set([
  -1006, // UNEXPECTED_RESP: "An unexpected response was received from the message bus. Execution status unknown."
  -1007, // TIMEOUT: "Timeout waiting for response from backend server. Send status unknown; execution status unknown."
]);

/** Error codes of failures that happen before anything is sent. */
const BEFORE_SENDING: ReadonlySet<string> = new Set([
  'INVALID_PARAMETER',
  'MISSING_CREDENTIALS',
  'SIGNER_FAILED',
  'RATE_LIMIT_WAIT',
]);

/**
 * Classifies an order.place failure. `synchronous`: the error arrived while subscribing to the
 * request, before anything could be sent.
 */
export function placeOutcome(error: unknown, synchronous: boolean): PlaceOutcome {
  if (synchronous) return 'notSent';
  if (error instanceof BinanceApiError) {
    const inconclusive = INCONCLUSIVE_CODES.has(error.binanceCode) || error.status >= 500;
    return inconclusive ? 'unknown' : 'rejected';
  }
  if (error instanceof RequestTimeoutError && !error.sent) return 'notSent';
  if (error instanceof BinanceRxError && BEFORE_SENDING.has(error.code)) return 'notSent';
  return 'unknown';
}
