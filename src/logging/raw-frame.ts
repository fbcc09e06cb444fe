/**
 * The raw-socket loggers' line: one per frame, with the scheduler's timestamp, the socket and
 * the frame redacted (`apiKey`, `signature`, `listenKey`). Skipped unless debug is enabled.
 */
import type { SchedulerLike } from 'rxjs';
import { isDebugEnabled, type Logger } from './logger';
import { redact } from './redact';

export function logRawFrame(
  logger: Logger,
  scheduler: SchedulerLike,
  socket: number,
  text: string,
): void {
  if (isDebugEnabled(logger))
    logger.debug('frame', { at: scheduler.now(), socket, frame: redact(text) });
}
