import type { Observable } from 'rxjs';

/**
 * Subscribes to `source` and records what it says: its values, its error (`error`, and in
 * `errors` for tests that assert there was exactly one), whether it completed, and the
 * subscription (to unsubscribe mid-test).
 */
export function watch<T>(source: Observable<T>) {
  const seen = {
    values: [] as T[],
    errors: [] as unknown[],
    error: undefined as unknown,
    complete: false,
  };
  const subscription = source.subscribe({
    next: (v) => seen.values.push(v),
    error: (e: unknown) => {
      seen.error = e;
      seen.errors.push(e);
    },
    complete: () => (seen.complete = true),
  });
  return Object.assign(seen, { subscription });
}
