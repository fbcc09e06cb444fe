/**
 * Answers and pushed events apart, on a raw WebSocket API socket: for code that reads the socket
 * itself (rxjs `webSocket`, a platform WebSocket with `JSON.parse`) instead of a `wsApiSession`,
 * which correlates answers and routes user data events for you. A frame is an answer when it has
 * Binance's response shape (`id` a string, number or null, and a numeric `status`; see
 * `web-socket-api.md`, "Response format"); everything else (user data events
 * `{subscriptionId, event}`, the `serverShutdown` notice, anything unreadable) is not.
 */
import type { OperatorFunction } from 'rxjs';
import type { WsApiRateLimit } from '../ws-api/frames';
import { readWsApiFrame } from '../ws-api/frames';
import { pick, SKIP } from './pick';

/** A WebSocket API answer as Binance sends it. */
export interface WsApiAnswerFrame {
  readonly id: string | number | null;
  readonly status: number;
  readonly result?: unknown;
  readonly error?: { readonly code: number; readonly msg: string; readonly data?: unknown };
  readonly rateLimits?: readonly WsApiRateLimit[];
}

/** True when `frame` (a parsed frame) is an answer to a request. Never throws, never recurses. */
export function isWsApiAnswer(frame: unknown): frame is WsApiAnswerFrame {
  return readWsApiFrame(frame)?.kind === 'response';
}

/** Keeps the answers to requests of a raw WebSocket API socket's parsed frames, as they are. */
export function keepAnswersOnly(): OperatorFunction<unknown, WsApiAnswerFrame> {
  return (source) => pick(source, (frame) => (isWsApiAnswer(frame) ? frame : SKIP));
}

/** Drops the answers: keeps what the server pushed (user data events, `serverShutdown`, …). */
export function excludeAnswers(): OperatorFunction<unknown, unknown> {
  return (source) => pick(source, (frame) => (isWsApiAnswer(frame) ? SKIP : frame));
}
