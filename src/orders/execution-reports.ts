/**
 * The executionReports of one order, routed by client order id: however many orders are being
 * watched on a session, its user data is subscribed to once and each report costs one or two map
 * lookups (`c`, the order's client id, and `C`, the original one on a cancel), not one filter call
 * per order being watched.
 *
 * Routers are keyed by the user data Observable (`session.userData()` returns the same one each
 * time). A router subscribes to it when its first order arrives and unsubscribes when its last
 * leaves; an error or completion of the user data reaches every order watched.
 */
import { Observable, type Subscriber, type Subscription } from 'rxjs';
import type { UserDataMessage } from '../ws-api/session';

class ExecutionReportRouter {
  /** Watchers per client order id; sets are replaced, never changed, so a dispatch reads a fixed one. */
  private readonly watchers = new Map<string, ReadonlySet<Subscriber<UserDataMessage>>>();
  private count = 0;
  private subscription: Subscription | undefined;

  constructor(
    private readonly userData: Observable<UserDataMessage>,
    private readonly done: () => void,
  ) {}

  add(clientOrderId: string, watcher: Subscriber<UserDataMessage>): () => void {
    this.watchers.set(
      clientOrderId,
      new Set([...(this.watchers.get(clientOrderId) ?? []), watcher]),
    );
    this.count += 1;
    this.subscription ??= this.userData.subscribe({
      next: (message) => this.dispatch(message),
      error: (error: unknown) => this.end((watcher) => watcher.error(error)),
      complete: () => this.end((watcher) => watcher.complete()),
    });
    return () => this.remove(clientOrderId, watcher);
  }

  private dispatch(message: UserDataMessage): void {
    const { event } = message;
    if (event.e !== 'executionReport') return;
    const own = typeof event.c === 'string' ? this.watchers.get(event.c) : undefined;
    const original =
      typeof event.C === 'string' && event.C !== event.c ? this.watchers.get(event.C) : undefined;
    for (const watcher of own ?? []) watcher.next(message);
    for (const watcher of original ?? []) watcher.next(message);
  }

  private remove(clientOrderId: string, watcher: Subscriber<UserDataMessage>): void {
    const current = this.watchers.get(clientOrderId);
    if (current === undefined || !current.has(watcher)) return;
    const left = [...current].filter((w) => w !== watcher);
    if (left.length > 0) this.watchers.set(clientOrderId, new Set(left));
    else this.watchers.delete(clientOrderId);
    this.count -= 1;
    if (this.count > 0) return;
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    this.done();
  }

  private end(notify: (watcher: Subscriber<UserDataMessage>) => void): void {
    const all = [...this.watchers.values()].flatMap((set) => [...set]);
    this.watchers.clear();
    this.count = 0;
    this.subscription = undefined;
    this.done();
    for (const watcher of all) notify(watcher);
  }
}

const routers = new WeakMap<Observable<UserDataMessage>, ExecutionReportRouter>();

/** The executionReports in `userData` whose `c` or `C` is `clientOrderId`. */
export function executionReportsOf(
  userData: Observable<UserDataMessage>,
  clientOrderId: string,
): Observable<UserDataMessage> {
  return new Observable<UserDataMessage>((subscriber) => {
    let router = routers.get(userData);
    if (router === undefined) {
      const fresh = new ExecutionReportRouter(userData, () => {
        if (routers.get(userData) === fresh) routers.delete(userData);
      });
      routers.set(userData, fresh);
      router = fresh;
    }
    return router.add(clientOrderId, subscriber);
  });
}
