/**
 * Routes the messages of a connection to the channels reading them, by stream name: one
 * subscription to `messages` and one map lookup per message, however many channels read it
 * (each channel filtering every message itself costs one call per channel per message, which
 * grows with the streams of a connection).
 *
 * Routers are keyed by the `messages` Observable itself (`connection.pipe(keepMessagesOnly())`,
 * made once and handed to every `subscribe<Channel>`). A router subscribes to it when its first
 * route arrives and unsubscribes when its last one leaves. `messages` is hot (a connection's
 * events), so a route added later sees what a subscription of its own would have seen.
 */
import type { Observable, Subscription } from 'rxjs';

/** Where a stream's payloads (`data` of `{stream, data}`) go. */
export interface RouteTarget {
  next(data: unknown): void;
  error(error: unknown): void;
  complete(): void;
}

interface Route {
  readonly target: RouteTarget;
  /** Left: a dispatch already under way skips it, as a closed rxjs subscriber would. */
  closed: boolean;
}

class StreamRouter {
  /** Routes per stream; arrays are replaced, never changed, so a dispatch reads a fixed list. */
  private readonly routes = new Map<string, readonly Route[]>();
  private count = 0;
  private subscription: Subscription | undefined;

  constructor(
    private readonly messages: Observable<unknown>,
    private readonly done: () => void,
  ) {}

  add(stream: string, target: RouteTarget): () => void {
    const route: Route = { target, closed: false };
    this.routes.set(stream, [...(this.routes.get(stream) ?? []), route]);
    this.count += 1;
    this.subscription ??= this.messages.subscribe({
      next: (message) => this.dispatch(message),
      error: (error: unknown) => this.end((target) => target.error(error)),
      complete: () => this.end((target) => target.complete()),
    });
    return () => this.remove(stream, route);
  }

  private dispatch(message: unknown): void {
    if (typeof message !== 'object' || message === null) return;
    const stream = (message as { stream?: unknown }).stream;
    if (typeof stream !== 'string') return;
    const routes = this.routes.get(stream);
    if (routes === undefined) return;
    const data = (message as { data?: unknown }).data;
    for (let i = 0; i < routes.length; i += 1) {
      const route = routes[i]!;
      if (!route.closed) route.target.next(data);
    }
  }

  private remove(stream: string, route: Route): void {
    if (route.closed) return;
    route.closed = true;
    const left = (this.routes.get(stream) ?? []).filter((r) => r !== route);
    if (left.length > 0) this.routes.set(stream, left);
    else this.routes.delete(stream);
    this.count -= 1;
    if (this.count > 0) return;
    this.subscription?.unsubscribe();
    this.subscription = undefined;
    this.done();
  }

  /** `messages` errored or completed: every route hears it, and the router is forgotten. */
  private end(notify: (target: RouteTarget) => void): void {
    const all = [...this.routes.values()].flat();
    this.routes.clear();
    this.count = 0;
    this.subscription = undefined;
    this.done();
    for (const route of all) {
      if (route.closed) continue;
      route.closed = true;
      notify(route.target);
    }
  }
}

const routers = new WeakMap<Observable<unknown>, StreamRouter>();

/** Sends the payloads of `stream` in `messages` to `target`; returns how to stop. */
export function routeStream(
  messages: Observable<unknown>,
  stream: string,
  target: RouteTarget,
): () => void {
  let router = routers.get(messages);
  if (router === undefined) {
    const fresh = new StreamRouter(messages, () => {
      if (routers.get(messages) === fresh) routers.delete(messages);
    });
    routers.set(messages, fresh);
    router = fresh;
  }
  return router.add(stream, target);
}
