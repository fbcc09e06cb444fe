import type { OperatorFunction } from 'rxjs';
import { connectionPathsOf } from '../connection/event-paths';
import type { ConnectionEvent } from '../connection/events';
import type { BinanceRxError } from '../errors';
import { pick, SKIP } from './pick';

/**
 * Keeps the non-fatal `error` events of a connection and emits their error. On a connection
 * itself, its shared error path: messages never go through it.
 */
export function keepErrorsOnly(): OperatorFunction<ConnectionEvent, BinanceRxError> {
  return (source) =>
    connectionPathsOf(source)?.errors ??
    pick(source, (event) => (event.type === 'error' ? event.error : SKIP));
}
