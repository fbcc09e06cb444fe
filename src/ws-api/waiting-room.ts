/**
 * Requests waiting for a socket that can serve them: open, and — for authenticated requests on a
 * session that logs on — logged on (or with a failed logon, whose error they then get).
 */
import type { Waiter } from './requests';
import type { WsApiLink } from './socket';

export class WaitingRoom {
  private readonly waiters = new Set<Waiter>();

  constructor(
    /** The session logs on (Ed25519 key). */
    private readonly logsOn: boolean,
    /** The open socket new work goes to, if any. */
    private readonly current: () => WsApiLink | undefined,
  ) {}

  /** Whether `link` can serve a request (`auth`: an authenticated one). */
  readyFor(link: WsApiLink, auth: boolean): boolean {
    return link.open && (!auth || !this.logsOn || link.loggedOn || link.logonError !== undefined);
  }

  /** Runs the waiter now if a socket can serve it, else keeps it for `flush`. */
  enqueue(waiter: Waiter): void {
    const link = this.current();
    if (link === undefined || !this.readyFor(link, waiter.auth)) {
      this.waiters.add(waiter);
      return;
    }
    if (waiter.auth && this.logsOn && !link.loggedOn && link.logonError) {
      waiter.fail(link.logonError);
    } else waiter.start(link);
  }

  /** Keeps the waiter for the next `flush` (its send failed on the current socket). */
  wait(waiter: Waiter): void {
    this.waiters.add(waiter);
  }

  dequeue(waiter: Waiter): void {
    this.waiters.delete(waiter);
  }

  /** Starts every waiter the current socket can serve. */
  flush(): void {
    for (const waiter of [...this.waiters]) {
      const link = this.current();
      if (link === undefined || !this.readyFor(link, waiter.auth)) continue;
      this.waiters.delete(waiter);
      this.enqueue(waiter);
    }
  }

  /** Fails every waiter (the session ended). */
  failAll(error: unknown): void {
    const waiters = [...this.waiters];
    this.waiters.clear();
    for (const waiter of waiters) waiter.fail(error);
  }
}
