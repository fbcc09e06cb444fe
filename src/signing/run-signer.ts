/**
 * Calls the user's signer behind a wall: a synchronous throw, a rejected promise (or a thenable
 * whose `then` throws) and a signer that does not answer within `timeoutMs` (on the scheduler) all
 * become a `SignerError` on the returned Observable, for the request that needed the signature. A
 * synchronous signer answers synchronously, so nothing waits a tick for it.
 */
import { Observable, type SchedulerLike } from 'rxjs';
import { SignerError, type BinanceRxError } from '../errors';
import { guardedTimer } from '../supervisor/guard';
import type { Signer } from './credentials';

/** Default time a signer is given, ms. */
export const DEFAULT_SIGN_TIMEOUT_MS = 10_000;

export interface RunSignerOptions {
  /** What needs the signature (named in the error). */
  readonly operation: string;
  readonly scheduler: SchedulerLike;
  readonly timeoutMs: number;
}

/** The signature of `payload`, once; or a `SignerError`. */
export function runSigner(
  sign: Signer,
  payload: string,
  options: RunSignerOptions,
): Observable<string> {
  const { operation, timeoutMs } = options;
  return new Observable<string>((subscriber) => {
    let answer: string | Promise<string>;
    try {
      answer = sign(payload);
    } catch (cause) {
      subscriber.error(new SignerError(operation, 'threw', timeoutMs, { cause }));
      return;
    }
    if (typeof answer === 'string') {
      subscriber.next(answer);
      subscriber.complete();
      return;
    }
    if (!isThenable(answer)) {
      const cause = new TypeError(`the signer returned ${typeof answer}, not a string`);
      subscriber.error(new SignerError(operation, 'threw', timeoutMs, { cause }));
      return;
    }
    const fail = (error: BinanceRxError) => subscriber.error(error);
    const timer = guardedTimer(
      options.scheduler,
      'signer timeout',
      fail,
      () => fail(new SignerError(operation, 'timeout', timeoutMs)),
      timeoutMs,
    );
    // Added before `then`: an error on any path below also cancels the timer.
    subscriber.add(timer);
    try {
      answer.then(
        (signature) => {
          if (typeof signature === 'string') {
            subscriber.next(signature);
            subscriber.complete();
            return;
          }
          const cause = new TypeError(`the signer resolved ${typeof signature}, not a string`);
          subscriber.error(new SignerError(operation, 'rejected', timeoutMs, { cause }));
        },
        (cause: unknown) =>
          subscriber.error(new SignerError(operation, 'rejected', timeoutMs, { cause })),
      );
    } catch (cause) {
      // A thenable whose `then` throws (a broken polyfill, a proxy): a rejection, as `await` has it.
      subscriber.error(new SignerError(operation, 'rejected', timeoutMs, { cause }));
    }
  });
}

function isThenable(value: unknown): value is Promise<string> {
  return typeof (value as { then?: unknown } | null)?.then === 'function';
}
