/**
 * The control endpoint (`/control/…`): the same fault and market controls as the programmatic
 * API, over HTTP, for a local exchange run from the shell (`npx binance-rx sim`). It answers even
 * while the exchange refuses connections, so a fault can be ended from outside.
 *
 *   GET  /control                      what is available
 *   GET  /control/keys                 the test keys (API key and secret of each type)
 *   POST /control/faults/<name>        body {"args": [...]}, e.g. halfOpen [5000]
 *   POST /control/market/<pause|resume|step|flood>   step takes {"args": [count]}, flood
 *                                      {"args": [{"stream": "btcusdt@trade", "count": 100000}]}
 *                                      (or "streams": [...], each flooded the same way)
 *   POST /control/account/deposit      body {"args": ["USDT", "100"]}
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { HttpRoute } from '../server/router';
import { sendJson } from '../server/responses';
import type { Faults, LocalExchange } from '../types';

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
  'clear',
];
const MARKET = ['pause', 'resume', 'step', 'flood'] as const;

type Target = Pick<LocalExchange, 'faults' | 'market' | 'keys' | 'deposit'>;

export const controlRoute = (target: () => Target): HttpRoute => ({
  matches: (pathname) => pathname === '/control' || pathname.startsWith('/control/'),
  handle: (req, res) => {
    readArgs(req).then(
      (args) => answer(target(), req, res, args),
      (error: unknown) => sendJson(res, 400, { error: `invalid body: ${String(error)}` }),
    );
  },
});

async function answer(target: Target, req: IncomingMessage, res: ServerResponse, args: unknown[]) {
  const path = new URL(req.url ?? '/', 'http://local').pathname;
  const [, , group, name] = path.split('/');
  if (req.method === 'GET' && group === undefined) {
    sendJson(res, 200, {
      faults: FAULTS,
      market: MARKET,
      account: ['deposit'],
      keys: '/control/keys',
    });
  } else if (req.method === 'GET' && group === 'keys') {
    sendJson(res, 200, target.keys);
  } else if (req.method === 'POST' && group === 'faults' && FAULTS.includes(name as keyof Faults)) {
    const fault = target.faults[name as keyof Faults] as (...a: unknown[]) => unknown;
    // Lasting faults (halfOpen, refuseConnections, restart) resolve when they end: answer now.
    const result = fault(...args);
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
    const result = await market[name!]!(...args);
    sendJson(res, 200, { ok: true, ...(result === undefined ? {} : { result }) });
  } else if (req.method === 'POST' && group === 'account' && name === 'deposit') {
    target.deposit(...(args as [string, string, string?]));
    sendJson(res, 200, { ok: true });
  } else {
    sendJson(res, 404, { error: `no control ${req.method} ${path}; GET /control lists them` });
  }
}

function readArgs(req: IncomingMessage): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('error', reject);
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8').trim();
      if (text === '') return resolve([]);
      try {
        const body = JSON.parse(text) as { args?: unknown };
        resolve(Array.isArray(body.args) ? body.args : []);
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
  });
}
