/**
 * `npm run bench`: every client of bench/clients.ts against the same floods from a local exchange
 * in its own process (bench/feed.ts), one after another in one run, for every scenario of
 * bench/scenarios.ts, each client in a process of its own (bench/worker.ts, bench/measure.ts);
 * plus codegen time and bundle sizes. Writes docs/benchmarks/latest.{json,md,svg}
 * through bench/report.ts.
 *
 *   npm run bench                       the whole matrix (about 12 minutes on 2 vCPUs)
 *   BENCH_QUICK=1 npm run bench         a short smoke run: 50k msg/s and saturation only, small
 *                                       counts, one round, written to /tmp
 *   npm run bench -- --rounds 9         more rounds of the saturation scenarios (default 5)
 *   npm run bench -- --only '1,000 streams' --clients 'raw|validation on)'
 *                                       only the scenarios whose label contains one of `--only`
 *                                       (`|`-separated), with the clients whose name contains
 *                                       one of `--clients`; written to /tmp unless `--out`
 *   npm run bench -- --keep-package      measure the package unpacked by the last run as it is
 *   BENCH_SDK=src npm run bench          measure src/ instead of the packed package
 *
 * binance-rx is measured as users install it: built, packed and unpacked into
 * bench/node_modules/binance-rx first (bench/package-under-test.ts).
 */
import { spawn } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { bundleSizes } from './build-figures';
import { codegenFigures } from './codegen';
import type { Client, Urls } from './clients';
import type { Settings } from './measure';
import { describeSdk, preparePackage, SDK_SOURCE } from './package-under-test';
import { writeReport, type Measured, type ScenarioResult } from './report';
import {
  DEPTH_LEVELS,
  MIXED_SYMBOLS,
  USDM_KINDS,
  isUsdmKind,
  scenarioLabel,
  type Kind,
  type Scenario,
} from './scenarios';

const { values } = parseArgs({
  options: {
    rounds: { type: 'string', default: '5' },
    quick: { type: 'boolean', default: process.env['BENCH_QUICK'] === '1' },
    out: { type: 'string' },
    only: { type: 'string' },
    clients: { type: 'string' },
    'keep-package': { type: 'boolean', default: false },
  },
});
const QUICK = values.quick;
const matches = (list: string | undefined, name: string) =>
  list === undefined || list.split('|').some((part) => name.includes(part.trim()));
/** A partial run (`--only`, `--clients`) leaves docs/benchmarks alone and skips the build figures. */
const PARTIAL = values.only !== undefined || values.clients !== undefined;
/**
 * Rounds of each saturation scenario where a target is read (one socket; 8 sockets and 1,000
 * streams through one sharded connection); other saturation scenarios run 3 (or fewer), fixed
 * rates once. With 3 rounds the 1,000-stream ratio moved from 1.24x to 1.67x between runs
 * (docs/benchmarks/scale.md, sixth pass).
 */
const ROUNDS = QUICK ? 1 : Number(values.rounds);
const targetRounds = (s: Scenario) =>
  !isUsdmKind(s.kind) && (s.sockets === 1 || s.sharded === true);
const roundsOf = (s: Scenario) =>
  s.rate !== undefined ? 1 : targetRounds(s) ? ROUNDS : Math.min(ROUNDS, 3);
/**
 * Messages per saturation run, over all sockets; on 8 sockets (bench/measure.ts, Settings). One
 * socket gets as many as eight: 50,000 SBE messages are 40 ms of work, too short a round to
 * measure (JIT tiers and a GC pause decided it), and the JSON clients were noisy at 0.1 s too.
 */
const SATURATION_COUNT = QUICK ? 10_000 : 200_000;
const SATURATION_COUNT_MANY = QUICK ? 20_000 : 200_000;
/** Length of a fixed-rate run. */
const RATE_SECONDS = QUICK ? 0.25 : 0.5;
const WARMUP = QUICK ? 2_000 : 5_000;
/** A saturation run still short of its count after this long is reported with what it got. */
const SATURATION_LIMIT_MS = QUICK ? 4_000 : 10_000;
const OUT =
  values.out ?? (QUICK || PARTIAL ? join(tmpdir(), 'binance-rx-bench') : 'docs/benchmarks');

