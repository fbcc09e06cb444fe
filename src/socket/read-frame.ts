/**
 * A received frame, read once: size-checked, decoded to text, logged raw (redacted), parsed as
 * JSON. A frame that is too large, empty, not text (a Blob), not UTF-8 or not JSON is reported as
 * `MalformedMessageError` and yields nothing. Never throws.
 */
import type { SchedulerLike } from 'rxjs';
import { MalformedMessageError } from '../errors';
import type { Logger } from '../logging/logger';
import { logRawFrame } from '../logging/raw-frame';
import { decodeFrame, frameKind, frameSize } from './decode-frame';

/**
 * The largest frame read, in characters (text frames) or bytes (binary frames): 64 MiB. Larger
 * frames are reported and dropped before they are decoded or parsed. Binance's largest answers
 * (a full `exchangeInfo` on the WebSocket API) are a few MB.
 */
export const MAX_FRAME_SIZE = 64 * 1024 * 1024;

/** What nothing was read from: `readFrame` returns it for a malformed frame. */
export const NOTHING: unique symbol = Symbol('nothing');

export function readFrame(
  data: unknown,
  log: { readonly logger: Logger; readonly scheduler: SchedulerLike; readonly socket: number },
  report: (error: MalformedMessageError) => void,
): { readonly text: string; readonly value: unknown } | typeof NOTHING {
  const text = textOf(data, report);
  if (text === undefined) return NOTHING;
  logRawFrame(log.logger, log.scheduler, log.socket, text);
  try {
    return { text, value: JSON.parse(text) as unknown };
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message.slice(0, 200) : 'invalid JSON';
    report(new MalformedMessageError(text.slice(0, 200), reason, { cause }));
    return NOTHING;
  }
}

function textOf(data: unknown, report: (error: MalformedMessageError) => void): string | undefined {
  const size = frameSize(data);
  if (size === undefined) {
    report(new MalformedMessageError(`(${frameKind(data)})`, 'not a text frame'));
    return undefined;
  }
  if (size === 0) {
    report(new MalformedMessageError('', 'empty frame'));
    return undefined;
  }
  if (size > MAX_FRAME_SIZE) {
    const reason = `frame of ${size} exceeds the ${MAX_FRAME_SIZE} limit`;
    report(new MalformedMessageError(`(${frameKind(data)})`, reason));
    return undefined;
  }
  try {
    return decodeFrame(data);
  } catch (cause) {
    report(new MalformedMessageError(`(${frameKind(data)})`, 'not UTF-8', { cause }));
    return undefined;
  }
}
