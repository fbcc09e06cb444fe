/**
 * Makes a connection that cannot open visible by default: the first failure to open a socket
 * is one warning (host, cause, when the next attempt is), then at most one per `everyMs` (a
 * minute) while it keeps failing, on the scheduler's clock, with the count of failures since the
 * last warning. A socket that opens ends the streak: the next failure warns again at once.
 * Without a `logger` option the warning goes to the console; with one, to its connection
 * namespace.
 */
import type { SchedulerLike } from 'rxjs';
import { silentLogger, type Logger, type LoggerOption } from '../logging/logger';

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
  return option === undefined ? consoleWarnings : own;
}

/** Warnings only, to the console, as `[binance-rx] message` and the fields. */
const consoleWarnings: Logger = {
  ...silentLogger,
  warn: (message, fields) => console.warn(`[binance-rx] ${message}`, fields),
};

export function openFailureWarning(
  logger: Logger,
  scheduler: SchedulerLike,
  everyMs: number = OPEN_FAILURE_WARNING_EVERY_MS,
): OpenFailureWarning {
  let open = false;
  let lastWarnedAt = Number.NEGATIVE_INFINITY;
  let failures = 0;
  return {
    opened() {
      open = true;
      lastWarnedAt = Number.NEGATIVE_INFINITY;
      failures = 0;
    },
    closed(url, cause, nextRetryMs) {
      if (open) {
        open = false;
        return;
      }
      failures += 1;
      const now = scheduler.now();
      if (now - lastWarnedAt < everyMs) return;
      lastWarnedAt = now;
      const host = /^\w+:\/\/([^/?#]+)/.exec(url)?.[1] ?? url;
      const next = nextRetryMs === undefined ? 'giving up' : `retrying in ${nextRetryMs} ms`;
      logger.warn(`cannot connect to ${host}: ${cause}; ${next}`, {
        host,
        cause,
        nextRetryMs,
        failures,
      });
      failures = 0;
    },
  };
}
