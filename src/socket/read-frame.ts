/**
 * A received frame, read once: decoded to text, logged raw (redacted), parsed as JSON. A frame
 * that is not text or not JSON is reported as `MalformedMessageError` and yields nothing.
 */
import type { SchedulerLike } from 'rxjs';
import { MalformedMessageError } from '../errors';
import type { Logger } from '../logging/logger';
import { logRawFrame } from '../logging/raw-frame';
import { decodeFrame } from './decode-frame';

/** What nothing was read from: `readFrame` returns it for a malformed frame. */
export const NOTHING: unique symbol = Symbol('nothing');

export function readFrame(
  data: unknown,
  log: { readonly logger: Logger; readonly scheduler: SchedulerLike; readonly socket: number },
  report: (error: MalformedMessageError) => void,
): { readonly text: string; readonly value: unknown } | typeof NOTHING {
  const text = decodeFrame(data);
  if (text === undefined) {
    report(new MalformedMessageError(String(data).slice(0, 200), 'not a text frame'));
    return NOTHING;
  }
  logRawFrame(log.logger, log.scheduler, log.socket, text);
  try {
    return { text, value: JSON.parse(text) as unknown };
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : 'invalid JSON';
    report(new MalformedMessageError(text.slice(0, 200), reason, { cause }));
    return NOTHING;
  }
}
