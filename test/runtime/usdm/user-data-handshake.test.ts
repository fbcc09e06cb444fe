/**
 * A USDⓈ-M user data socket whose handshake is refused (`ws`'s `unexpected-response`, e.g. a 400
 * for a listen key Binance no longer knows): the `HandshakeRejectedError` and every log line name
 * the URL with its `/private/ws/<listenKey>` segment redacted, as the `open` line and raw frames do.
 */
import { EMPTY, of, VirtualTimeScheduler } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { HandshakeRejectedError } from '../../../src/errors';
import type { LogFields, Logger } from '../../../src/logging/logger';
import { usdmUserData } from '../../../src/usdm/user-data/usdm-user-data';

const LISTEN_KEY = 'LKsecretListenKey0123456789';

type Listener = (...args: unknown[]) => void;

/** A `ws`-like socket (an EventEmitter) whose server refuses the upgrade with a 400. */
class RefusingWs {
  static last: RefusingWs | undefined;
  readyState = 0;
  onopen: ((e: unknown) => void) | null = null;
  onmessage: ((e: unknown) => void) | null = null;
  onclose: ((e: unknown) => void) | null = null;
  onerror: ((e: unknown) => void) | null = null;
  private readonly listeners = new Map<string, Listener[]>();
  constructor(readonly url: string) {
    RefusingWs.last = this;
  }
  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  send(): void {}
  close(): void {
    this.readyState = 3;
  }
  terminate(): void {
    this.readyState = 3;
    this.onclose?.({ code: 1006, reason: '' });
  }
  refuse(status: number, body: string): void {
    const res = {
      statusCode: status,
      handlers: new Map<string, Listener>(),
      on(event: string, listener: Listener) {
        this.handlers.set(event, listener);
        return this;
      },
    };
    for (const l of this.listeners.get('unexpected-response') ?? []) l({}, res);
    res.handlers.get('data')?.(body);
    res.handlers.get('end')?.();
  }
}

describe('a refused USDⓈ-M user data handshake', () => {
  it('no log line carries the listen key when the listen-key socket handshake is refused', () => {
    const lines: { namespace: string; message: string; fields?: LogFields }[] = [];
    const factory = (namespace: string): Logger => {
      const write = (message: string, fields?: LogFields) =>
        lines.push({ namespace, message, fields });
      return { debug: write, info: write, warn: write, error: write };
    };
    const scheduler = new VirtualTimeScheduler();
    const userData = usdmUserData({
      listenKeys: { create: () => of({ listenKey: LISTEN_KEY }), renew: () => EMPTY },
      host: 'wss://fstream.test',
      WebSocket: RefusingWs as never,
      scheduler,
      logger: factory,
      connectTimeoutMs: false,
      heartbeatTimeoutMs: false,
    });
    userData.events$.subscribe({ error: () => {} });
    expect(RefusingWs.last!.url).toBe(`wss://fstream.test/private/ws/${LISTEN_KEY}`);
    RefusingWs.last!.refuse(400, '{"code":-1125,"msg":"This listenKey does not exist."}');
    const leaked = lines.filter((l) => {
      const { error, ...rest } = (l.fields ?? {}) as { error?: Error & { url?: string } };
      return (
        l.message.includes(LISTEN_KEY) ||
        JSON.stringify(rest).includes(LISTEN_KEY) ||
        (error !== undefined &&
          (String(error.message).includes(LISTEN_KEY) || String(error.url).includes(LISTEN_KEY)))
      );
    });
    expect(leaked.map((l) => `${l.namespace}: ${l.message}`)).toEqual([]);
    // The rejection was seen and logged, its URL redacted rather than left out.
    const rejected = lines
      .map((l) => (l.fields as { error?: unknown } | undefined)?.error)
      .find((e): e is HandshakeRejectedError => e instanceof HandshakeRejectedError);
    expect(rejected?.status).toBe(400);
    expect(rejected?.url).toBe('wss://fstream.test/private/ws/[REDACTED]');
  });
});