const RATES = QUICK ? [50_000, undefined] : [20_000, 50_000, 100_000, undefined];
/** At scale, saturation only: 8 sockets through one sharded connection, 1,000 mixed streams. */
const AT_SCALE: Scenario[] = [
  { kind: 'trade', sockets: 8, rate: undefined, sharded: true },
  { kind: 'depth', sockets: 8, rate: undefined, sharded: true },
  { kind: 'mixed', sockets: 4, rate: undefined, sharded: true },
];
/**
 * USDⓈ-M futures, 1 socket at saturation only (3 rounds, as the other saturation scenarios without
 * a target): the comparison with the peers, not a second matrix. Mark price messages cost about a
 * trade's, so a round has as many; a futures diff depth costs the floor about three times as much,
 * so half as many give a round at least as long, and halve the time of the slow peers (about
 * 20–40 µs a diff); `!markPrice@arr@1s` carries the 200 symbols of the feed in each message (about
 * 35 KB), so a hundredth as many.
 */
const USDM_COUNT: Readonly<Partial<Record<Kind, number>>> = {
  usdmDepth: SATURATION_COUNT / 2,
  usdmAllMarkPrices: SATURATION_COUNT / 100,
};
const USDM: Scenario[] = USDM_KINDS.map((kind) => ({
  kind,
  sockets: 1,
  rate: undefined,
  ...(USDM_COUNT[kind] === undefined ? {} : { count: USDM_COUNT[kind] }),
}));
const SCENARIOS: Scenario[] = [
  ...(['trade', 'bookTicker', 'depth'] as const).flatMap((kind) =>
    [1, 8].flatMap((sockets) => RATES.map((rate) => ({ kind, sockets, rate }))),
  ),
  ...AT_SCALE,
  ...USDM,
].filter((s) => matches(values.only, scenarioLabel(s)));

/** The clients measured in a scenario: the scenarios at scale take those marked `atScale`. */
const eligibleFor = (scenario: Scenario, clients: readonly Client[]) =>
  clients.filter(
    (c) => kindsOf(c).includes(scenario.kind) && (scenario.sharded !== true || c.atScale === true),
  );

async function startFeed(): Promise<{ urls: Urls; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/feed.ts', ...MIXED_SYMBOLS], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (data: Buffer) => resolve(String(data).split('\n')[0]!));
    child.once('exit', (code) => reject(new Error(`feed exited with ${code}`)));
  });
  return { urls: JSON.parse(line) as Urls, stop: () => child.kill('SIGTERM') };
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/**
 * Per client, the median of each figure over its rounds (each figure on its own). Ratios are
 * paired by round in the report (bench/report.ts, `ratioOf`), from the rounds kept beside.
 */
function medianOf(all: readonly Measured[]): Measured {
  const figure = (get: (m: Measured) => number) => median(all.map(get));
  return {
    client: all[0]!.client,
    received: figure((m) => m.received),
    expected: all[0]!.expected,
    cpuMicrosPerMessage: figure((m) => m.cpuMicrosPerMessage),
    messagesPerSecond: figure((m) => m.messagesPerSecond),
    latencyP50Ms: figure((m) => m.latencyP50Ms),
    latencyP99Ms: figure((m) => m.latencyP99Ms),
    eventLoopP99Ms: figure((m) => m.eventLoopP99Ms),
    busy: figure((m) => m.busy),
    cpuShare: figure((m) => m.cpuShare),
    rssMb: figure((m) => m.rssMb),
    retainedHeapMb: figure((m) => m.retainedHeapMb),
  };
}

const SETTINGS: Settings = {
  saturationCount: SATURATION_COUNT,
  saturationCountMany: SATURATION_COUNT_MANY,
  rateSeconds: RATE_SECONDS,
  warmup: WARMUP,
  saturationLimitMs: SATURATION_LIMIT_MS,
};

/**
 * Extra node flags for the workers, `BENCH_WORKER_FLAGS='--cpu-prof --cpu-prof-dir=/tmp/prof'`:
 * a profile of each client as the matrix runs it (node refuses `--cpu-prof` in NODE_OPTIONS).
 */
const WORKER_FLAGS = (process.env['BENCH_WORKER_FLAGS'] ?? '').split(' ').filter(Boolean);

/** A client's own process (bench/worker.ts), measuring one scenario at a time. */
interface Worker {
  measure(urls: Urls, scenario: Scenario): Promise<Measured>;
  stop(): void;
}

