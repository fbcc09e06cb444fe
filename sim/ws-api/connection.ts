/**
 * One WebSocket API connection (`web-socket-api.md`): requests `{id, method, params}` answered
 * `{id, status, result | error, rateLimits}`; signed requests verified (or covered by
 * `session.logon`); user data stream subscriptions delivering `{subscriptionId, event}`; server
 * pings with a pong deadline and the lifetime cap, as on the market streams.
 */
import type { WebSocket } from 'ws';
import { authorize } from '../api/authorize';
import type { Catalog } from '../api/catalog';
import type { ApiDeps } from '../api/deps';
import { ApiError, errors } from '../api/errors';
import { weightOf, type Caller } from '../api/method';
import { Params, type RawParams, type RawValue } from '../api/params';
import { Heartbeat } from '../streams/heartbeat';

type Id = string | number | null;

/** At most this many user data subscriptions per connection (Binance: 1000). */
const MAX_SUBSCRIPTIONS = 1000;

export class WsApiConnection {
  private loggedOn: (Caller & { since: number }) | undefined;
  private readonly subscriptions = new Map<number, { accountId: string; stop: () => void }>();
  private nextSubscriptionId = 0;
  private readonly heartbeat: Heartbeat;
  private readonly lifetime: NodeJS.Timeout;
  private readonly connectedSince = Date.now();
  private closed = false;

  constructor(
    private readonly ws: WebSocket,
    private readonly deps: ApiDeps,
    private readonly catalog: Catalog,
    private readonly client: string,
    private readonly returnRateLimits: boolean,
    private readonly onClose: (connection: WsApiConnection) => void,
  ) {
    const o = deps.options;
    this.heartbeat = new Heartbeat(ws, o.pingIntervalMs, o.pongTimeoutMs, () => this.terminate());
    this.lifetime = setTimeout(
      () => this.close(1000, 'Connection lifetime exceeded'),
      o.maxLifetimeMs,
    );
    this.lifetime.unref();
    ws.on('pong', (data: Buffer) => this.heartbeat.pong(data));
    ws.on('message', (data) => this.receive(String(data)));
    ws.on('close', () => this.dispose());
    ws.on('error', () => this.terminate());
    this.heartbeat.start();
  }

  /** Sends the documented `serverShutdown` event. */
  announceShutdown(): void {
    this.send({ event: { e: 'serverShutdown', E: Date.now() } });
  }

  terminate(): void {
    this.ws.terminate();
    this.dispose();
  }

  close(code: number, reason: string): void {
    this.ws.close(code, reason);
    this.dispose();
  }

  private dispose(): void {
    if (this.closed) return;
    this.closed = true;
    this.heartbeat.stop();
    clearTimeout(this.lifetime);
    for (const { stop } of this.subscriptions.values()) stop();
    this.subscriptions.clear();
    this.onClose(this);
  }

  private send(message: unknown): void {
    if (this.ws.readyState === this.ws.OPEN) this.ws.send(JSON.stringify(message));
  }

  private receive(text: string): void {
    let request: { id?: unknown; method?: unknown; params?: unknown };
    try {
      request = JSON.parse(text) as typeof request;
    } catch {
      this.send({
        id: null,
        status: 400,
        error: { code: -1000, msg: 'Malformed request: invalid JSON.' },
      });
      return;
    }
    const id = request.id;
    const validId =
      id === null || typeof id === 'number' || (typeof id === 'string' && id.length <= 36);
    if (typeof request !== 'object' || request === null || !validId) {
      this.send({
        id: null,
        status: 400,
        error: {
          code: -1000,
          msg: "Malformed request: 'id' must be a string (up to 36 characters), a number or null.",
        },
      });
      return;
    }
    const now = Date.now();
    const raw = (request.params ?? {}) as RawParams;
    const returnLimits = this.returnRateLimits && raw.returnRateLimits !== false;
    let caller: Caller | undefined;
    try {
      if (typeof request.method !== 'string') throw errors.mandatory('method');
      if (typeof raw !== 'object' || Array.isArray(raw)) throw errors.invalidParam('params');
      const params = new Params(raw);
      const result = this.session(request.method, params, now);
      if (result !== undefined) {
        caller = this.loggedOn;
        this.answer(id as Id, 200, { result: result.value }, returnLimits, caller, now);
        return;
      }
      const method = this.catalog.byWsApiName(request.method);
      if (method === undefined) throw new ApiError(-1000, `Unknown method '${request.method}'.`);
      const admission = this.deps.limits.admit(this.client, weightOf(method, params), now);
      if (!admission.ok) {
        const error = {
          code: -1003,
          msg: admission.msg,
          data: { serverTime: now, retryAfter: now + admission.retryAfterMs },
        };
        this.answer(id as Id, admission.status, { error }, returnLimits, undefined, now);
        return;
      }
      caller = this.authorize(method, params, raw, now);
      if (method.countsAsOrder && !this.deps.limits.addOrder(caller!.accountId, now)) {
        throw new ApiError(
          -1015,
          'Too many new orders; current limit is 100 orders per 10 SECOND.',
          429,
        );
      }
      const value = method.handle(params, { now, caller, transport: 'ws-api' });
      this.answer(id as Id, 200, { result: value }, returnLimits, caller, now);
    } catch (error) {
      const apiError = error instanceof ApiError ? error : errors.unknown();
      this.answer(
        id as Id,
        apiError.status,
        { error: apiError.toJSON() },
        returnLimits,
        caller,
        now,
      );
    }
  }

