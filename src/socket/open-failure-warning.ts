/**
 * Makes a connection that cannot open visible by default: the first failure to open a socket
 * is one warning (host, cause, when the next attempt is), then at most one per `everyMs` (a
 * minute) while it keeps failing, on the scheduler's clock, with the count of failures since the
 * last warning. A socket that opens ends the streak: the next failure warns again at once.
 * Without a `logger` option the warning goes to the console; with one, to its connection
 * namespace.
 */
import type { SchedulerLike } from 'rxjs';
import { consoleLogger } from '../logging/console-logger';
import type { Logger, LoggerOption } from '../logging/logger';

export interface OpenFailureWarning {
  /** A socket opened. */
  opened(): void;
  /** A socket closed; it warns when the socket never opened. `nextRetryMs` undefined: gave up. */
  closed(url: string, cause: string, nextRetryMs: number | undefined): void;
}

/** Default of `everyMs`. */
export const OPEN_FAILURE_WARNING_EVERY_MS = 60_000;

/** The logger warnings go to: the connection's own, or the console when none was given. */
export function openFailureLogger(option: LoggerOption | undefined, own: Logger): Logger {
  return option === undefined ? consoleLogger({ level: 'warn' })('binance-rx') : own;
}

export function openFailureWarning(
  logger: Logger,
  scheduler: SchedulerLike,
  everyMs: number = OPEN_FAILURE_WARNING_EVERY_MS,
): OpenFailureWarning {
  let open = false;
  let lastWarnedAt: number | undefined;
  let since = 0;
  return {
    opened() {
      open = true;
      lastWarnedAt = undefined;
      since = 0;
    },
    closed(url, cause, nextRetryMs) {
      const wasOpen = open;
      open = false;
      if (wasOpen) return;
      since += 1;
      const now = scheduler.now();
      if (lastWarnedAt !== undefined && now - lastWarnedAt < everyMs) return;
      lastWarnedAt = now;
      const host = hostOf(url);
      const next =
        nextRetryMs === undefined ? 'giving up' : `retrying in ${Math.round(nextRetryMs)} ms`;
      const failures = since;
      since = 0;
      logger.warn(`cannot connect to ${host}: ${cause || 'no reason given'}; ${next}`, {
        host,
        cause,
        nextRetryMs,
        failures,
      });
    },
  };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
