import { silentLogger, type LogFields, type LoggerFactory } from './logger';

/** Log levels, least to most severe. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

const rank: Readonly<Record<LogLevel, number>> = { debug: 0, info: 1, warn: 2, error: 3 };

/** Options of `consoleLogger`. */
export interface ConsoleLoggerOptions {
  /** Lowest level written; defaults to `info` (raw frames, logged at `debug`, stay quiet). */
  readonly level?: LogLevel;
  /** The console to write to; defaults to the global `console`. */
  readonly console?: Pick<Console, LogLevel>;
}

/** Writes `[namespace] message` and the fields object to the console, from `level` up. */
export function consoleLogger(options: ConsoleLoggerOptions = {}): LoggerFactory {
  const min = rank[options.level ?? 'info'];
  const target = options.console ?? console;
  return (namespace) => {
    const at = (level: LogLevel) =>
      rank[level] < min
        ? silentLogger[level]
        : (message: string, fields?: LogFields) =>
            fields === undefined
              ? target[level](`[${namespace}] ${message}`)
              : target[level](`[${namespace}] ${message}`, fields);
    return {
      debug: at('debug'),
      info: at('info'),
      warn: at('warn'),
      error: at('error'),
      debugEnabled: min <= rank.debug,
    };
  };
}
