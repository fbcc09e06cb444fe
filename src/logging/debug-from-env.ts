import { debugLogger, type DebugLoggerOptions } from './debug-logger';
import type { LoggerFactory } from './logger';

/**
 * Node-only helper: `debugLogger` with the pattern read from the `DEBUG` environment variable
 * (`DEBUG=binance-rx:* node app.js`). Silent when `DEBUG` is unset or there is no `process`.
 */
export function debugLoggerFromEnv(options?: DebugLoggerOptions): LoggerFactory {
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process
    ?.env;
  return debugLogger(env?.['DEBUG'] ?? '', options);
}