  private answer(
    id: Id,
    status: number,
    body: object,
    rateLimits: boolean,
    caller: Caller | undefined,
    now: number,
  ): void {
    this.send({
      id,
      status,
      ...body,
      ...(rateLimits
        ? { rateLimits: this.deps.limits.report(this.client, caller?.accountId, now) }
        : {}),
    });
  }

  private authorize(
    method: Parameters<typeof authorize>[1],
    params: Params,
    raw: RawParams,
    now: number,
  ) {
    return authorize(
      this.deps,
      method,
      params,
      {
        apiKey: params.string('apiKey'),
        signature: params.string('signature'),
        payload: () => sortedPayload(raw),
        loggedOn: this.loggedOn,
      },
      now,
    );
  }

  /** The methods about the connection itself; undefined for every other method. */
  private session(method: string, params: Params, now: number): { value: unknown } | undefined {
    switch (method) {
      case 'session.logon': {
        const apiKey = params.string('apiKey', true);
        const key = this.deps.keys.caller(apiKey);
        if (key.type !== 'ED25519') {
          throw new ApiError(-4056, 'HMAC_SHA256 API key is not supported.');
        }
        const caller = this.authorizeSigned(params, now);
        this.loggedOn = { ...caller, since: now };
        return { value: this.status(now) };
      }
      case 'session.status':
        return { value: this.status(now) };
      case 'session.logout': {
        for (const [subscriptionId, s] of this.subscriptions) {
          if (s.accountId === this.loggedOn?.accountId) this.unsubscribe(subscriptionId, now);
        }
        this.loggedOn = undefined;
        return { value: this.status(now) };
      }
      case 'userDataStream.subscribe': {
        if (this.loggedOn === undefined)
          throw new ApiError(-2015, 'Invalid API-key, IP, or permissions for action.', 401);
        return { value: { subscriptionId: this.subscribe(this.loggedOn.accountId) } };
      }
      case 'userDataStream.subscribe.signature': {
        const caller = this.authorizeSigned(params, now);
        return { value: { subscriptionId: this.subscribe(caller.accountId) } };
      }
      case 'userDataStream.unsubscribe': {
        const only = params.integer('subscriptionId');
        if (only !== undefined && !this.subscriptions.has(only)) {
          throw new ApiError(-2, 'Invalid subscriptionId.');
        }
        for (const subscriptionId of only === undefined ? [...this.subscriptions.keys()] : [only]) {
          this.unsubscribe(subscriptionId, now);
        }
        return { value: {} };
      }
      case 'session.subscriptions':
        return {
          value: [...this.subscriptions.keys()].map((subscriptionId) => ({ subscriptionId })),
        };
      default:
        return undefined;
    }
  }

  /** A signed session request (logon, subscribe.signature): key, signature and timestamp. */
  private authorizeSigned(params: Params, now: number): Caller {
    return authorize(
      this.deps,
      { security: 'USER_DATA', weight: 1, handle: () => undefined },
      params,
      {
        apiKey: params.string('apiKey', true),
        signature: params.string('signature', true),
        payload: () => sortedPayload(params.raw),
      },
      now,
    )!;
  }

  private status(now: number) {
    return {
      apiKey: this.loggedOn?.apiKey ?? null,
      authorizedSince: this.loggedOn?.since ?? null,
      connectedSince: this.connectedSince,
      returnRateLimits: this.returnRateLimits,
      serverTime: now,
      userDataStream: this.subscriptions.size > 0,
    };
  }

  private subscribe(accountId: string): number {
    for (const [id, s] of this.subscriptions) if (s.accountId === accountId) return id;
    if (this.subscriptions.size >= MAX_SUBSCRIPTIONS) {
      throw new ApiError(-1000, 'Too many subscriptions on this connection.');
    }
    const subscriptionId = this.nextSubscriptionId++;
    const stop = this.deps.userEvents.listen(accountId, (event) =>
      this.send({ subscriptionId, event }),
    );
    this.subscriptions.set(subscriptionId, { accountId, stop });
    return subscriptionId;
  }

  private unsubscribe(subscriptionId: number, now: number): void {
    const s = this.subscriptions.get(subscriptionId);
    if (s === undefined) return;
    s.stop();
    this.subscriptions.delete(subscriptionId);
    this.send({ subscriptionId, event: { e: 'eventStreamTerminated', E: now } });
  }
}

/** The signature payload: every parameter but `signature`, sorted by name. */
function sortedPayload(raw: RawParams): string {
  const text = (value: RawValue | undefined) =>
    Array.isArray(value) ? JSON.stringify(value) : String(value);
  return Object.keys(raw)
    .filter((key) => key !== 'signature')
    .sort()
    .map((key) => `${key}=${text(raw[key])}`)
    .join('&');
}
