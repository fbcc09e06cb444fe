/**
 * What every generated `on<Event>()` calls: keeps the user data events of one type
 * (`executionReport`, `outboundAccountPosition`, …) from `session.userData()`, each checked
 * against its JSON Schema. An event that fails its schema is not emitted; it goes to `onInvalid`
 * as a `SchemaValidationError`, and the stream goes on.
 */
import { Observable, type OperatorFunction } from 'rxjs';
import type { Validator } from '../channels/descriptor';
import { SchemaValidationError } from '../errors';
import type { UserDataMessage } from './session';

export interface UserDataOptions {
  /** Check each event against its schema; default true. */
  readonly validate?: boolean;
  /** Told about each event that failed its schema (and was dropped). */
  readonly onInvalid?: (error: SchemaValidationError) => void;
}

export function userDataOperator<E>(
  eventType: string,
  schemaId: string,
  validate: Validator,
  options: UserDataOptions = {},
): OperatorFunction<UserDataMessage, E> {
  const check = options.validate ?? true;
  return (source) =>
    new Observable<E>((subscriber) =>
      source.subscribe({
        next: ({ event }) => {
          if (event.e !== eventType) return;
          if (check && !validate(event)) {
            const first = validate.errors?.[0];
            options.onInvalid?.(
              new SchemaValidationError(
                `userData:${eventType}`,
                schemaId,
                first?.instancePath ?? '',
                first?.schemaPath ?? '',
                first?.message ?? 'invalid',
                event,
              ),
            );
            return;
          }
          subscriber.next(event as E);
        },
        error: (error: unknown) => subscriber.error(error),
        complete: () => subscriber.complete(),
      }),
    );
}
