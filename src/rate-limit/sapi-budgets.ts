/**
 * The SAPI budgets of a governor (spec/limits.yaml `sapiRateLimits`): every `/sapi/` endpoint has
 * its own, per IP or per account (UID) by its operation's `weightType`, with its own queue, its
 * own pause after a 429 (which holds up that endpoint only) and its own counts, corrected by the
 * `X-SAPI-USED-<IP|UID>-WEIGHT-1M` header of its answers. Each is a `RequestBook` with one rule,
 * so a SAPI request waits, counts and fails (`RateLimitWaitError` past `maxWaitMs`) exactly as an
 * /api request does, against its endpoint's budget only.
 */
import type { SchedulerLike } from 'rxjs';
import type { Logger } from '../logging/logger';
import { RequestBook } from './request-book';
import { SAPI_RATE_LIMIT_RULES, type RateLimitRule, type SapiWeightType } from './rules';

/** One endpoint's SAPI budget, as the governor counts it. */
export interface SapiUsage extends RateLimitRule {
  /** `GET /sapi/v1/margin/allOrders`. */
  readonly endpoint: string;
  readonly weightType: SapiWeightType;
  readonly used: number;
  /** The endpoint's requests wait until then (after a 429). */
  readonly pausedUntil?: number;
  readonly queued: number;
}

export class SapiBudgets {
  private readonly books = new Map<string, { weightType: SapiWeightType; book: RequestBook }>();

  constructor(
    private readonly scheduler: SchedulerLike,
    private readonly maxWaitMs: number,
    private readonly logger: Logger,
    private readonly rules: Readonly<Record<SapiWeightType, RateLimitRule>> = SAPI_RATE_LIMIT_RULES,
  ) {}

  /** The book of `endpoint`, created on its first request. */
  book(weightType: SapiWeightType, endpoint: string): RequestBook {
    let entry = this.books.get(endpoint);
    if (entry === undefined || entry.weightType !== weightType) {
      const rule = this.rules[weightType];
      entry = {
        weightType,
        book: new RequestBook(this.scheduler, this.maxWaitMs, this.logger, [rule]),
      };
      this.books.set(endpoint, entry);
    }
    return entry.book;
  }

  /** An answer of `endpoint` reported its usage (`{ IP: 1200 }`, per minute). */
  observe(endpoint: string, used: Readonly<Partial<Record<SapiWeightType, number>>>): void {
    const entry = this.books.get(endpoint);
    const count = entry === undefined ? undefined : used[entry.weightType];
    if (entry === undefined || count === undefined) return;
    const rule = this.rules[entry.weightType];
    entry.book.correct(rule.type, rule.interval, count);
  }

  status(): SapiUsage[] {
    return [...this.books].map(([endpoint, { weightType, book }]) => {
      const { usage, pausedUntil, queued } = book.status();
      const [rule] = usage;
      return {
        ...rule!,
        endpoint,
        weightType,
        ...(pausedUntil !== undefined ? { pausedUntil } : {}),
        queued,
      };
    });
  }
}
