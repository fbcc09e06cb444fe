/**
 * User data events (`user-data-stream.md`) per account: the engine emits them, each WebSocket API
 * session subscribed to the account's stream receives them as `{subscriptionId, event}`.
 */

/** A user data event in Binance's shape: `e` (type), `E` (event time) and its own fields. */
export type UserDataEvent = { readonly e: string; readonly E: number } & Readonly<
  Record<string, unknown>
>;

export type UserEventListener = (event: UserDataEvent) => void;

export class UserEvents {
  private readonly listeners = new Map<string, Set<UserEventListener>>();

  /** Listens to `accountId`'s events; returns the function that stops listening. */
  listen(accountId: string, listener: UserEventListener): () => void {
    let set = this.listeners.get(accountId);
    if (set === undefined) {
      set = new Set();
      this.listeners.set(accountId, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  emit(accountId: string, event: UserDataEvent): void {
    for (const listener of this.listeners.get(accountId) ?? []) listener(event);
  }

  clear(): void {
    this.listeners.clear();
  }
}
