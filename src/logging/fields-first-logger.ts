import type { LogFields, Logger } from './logger';

type FieldsFirstMethod = (fields: object, message: string) => void;

/** A logger taking `(fields, message)`, as pino and bunyan do. */
export interface FieldsFirstTarget {
  debug: FieldsFirstMethod;
  info: FieldsFirstMethod;
  warn: FieldsFirstMethod;
  error: FieldsFirstMethod;
  /** pino's level check; used so raw frames are not built when `debug` is off. */
  isLevelEnabled?(level: string): boolean;
}

/**
 * Adapts a pino (or bunyan) logger, whose methods take `(fields, message)`, to `Logger`.
 * Passing pino directly also works, but pino would drop the fields.
 *
 * @example publicWebsocketConnection({ logger: fieldsFirstLogger(pino()) })
 */
export function fieldsFirstLogger(target: FieldsFirstTarget): Logger {
  const empty: LogFields = {};
  return {
    debug: (message, fields) => target.debug(fields ?? empty, message),
    info: (message, fields) => target.info(fields ?? empty, message),
    warn: (message, fields) => target.warn(fields ?? empty, message),
    error: (message, fields) => target.error(fields ?? empty, message),
    get debugEnabled() {
      return target.isLevelEnabled?.('debug') ?? true;
    },
  };
}
