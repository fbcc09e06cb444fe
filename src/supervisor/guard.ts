/**
 * Every socket callback and every timer is a trust boundary: what runs inside it (frame parsing,
 * protocol code, user listeners and loggers) must not throw into the WebSocket's event loop or the
 * scheduler, where it would crash the process (`ws` re-throws from its EventEmitter, a timer of
 * `asyncScheduler` throws from `setInterval`) or silently stop the socket or the timer's work.
 * Every timer in src/ is scheduled through `guardedTimer` (the linter forbids `.schedule(` elsewhere).
 */
import type { SchedulerAction, SchedulerLike, Subscription } from 'rxjs';
import { BinanceRxError, CallbackError } from '../errors';
import type { Logger, LogFields } from '../logging/logger';

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
  socketId: number | undefined,
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

/** A timer's body; `this.schedule(undefined, delayMs)` runs it again, guarded as well. */
export type TimerBody = (this: SchedulerAction<unknown>) => void;

/**
 * `scheduler.schedule(body, delayMs)`, guarded: an exception in `body` becomes a `CallbackError`
 * (`callback`: the timer's name) for `report`, never thrown out of the scheduler.
 */
export function guardedTimer(
  scheduler: SchedulerLike,
  timer: string,
  report: (error: BinanceRxError) => void,
  body: TimerBody,
  delayMs = 0,
  socketId?: number,
): Subscription {
  // The one place in src/ that schedules: every other timer comes through here.
  // eslint-disable-next-line no-restricted-syntax
  return scheduler.schedule(function guardedBody(this: SchedulerAction<unknown>) {
    try {
      body.call(this);
    } catch (cause) {
      reportCallbackError(report, timer, socketId, cause);
    }
  }, delayMs);
}

/**
 * `logger`, whose every call is guarded: a user's logger that throws does not stop the code that
 * logs (a reconnect, a handover); its exception goes to `report` as a `CallbackError` (`logger`).
 */
export function reportingLogger(logger: Logger, report: (error: BinanceRxError) => void): Logger {
  const guardedLogger = {
    get debugEnabled() {
      return logger.debugEnabled;
    },
  } as { -readonly [K in keyof Logger]: Logger[K] };
  for (const level of ['debug', 'info', 'warn', 'error'] as const) {
    guardedLogger[level] = (message: string, fields?: LogFields) => {
      try {
        logger[level](message, fields);
      } catch (cause) {
        reportCallbackError(report, 'logger', undefined, cause);
      }
    };
  }
  return guardedLogger;
}