async function startWorker(client: Client): Promise<Worker> {
  const child = spawn(
    process.execPath,
    [...WORKER_FLAGS, '--expose-gc', '--import', 'tsx', 'bench/worker.ts', client.name],
    // The peers log connections on stdout; errors still show.
    { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] },
  );
  const pending = new Map<number, (answer: { result?: Measured; error?: string }) => void>();
  let ids = 0;
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`${client.name}: worker exited with ${code}`)));
  });
  child.on('message', (answer: { id: number; result?: Measured; error?: string }) => {
    pending.get(answer.id)?.(answer);
    pending.delete(answer.id);
  });
  child.on('exit', (code) => {
    for (const settle of pending.values()) settle({ error: `worker exited with ${code}` });
    pending.clear();
  });
  return {
    measure: (urls, scenario) =>
      new Promise((resolve, reject) => {
        const id = (ids += 1);
        if (!child.connected) {
          reject(new Error(`${client.name}: worker is gone`));
          return;
        }
        pending.set(id, ({ result, error }) =>
          result ? resolve(result) : reject(new Error(error)),
        );
        child.send({ id, urls, scenario, settings: SETTINGS });
      }),
    // Disconnecting lets the worker exit by itself (and write a profile it was asked for).
    stop: () => (child.connected ? child.disconnect() : child.kill('SIGTERM')),
  };
}

if (SDK_SOURCE === 'package' && !values['keep-package']) preparePackage();
// The clients load the SDK when imported (bench/sdk.ts): only once it is there.
const { kindsOf, loadClients } = await import('./clients');
const sdk = describeSdk();
console.log(`bench: binance-rx: ${sdk}`);
const runsUsdm = SCENARIOS.some((s) => USDM.includes(s));
const loadBefore = loadavg()[0]!;
const started = performance.now();
const clients = (await loadClients()).filter((c) => matches(values.clients, c.name));
const feed = await startFeed();
const workers = new Map<string, Worker>();
const scenarios: ScenarioResult[] = [];
try {
  for (const client of clients) workers.set(client.name, await startWorker(client));
  // One untimed pass of every client first: no figure is taken with cold code (JIT, first sockets),
  // on its first kind, and on its first futures kind when futures scenarios are run.
  for (const client of clients) {
    const kinds = kindsOf(client);
    const usdm = kinds.find(isUsdmKind);
    const warm = [kinds[0]!, ...(usdm && usdm !== kinds[0] && runsUsdm ? [usdm] : [])];
    for (const kind of warm) {
      await workers.get(client.name)!.measure(feed.urls, { kind, sockets: 1, rate: undefined });
    }
  }
  for (const scenario of SCENARIOS) {
    const eligible = eligibleFor(scenario, clients);
    const rounds = roundsOf(scenario);
    /** Per client, its figures by round (`null`: that round failed). */
    const runs = new Map<string, (Measured | null)[]>();
    for (let round = 0; round < rounds; round += 1) {
      // The order rotates each round, so no client always runs first (cold) or last.
      const order = eligible.map((_, i) => eligible[(i + round) % eligible.length]!);
      for (const client of order) {
        const label = `${scenarioLabel(scenario)} · round ${round + 1} · ${client.name}`;
        try {
          const result = await workers.get(client.name)!.measure(feed.urls, scenario);
          const byRound = runs.get(client.name) ?? Array<Measured | null>(rounds).fill(null);
          byRound[round] = result;
          runs.set(client.name, byRound);
          console.log(
            `bench: ${label}: ${result.cpuMicrosPerMessage.toFixed(2)} µs/msg, ${Math.round(result.messagesPerSecond)} msg/s, busy ${result.busy.toFixed(2)}, CPU share ${result.cpuShare.toFixed(2)}, ${result.received}/${result.expected}`,
          );
        } catch (error) {
          console.log(`bench: ${label}: failed: ${String(error)}`);
        }
      }
    }
    const results = eligible.flatMap((c) => {
      const all = (runs.get(c.name) ?? []).filter((m): m is Measured => m !== null);
      return all.length === 0 ? [] : [medianOf(all)];
    });
    const byRound = Object.fromEntries(runs);
    scenarios.push({ ...scenario, label: scenarioLabel(scenario), rounds, results, byRound });
  }
} finally {
  for (const worker of workers.values()) worker.stop();
  feed.stop();
}
const codegen = await codegenFigures();
const bundles = PARTIAL ? [] : await bundleSizes();
const markdown = await writeReport(OUT, {
  quick: QUICK,
  saturationCount: SATURATION_COUNT,
  saturationCountMany: SATURATION_COUNT_MANY,
  rateSeconds: RATE_SECONDS,
  saturationLimitMs: SATURATION_LIMIT_MS,
  rounds: ROUNDS,
  depthLevels: DEPTH_LEVELS,
  scenarios,
  codegen,
  bundles,
  runMinutes: (performance.now() - started) / 60_000,
  loadAverage: [loadBefore, loadavg()[0]!],
  sdk,
});
console.log(`\n${markdown}\nbench: written to ${OUT}/latest.{json,md,svg}`);
process.exit(0);
