/**
 * The logging contract. Any object with `debug`, `info`, `warn` and `error` taking
 * `(message, fields?)` is a `Logger`: `console`, a `consoleLogger`, a `debugLogger`, or pino
 * through `fieldsFirstLogger`.
 */

/** Structured data attached to a log line. */
export type LogFields = Readonly<Record<string, unknown>>;

/** A leveled logger. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** `false` when `debug` lines are discarded: hot paths (raw frames) then skip building them. */
  readonly debugEnabled?: boolean;
}

/** Builds the logger of one namespace, e.g. `binance-rx:connection`. */
export type LoggerFactory = (namespace: string) => Logger;

/** What the `logger` option accepts: one logger for every namespace, or a factory. */
export type LoggerOption = Logger | LoggerFactory;

const ignore = (): void => {};

/** The default logger: writes nothing. */
export const silentLogger: Logger = {
  debug: ignore,
  info: ignore,
  warn: ignore,
  error: ignore,
  debugEnabled: false,
};

/** Whether a logger writes `debug` lines; `debugEnabled` left out means yes. */
export function isDebugEnabled(logger: Logger): boolean {
  return logger.debugEnabled !== false;
}
