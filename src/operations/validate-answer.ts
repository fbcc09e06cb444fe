/**
 * Opt-in validation of answers (`validateResponses` on the REST client and the WebSocket API
 * session). An answer is never lost: it is emitted as Binance sent it, and when it fails its
 * operation's JSON Schema a `SchemaValidationError` (schema path, operation) is reported after
 * it: as the Observable's error in place of completion (`true`), or to a callback, after which
 * the Observable completes as usual (a function). A callback that throws does not break the
 * socket callback or fetch that delivered the answer: the Observable errors with a
 * `CallbackError` (its `cause` what the callback threw) in place of completion.
 */
import { Observable, type MonoTypeOperatorFunction } from 'rxjs';
import { CallbackError, SchemaValidationError } from '../errors';
import type { OperationDescriptor } from './descriptor';

/**
 * `false` (default): answers are not checked. `true`: an answer failing its schema is emitted,
 * then the Observable errors with `SchemaValidationError`. A function: it receives the error and
 * the Observable completes normally (or errors with `CallbackError` if the function throws).
 */
export type ValidateResponses = boolean | ((error: SchemaValidationError) => void);

/** The error for an answer that fails its schema, or undefined when it passes. */
export function answerError(
  descriptor: OperationDescriptor<object, unknown>,
  answer: unknown,
): SchemaValidationError | undefined {
  if (descriptor.validate(answer)) return undefined;
  const first = descriptor.validate.errors?.[0];
  return new SchemaValidationError(
    `${descriptor.operation} answer`,
    descriptor.schemaId,
    first?.instancePath ?? '',
    first?.schemaPath ?? '',
    first?.message ?? 'does not match the schema',
    answer,
    descriptor.operation,
  );
}

/** Emits every answer; reports the first that fails its schema as `option` says. */
export function validateAnswers<R>(
  descriptor: OperationDescriptor<object, unknown>,
  option: ValidateResponses | undefined,
): MonoTypeOperatorFunction<R> {
  if (!option) return (source) => source;
  return (source) =>
    new Observable<R>((subscriber) => {
      let failed: SchemaValidationError | CallbackError | undefined;
      return source.subscribe({
        next(answer) {
          subscriber.next(answer);
          const error = answerError(descriptor, answer);
          if (error === undefined) return;
          if (typeof option !== 'function') {
            failed ??= error;
            return;
          }
          try {
            option(error);
          } catch (cause) {
            failed ??= new CallbackError('validateResponses', undefined, { cause });
          }
        },
        error: (error: unknown) => subscriber.error(error),
        complete: () => (failed ? subscriber.error(failed) : subscriber.complete()),
      });
    });
}
