/**
 * USDⓈ-M listen keys (usds-margined-futures "User Data Streams"): one per API key, valid 60
 * minutes from its creation or last keepalive; POST while one is active returns it extended.
 */
import { randomBytes } from 'node:crypto';

/** How long a listen key lives without a keepalive. */
export const LISTEN_KEY_TTL_MS = 60 * 60 * 1000;

export interface ListenKey {
  readonly key: string;
  readonly apiKey: string;
  readonly accountId: string;
  expiresAt: number;
}

export class ListenKeys {
  private readonly byApiKey = new Map<string, ListenKey>();
  private readonly byKey = new Map<string, ListenKey>();

  constructor(private readonly ttlMs = LISTEN_KEY_TTL_MS) {}

  /** The API key's active listen key, extended, or a new one. */
  create(apiKey: string, accountId: string, now: number): ListenKey {
    const active = this.active(apiKey, now);
    if (active !== undefined) {
      active.expiresAt = now + this.ttlMs;
      return active;
    }
    const entry = {
      key: randomBytes(32).toString('hex'),
      apiKey,
      accountId,
      expiresAt: now + this.ttlMs,
    };
    this.byApiKey.set(apiKey, entry);
    this.byKey.set(entry.key, entry);
    return entry;
  }

  /** Extends the API key's listen key; undefined when it has none (or it expired: -1125). */
  renew(apiKey: string, now: number): ListenKey | undefined {
    const active = this.active(apiKey, now);
    if (active !== undefined) active.expiresAt = now + this.ttlMs;
    return active;
  }

  close(apiKey: string): void {
    const entry = this.byApiKey.get(apiKey);
    if (entry === undefined) return;
    this.byApiKey.delete(apiKey);
    this.byKey.delete(entry.key);
  }

  /** The listen key `key` if it is still valid at `now`. */
  find(key: string, now: number): ListenKey | undefined {
    const entry = this.byKey.get(key);
    return entry !== undefined && entry.expiresAt > now ? entry : undefined;
  }

  /** Ends every listen key now, as if their 60 minutes had passed (tests). */
  expireAll(now: number): void {
    for (const entry of this.byKey.values()) entry.expiresAt = Math.min(entry.expiresAt, now);
  }

  private active(apiKey: string, now: number): ListenKey | undefined {
    const entry = this.byApiKey.get(apiKey);
    if (entry === undefined || entry.expiresAt > now) return entry;
    this.close(apiKey);
    return undefined;
  }
}
