import { formatFields } from './format-fields';
import { silentLogger, type LogFields, type Logger, type LoggerFactory } from './logger';
import { namespaceMatcher } from './namespace-pattern';

/** Options of `debugLogger`. */
export interface DebugLoggerOptions {
  /** Where lines go; defaults to `console.error` (stderr, as `debug` does). */
  readonly write?: (line: string) => void;
}

/**
 * The `debug` convention: namespaces matching `pattern` (e.g. `binance-rx:*`) write every level as
 * `<namespace> <level> <message> <fields as JSON>`; the others are silent. The pattern is a plain
 * string: in Node, `debugLoggerFromEnv()` reads it from `DEBUG`.
 */
export function debugLogger(pattern: string, options: DebugLoggerOptions = {}): LoggerFactory {
  const matches = namespaceMatcher(pattern);
  const write = options.write ?? ((line: string) => console.error(line));
  return (namespace) => (matches(namespace) ? lineLogger(namespace, write) : silentLogger);
}

function lineLogger(namespace: string, write: (line: string) => void): Logger {
  const line = (level: string) => (message: string, fields?: LogFields) =>
    write(`${namespace} ${level} ${message}${formatFields(fields)}`);
  return { debug: line('debug'), info: line('info'), warn: line('warn'), error: line('error') };
}
