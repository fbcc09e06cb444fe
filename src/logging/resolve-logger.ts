import { silentLogger, type LogFields, type Logger, type LoggerOption } from './logger';

/**
 * Turns the `logger` option into the logger of a namespace. A factory is called as is; a single
 * logger (e.g. `console`) gets the namespace added to every line's fields as `namespace`.
 */
export function resolveLogger(option: LoggerOption | undefined, namespace: string): Logger {
  if (option === undefined) return silentLogger;
  if (typeof option === 'function') return option(namespace);
  return withNamespace(option, namespace);
}

function withNamespace(target: Logger, namespace: string): Logger {
  const tag = (fields: LogFields | undefined): LogFields =>
    fields === undefined ? { namespace } : { namespace, ...fields };
  return {
    debug: (message, fields) => target.debug(message, tag(fields)),
    info: (message, fields) => target.info(message, tag(fields)),
    warn: (message, fields) => target.warn(message, tag(fields)),
    error: (message, fields) => target.error(message, tag(fields)),
    get debugEnabled() {
      return target.debugEnabled;
    },
  };
}
