/**
 * The executionReports of one order, routed by client order id on the order's symbol (Binance
 * scopes a client id to its symbol) and, once the order's id is known, by order id: however many
 * orders are being watched on a session, its user data is subscribed to once and each report
 * costs a few map lookups (`c`, the order's client id; `C`, the original one on a cancel; symbol
 * and `i`, the order id), not one filter call per order being watched. The
 * order id matters after an amendment (order.amend.keepPriority), which may give the order a new
 * client id that nobody watches: its REPLACED report and every later one still reach the order.
 *
 * Routers are keyed by the user data Observable (`session.userData()` returns the same one each
 * time). A router subscribes to it when its first order arrives and unsubscribes when its last
 * leaves; an error or completion of the user data reaches every order watched.
 */
import { Observable, type Subscriber, type Subscription } from 'rxjs';
import type { UserDataMessage } from '../ws-api/session';
import { EXECUTION_REPORT, readOrderReport, type OrderReportShape } from './order-report';

/** One order being watched. */
interface Watch {
  readonly subscriber: Subscriber<UserDataMessage>;
  readonly symbol: string;
  /** `symbol:orderId`, once `follow` gave the order id. */
  orderKey: string | undefined;
}

/** Watches per key; sets are replaced, never changed, so a dispatch reads a fixed one. */
class Index {
  private readonly map = new Map<string, ReadonlySet<Watch>>();

  get(key: unknown): ReadonlySet<Watch> | undefined {
    return typeof key === 'string' ? this.map.get(key) : undefined;
  }

  add(key: string, watch: Watch): void {
    this.map.set(key, new Set([...(this.map.get(key) ?? []), watch]));
  }

  delete(key: string, watch: Watch): void {
    const left = [...(this.map.get(key) ?? [])].filter((w) => w !== watch);
    if (left.length > 0) this.map.set(key, new Set(left));
    else this.map.delete(key);
  }

  all(): Watch[] {
    return [...this.map.values()].flatMap((set) => [...set]);
  }

  clear(): void {
    this.map.clear();
  }
}

const orderKeyOf = (symbol: unknown, orderId: unknown): string | undefined =>
  typeof symbol === 'string' && typeof orderId === 'number' ? `${symbol}:${orderId}` : undefined;

/** `symbol:clientOrderId`: a client id names an order on its symbol only. */
const clientKeyOf = (symbol: unknown, clientOrderId: unknown): string | undefined =>
  typeof symbol === 'string' && typeof clientOrderId === 'string'
    ? `${symbol}:${clientOrderId}`
    : undefined;

/** `watch` follows the order whose key is `key` by its id (and so is reached through that). */
const followed = (watch: Watch, key: string | undefined): boolean =>
  key !== undefined && watch.orderKey === key;

class ExecutionReportRouter {
  private readonly byClientId = new Index();
  private readonly byOrderId = new Index();
  private count = 0;
  private subscription: Subscription | undefined;

  constructor(
    private readonly userData: Observable<UserDataMessage>,
    private readonly shape: OrderReportShape,
    private readonly done: () => void,
  ) {}

  add(clientOrderId: string, watch: Watch): () => void {
    const clientKey = clientKeyOf(watch.symbol, clientOrderId)!;
    this.byClientId.add(clientKey, watch);
    this.count += 1;
    this.subscription ??= this.userData.subscribe({
      next: (message) => this.dispatch(message),
      error: (error: unknown) => this.end((subscriber) => subscriber.error(error)),
      complete: () => this.end((subscriber) => subscriber.complete()),
    });
    return () => this.remove(clientKey, watch);
  }

  follow(watch: Watch, orderId: number): void {
    if (watch.orderKey !== undefined || watch.subscriber.closed) return;
    watch.orderKey = orderKeyOf(watch.symbol, orderId);
    if (watch.orderKey !== undefined) this.byOrderId.add(watch.orderKey, watch);
  }

  private dispatch(message: UserDataMessage): void {
    const report = readOrderReport(this.shape, message.event);
    if (report === undefined) return;
    const key = orderKeyOf(report.symbol, report.orderId);
    const byOrder = key === undefined ? undefined : this.byOrderId.get(key);
    const own = this.byClientId.get(clientKeyOf(report.symbol, report.clientOrderId));
    const original =
      report.originalClientOrderId !== report.clientOrderId
        ? this.byClientId.get(clientKeyOf(report.symbol, report.originalClientOrderId))
        : undefined;
    for (const watch of byOrder ?? []) watch.subscriber.next(message);
    for (const watch of own ?? []) if (!followed(watch, key)) watch.subscriber.next(message);
    for (const watch of original ?? []) if (!followed(watch, key)) watch.subscriber.next(message);
  }

  private remove(clientKey: string, watch: Watch): void {
    if (!this.byClientId.get(clientKey)?.has(watch)) return;
    this.byClientId.delete(clientKey, watch);
    if (watch.orderKey !== undefined) this.byOrderId.delete(watch.orderKey, watch);
    this.count -= 1;
    if (this.count > 0) return;
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    this.done();
  }

  private end(notify: (subscriber: Subscriber<UserDataMessage>) => void): void {
    const all = this.byClientId.all();
    this.byClientId.clear();
    this.byOrderId.clear();
    this.count = 0;
    this.subscription = undefined;
    this.done();
    for (const watch of all) notify(watch.subscriber);
  }
}

const routers = new WeakMap<Observable<UserDataMessage>, ExecutionReportRouter>();

/** The executionReports of one order, and a way to follow it by order id once that is known. */
export interface ExecutionReports {
  /**
   * The reports of the symbol whose `c` or `C` is the client order id, or (after `follow`) whose
   * `i` is the order id.
   */
  readonly observable: Observable<UserDataMessage>;
  /** From now on, also the reports of order `orderId` of the symbol (whatever their client id). */
  follow(orderId: number): void;
}

/**
 * The order reports (of `shape`: executionReports on Spot) in `userData` of the order
 * `clientOrderId` of `symbol`. One stream of user data carries one product's reports, so the
 * router of a stream is made with the shape of its first order.
 */
export function executionReportsOf(
  userData: Observable<UserDataMessage>,
  clientOrderId: string,
  symbol: string,
  shape: OrderReportShape = EXECUTION_REPORT,
): ExecutionReports {
  const watches = new Set<{ router: ExecutionReportRouter; watch: Watch }>();
  const observable = new Observable<UserDataMessage>((subscriber) => {
    let router = routers.get(userData);
    if (router === undefined) {
      const fresh = new ExecutionReportRouter(userData, shape, () => {
        if (routers.get(userData) === fresh) routers.delete(userData);
      });
      routers.set(userData, fresh);
      router = fresh;
    }
    const entry = { router, watch: { subscriber, symbol, orderKey: undefined } };
    watches.add(entry);
    const leave = router.add(clientOrderId, entry.watch);
    return () => {
      watches.delete(entry);
      leave();
    };
  });
  return {
    observable,
    follow(orderId) {
      for (const { router, watch } of watches) router.follow(watch, orderId);
    },
  };
}
