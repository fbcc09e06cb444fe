/**
 * The control endpoint (`/control/…`): the same fault and market controls as the programmatic
 * API, over HTTP, for a local exchange run from the shell (`npx binance-rx sim`). It answers even
 * while the exchange refuses connections, so a fault can be ended from outside.
 *
 *   GET  /control                      what is available
 *   GET  /control/keys                 the test keys (API key and secret of each type)
 *   POST /control/faults/<name>        body {"args": [...]}, e.g. halfOpen [5000], requestFault
 *                                      [{"answer": "unknown"}]
 *   POST /control/market/<pause|resume|step|flood>   step takes {"args": [count]}, flood
 *                                      {"args": [{"stream": "btcusdt@trade", "count": 100000}]}
 *                                      (or "streams": [...], each flooded the same way;
 *                                      futures streams as "usdm:<route>:<name>")
 *   POST /control/account/deposit      body {"args": ["USDT", "100"]}
 *   POST /control/account/keys         body {"args": ["bob"]}: that account's test keys
 *   POST /control/account/emitUserData body {"args": [{"e": "assetLockUpdate", …}, "bob"]}: a user
 *                                      data event to the account's subscribers (account optional)
 *   POST /control/usdm/<setMarkPrice|settleFunding|expireListenKeys|emitUserData>   setMarkPrice
 *                                      takes {"args": ["BTCUSDT", "55000"]} (no price: the book's
 *                                      mid), emitUserData an event and an account as above
 *
 * Bad input never stops the exchange: a body that is not JSON, arguments that break a control's
 * rules (`args.ts`) or a control that throws answer 400 with the reason; a lasting fault that
 * fails after it was answered is logged.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpRoute } from '../server/router';
import { sendJson } from '../server/responses';
import type { Faults, LocalExchange } from '../types';
import { argsProblem } from './args';

const FAULTS: readonly (keyof Faults)[] = [
  'dropAll',
  'halfOpen',
  'refuseConnections',
  'sendMalformed',
  'sendSchemaBreaking',
  'delay',
  'reorder',
  'skipDepthUpdates',
  'serverShutdown',
  'restart',
  'requestFault',
  'clear',
];
const MARKET = ['pause', 'resume', 'step', 'flood'] as const;
const USDM = ['setMarkPrice', 'settleFunding', 'expireListenKeys', 'emitUserData'] as const;
/** The largest body read; a control's arguments are a few bytes. */
const MAX_BODY = 64 * 1024;

type Target = Pick<
  LocalExchange,
  'faults' | 'market' | 'usdm' | 'keys' | 'deposit' | 'accountKeys' | 'emitUserData'
>;

export const controlRoute = (target: () => Target): HttpRoute => ({
  matches: (pathname) => pathname === '/control' || pathname.startsWith('/control/'),
  handle: (req, res) => {
    readArgs(req)
      .then(
        (args) => answer(target(), req, res, args),
        (error: unknown) => fail(res, `invalid body: ${reason(error)}`),
      )
      .catch((error: unknown) => fail(res, reason(error)));
  },
});

/** A 400 with the reason, unless an answer is already on its way. */
function fail(res: ServerResponse, message: string): void {
  if (res.headersSent) return;
  sendJson(res, 400, { error: message });
}

function reason(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

async function answer(target: Target, req: IncomingMessage, res: ServerResponse, args: unknown[]) {
  const path = new URL(req.url ?? '/', 'http://local').pathname;
  const [, , group, name] = path.split('/');
  const call = (control: string, run: (...a: unknown[]) => unknown): unknown => {
    const problem = argsProblem(control, args);
    if (problem !== undefined) throw new RangeError(problem);
    // null stands for "left out", so that a control's default applies.
    return run(...args.map((arg) => (arg === null ? undefined : arg)));
  };
  if (req.method === 'GET' && group === undefined) {
    sendJson(res, 200, {
      faults: FAULTS,
      market: MARKET,
      account: ['deposit', 'keys', 'emitUserData'],
      usdm: USDM,
      keys: '/control/keys',
    });
  } else if (req.method === 'GET' && group === 'keys') {
    sendJson(res, 200, target.keys);
  } else if (req.method === 'POST' && group === 'faults' && FAULTS.includes(name as keyof Faults)) {
    const fault = target.faults[name as keyof Faults] as (...a: unknown[]) => unknown;
    const result = call(name!, fault);
    // Lasting faults (halfOpen, refuseConnections, restart) resolve when they end: answer now.
    if (result instanceof Promise) {
      result.catch((error: unknown) => console.error(`control ${name} failed: ${reason(error)}`));
    }
    sendJson(res, 200, {
      ok: true,
      result: result instanceof Promise ? 'started' : (result ?? null),
    });
  } else if (
    req.method === 'POST' &&
    group === 'market' &&
    (MARKET as readonly string[]).includes(name ?? '')
  ) {
    const market = target.market as unknown as Record<string, (...a: unknown[]) => unknown>;
    // flood resolves with its result once every message is written.
    const result = await call(name!, (...a) => market[name!]!(...a));
    sendJson(res, 200, { ok: true, ...(result === undefined ? {} : { result }) });
  } else if (
    req.method === 'POST' &&
    group === 'usdm' &&
    (USDM as readonly string[]).includes(name ?? '')
  ) {
    const usdm = target.usdm as unknown as Record<string, (...a: unknown[]) => unknown>;
    call(name!, (...a) => usdm[name!]!(...a));
    sendJson(res, 200, { ok: true });
  } else if (req.method === 'POST' && group === 'account' && name === 'deposit') {
    call('deposit', (...a) => target.deposit(...(a as [string, string, string?])));
    sendJson(res, 200, { ok: true });
  } else if (req.method === 'POST' && group === 'account' && name === 'emitUserData') {
    call('emitUserData', (...a) => target.emitUserData(...(a as [object, string?])));
    sendJson(res, 200, { ok: true });
  } else if (req.method === 'POST' && group === 'account' && name === 'keys') {
    sendJson(
      res,
      200,
      call('keys', (accountId) => target.accountKeys(accountId as string)),
    );
  } else {
    sendJson(res, 404, { error: `no control ${req.method} ${path}; GET /control lists them` });
  }
}

function readArgs(req: IncomingMessage): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('error', reject);
    req.on('end', () => {
      if (size > MAX_BODY) return reject(new Error(`larger than ${MAX_BODY} bytes`));
      const text = Buffer.concat(chunks).toString('utf8').trim();
      if (text === '') return resolve([]);
      try {
        const body = JSON.parse(text) as { args?: unknown } | null;
        const args = body?.args;
        if (args !== undefined && !Array.isArray(args)) {
          reject(new Error('"args" must be an array'));
          return;
        }
        resolve(args ?? []);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}
