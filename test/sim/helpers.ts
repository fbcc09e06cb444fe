/** Helpers of the local-exchange tests: exchanges closed after each test, a buffering client. */
import { WebSocket, type ClientOptions } from 'ws';
import { startLocalExchange, type LocalExchange, type LocalExchangeOptions } from '../../sim';

const exchanges: LocalExchange[] = [];
const sockets: WebSocket[] = [];

/** A fast exchange (10 ms steps, periodic streams 20× faster) closed by `closeAll`. */
export async function start(options: LocalExchangeOptions = {}): Promise<LocalExchange> {
  const exchange = await startLocalExchange({ tickMs: 10, speed: 20, ...options });
  exchanges.push(exchange);
  return exchange;
}

/** For afterEach: terminates every client and closes every exchange. */
export async function closeAll(): Promise<void> {
  for (const ws of sockets.splice(0)) ws.terminate();
  await Promise.all(exchanges.splice(0).map((e) => e.close()));
}

const WAIT_MS = 4000;

export interface Closed {
  readonly code: number;
  readonly reason: string;
}

/** A WebSocket client that keeps every text frame until a test takes it. */
export class Client {
  readonly ws: WebSocket;
  readonly opened: Promise<void>;
  readonly closed: Promise<Closed>;
  readonly pings: Buffer[] = [];
  private readonly inbox: string[] = [];
  private readonly waiters = new Set<() => void>();

  constructor(url: string, options?: ClientOptions) {
    this.ws = new WebSocket(url, options);
    sockets.push(this.ws);
    this.opened = new Promise((resolve, reject) => {
      this.ws.once('open', () => resolve());
      this.ws.on('error', reject);
    });
    this.opened.catch(() => undefined);
    this.closed = new Promise((resolve) => {
      this.ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() }));
    });
    this.ws.on('message', (data) => {
      this.inbox.push(String(data));
      for (const wake of [...this.waiters]) wake();
    });
    this.ws.on('ping', (data) => this.pings.push(data));
  }

  static async open(url: string, options?: ClientOptions): Promise<Client> {
    const client = new Client(url, options);
    await client.opened;
    return client;
  }

  send(message: unknown): void {
    this.ws.send(typeof message === 'string' ? message : JSON.stringify(message));
  }

  /** Frames received and not taken yet. */
  get pending(): readonly string[] {
    return this.inbox;
  }

  /** Discards every frame received so far. */
  drain(): void {
    this.inbox.length = 0;
  }

  /** Takes the first frame (in arrival order) that satisfies `match`, waiting for it if needed. */
  take(match: (text: string) => boolean = () => true, timeoutMs = WAIT_MS): Promise<string> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        const index = this.inbox.findIndex(match);
        if (index < 0) return false;
        const [text] = this.inbox.splice(index, 1);
        this.waiters.delete(check);
        clearTimeout(timer);
        resolve(text!);
        return true;
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`no matching message within ${timeoutMs} ms`));
      }, timeoutMs);
      if (!check()) this.waiters.add(check);
    });
  }

  /** Takes the first JSON frame that satisfies `match`, parsed. */
  async json<T = Record<string, unknown>>(
    match: (value: T) => boolean = () => true,
    timeoutMs?: number,
  ): Promise<T> {
    const text = await this.take((t) => {
      try {
        return match(JSON.parse(t) as T);
      } catch {
        return false;
      }
    }, timeoutMs);
    return JSON.parse(text) as T;
  }

  /** Sends a control message and takes its reply (the frame with the same id and a result or error). */
  request(message: { id?: unknown } & Record<string, unknown>): Promise<Record<string, unknown>> {
    this.send(message);
    return this.json((m) => ('result' in m || 'error' in m) && m['id'] === (message.id ?? null));
  }

  /** Takes `count` JSON frames that satisfy `match`, in order. */
  async many<T = Record<string, unknown>>(
    count: number,
    match?: (value: T) => boolean,
  ): Promise<T[]> {
    const out: T[] = [];
    for (let i = 0; i < count; i++) out.push(await this.json<T>(match));
    return out;
  }
}

/** The HTTP status of a refused upgrade (or 101 when it was accepted). */
export function upgradeStatus(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    sockets.push(ws);
    ws.once('open', () => {
      resolve({ status: 101, body: '' });
      ws.terminate();
    });
    ws.once('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body });
        ws.terminate();
      });
    });
    ws.on('error', (error) => {
      if (!/Unexpected server response/.test(error.message)) reject(error);
    });
  });
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
