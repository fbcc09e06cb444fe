/**
 * A REST client: where requests go and with what. It holds the base URL, the API key and the
 * user's signer (never a secret), timeouts, the server-time offset, the latest usage headers and
 * the rate-limit governor every request goes through. Every `*Http` function takes one; left
 * out, they use a public client of their product (`defaultHttpClient`).
 */
import type { TimeUnit } from '../connection/time-unit';
import type { ValidateResponses } from '../operations/validate-answer';
import { asyncScheduler, BehaviorSubject, type Observable, type SchedulerLike } from 'rxjs';
import type { Logger, LoggerOption } from '../logging/logger';
import { LogNamespace } from '../logging/namespaces';
import { resolveLogger } from '../logging/resolve-logger';
import { createRateLimitGovernor, type RateLimitGovernor } from '../rate-limit/governor';
import { InvalidOptionError } from '../errors';
import type { Credentials } from '../signing/credentials';
import { BINANCE_REST_URL } from './endpoints';
import type { ProductDescriptor } from '../product/descriptor';
import { spotProduct } from '../../generated/product';
import type { UsedLimits } from './limits';

/** Options of `createHttpClient`. Every one has a default. */
export interface HttpClientOptions {
  /**
   * The product the client calls (`usdmProduct` of `binance-rx/usdm`): the defaults of `baseUrl`
   * (its `restUrl`) and of the governor's rules (its `apiRateLimits`). Default Spot.
   */
  readonly product?: ProductDescriptor;
  /**
   * Default the product's `restUrl` (Spot: `BINANCE_REST_URL`); the local exchange's `urls.rest`
   * or a testnet's work the same.
   */
  readonly baseUrl?: string;
  /** API key and signer; needed by USER_STREAM, USER_DATA and TRADE endpoints. */
  readonly credentials?: Credentials;
  /** `recvWindow` sent with signed requests, ms; Binance's default (5000) when left out. */
  readonly recvWindow?: number;
  /** Abort a request that has not answered after this long, ms; default 10 000. */
  readonly timeoutMs?: number;
  /** Scheduler for timeouts, retries, `timestamp` and time-sync refreshes; default `asyncScheduler`. */
  readonly scheduler?: SchedulerLike;
  /**
   * A `fetch` implementation; default `globalThis.fetch` (Node 20, browsers). It is called
   * without a `this`, as browsers require of `window.fetch`.
   */
  readonly fetch?: typeof globalThis.fetch;
  /**
   * The rate-limit governor every request waits on; default a new one per client (the product's
   * documented limits, on `scheduler`). Pass one governor to every REST client and WebSocket API
   * session that share an IP and account, so they share the budgets.
   */
  readonly governor?: RateLimitGovernor;
  /** Logger (or factory) for the `binance-rx:rest` namespace; default silent. */
  readonly logger?: LoggerOption;
  /** Check answers against their schemas (`ValidateResponses`); default false. */
  readonly validateResponses?: ValidateResponses;
  /** Unit of answer timestamps (`X-MBX-TIME-UNIT` header); Binance's default is MILLISECOND. */
  readonly timeUnit?: TimeUnit;
}

/** Default of `timeoutMs`. */
export const DEFAULT_HTTP_TIMEOUT_MS = 10_000;

export interface HttpClient {
  readonly baseUrl: string;
  readonly credentials: Credentials | undefined;
  readonly recvWindow: number | undefined;
  readonly timeoutMs: number;
  readonly scheduler: SchedulerLike;
  readonly fetch: typeof globalThis.fetch;
  readonly logger: Logger;
  /** Budgets REQUEST_WEIGHT, ORDERS and RAW_REQUESTS for every request of this client. */
  readonly governor: RateLimitGovernor;
  readonly validateResponses?: ValidateResponses;
  readonly timeUnit?: TimeUnit;
  /** Server time minus local time, ms; added to every `timestamp` (see `syncServerTime`). */
  timeOffsetMs: number;
  /** Usage reported by the latest response that carried usage headers. */
  readonly limits$: Observable<UsedLimits | undefined>;
  /**
   * Records a response's usage and corrects the governor's counts (called by `sendRequest`, with
   * the `endpoint` it answered: `GET /sapi/v1/…`).
   */
  recordLimits(limits: UsedLimits, endpoint?: string): void;
  /** Exchange time now, by the scheduler's clock plus the offset. */
  now(): number;
}

/** Creates a REST client. */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const limits = new BehaviorSubject<UsedLimits | undefined>(undefined);
  const scheduler = options.scheduler ?? asyncScheduler;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  if (typeof fetchImpl !== 'function') {
    throw new InvalidOptionError(
      'createHttpClient',
      'fetch',
      'no fetch available; pass options.fetch',
    );
  }
  const timeoutMs = options.timeoutMs ?? DEFAULT_HTTP_TIMEOUT_MS;
  if (!(timeoutMs > 0)) {
    throw new InvalidOptionError('createHttpClient', 'timeoutMs', 'must be a positive number');
  }
  const governor =
    options.governor ??
    createRateLimitGovernor({
      scheduler,
      logger: options.logger,
      ...(options.product ? { rateLimits: options.product.apiRateLimits } : {}),
    });
  return {
    baseUrl: checkedBaseUrl(options.baseUrl ?? options.product?.restUrl ?? BINANCE_REST_URL),
    credentials: options.credentials,
    recvWindow: options.recvWindow,
    timeoutMs,
    scheduler,
    // Called as a plain function: `window.fetch` throws "Illegal invocation" on another `this`.
    fetch: (input, init) => fetchImpl(input, init),
    logger: resolveLogger(options.logger, LogNamespace.rest),
    governor,
    validateResponses: options.validateResponses,
    timeUnit: options.timeUnit,
    timeOffsetMs: 0,
    limits$: limits.asObservable(),
    recordLimits: (used, endpoint) => {
      governor.observeUsedLimits(used, endpoint);
      limits.next(used);
    },
    now() {
      return scheduler.now() + this.timeOffsetMs;
    },
  };
}

/** The base URL without trailing slashes; an InvalidOptionError unless it is an absolute http(s) URL. */
function checkedBaseUrl(baseUrl: string): string {
  let protocol: string | undefined;
  try {
    protocol = new URL(baseUrl).protocol;
  } catch {
    protocol = undefined;
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    throw new InvalidOptionError(
      'createHttpClient',
      'baseUrl',
      `must be an absolute http(s) URL such as ${BINANCE_REST_URL}, got ${JSON.stringify(baseUrl)}`,
    );
  }
  return baseUrl.replace(/\/+$/, '');
}

const publicClients = new Map<string, HttpClient>();

/**
 * The client `*Http` functions use when given none: one public client per product (its
 * `restUrl`, governed by its `apiRateLimits`), Spot's (`spotProduct`) when `product` is left out.
 */
export function defaultHttpClient(product: ProductDescriptor = spotProduct): HttpClient {
  const key = `${product.name} ${product.restUrl}`;
  let client = publicClients.get(key);
  if (client === undefined) {
    client = createHttpClient({ product });
    publicClients.set(key, client);
  }
  return client;
}
