/**
 * `npm run bench`: every client of bench/clients.ts against the same flood from a local exchange
 * in its own process, one after another in one run; CPU time per message, throughput at
 * saturation, latency from the send time, event-loop delay, memory; plus codegen time and the
 * size of a ticker-only bundle. Each figure is also given as a ratio to raw `ws` + `JSON.parse`
 * measured in the same run. Writes docs/benchmarks/latest.{json,md,svg}.
 *
 *   npm run bench                    100 000 messages per client
 *   npm run bench -- --count 20000   fewer
 */
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { generate } from '../codegen/generate';
import { readSpecFiles } from '../codegen/io';
import { clients, type Urls } from './clients';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '100000' },
    rounds: { type: 'string', default: '3' },
  },
});
const COUNT = Number(values.count);
const ROUNDS = Number(values.rounds);
/** A client that has not received the whole flood by then is reported with what it got. */
const LIMIT_MS = 60_000;
const WARMUP = Math.min(5_000, COUNT);
const STREAM = 'btcusdt@trade';

interface Result {
  readonly client: string;
  readonly received: number;
  readonly cpuMicrosPerMessage: number;
  readonly messagesPerSecond: number;
  readonly latencyP50Ms: number;
  readonly latencyP99Ms: number;
  readonly eventLoopP99Ms: number;
  readonly rssMb: number;
  readonly heapMb: number;
}

async function startFeed(): Promise<{ urls: Urls; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/feed.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    child.stdout.once('data', (data: Buffer) => resolve(String(data).split('\n')[0]!));
    child.once('exit', (code) => reject(new Error(`feed exited with ${code}`)));
  });
  return { urls: JSON.parse(line) as Urls, stop: () => child.kill('SIGTERM') };
}

const flood = (urls: Urls, count: number) =>
  fetch(`${urls.control}/market/flood`, {
    method: 'POST',
    body: JSON.stringify({ args: [{ stream: STREAM, count }] }),
  });

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

async function waitFor(test: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = performance.now() + timeoutMs;
  while (!test() && performance.now() < end) await new Promise((resolve) => setTimeout(resolve, 5));
  return test();
}

async function measure(urls: Urls, client: (typeof clients)[number]): Promise<Result> {
  let received = 0;
  const latencies: number[] = [];
  const stop = await client.start(urls, (sendTime) => {
    received += 1;
    if ((received & 63) === 0) latencies.push(Date.now() - sendTime);
  });
  await flood(urls, WARMUP);
  await waitFor(() => received >= WARMUP, 30_000);
  (globalThis as { gc?: () => void }).gc?.();
  received = 0;
  latencies.length = 0;
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const sent = flood(urls, COUNT);
  await waitFor(() => received >= COUNT, LIMIT_MS);
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  loop.disable();
  await sent;
  const memory = process.memoryUsage();
  await Promise.race([
    Promise.resolve(stop()),
    new Promise((resolve) => setTimeout(resolve, 5_000)),
  ]);
  latencies.sort((a, b) => a - b);
  return {
    client: client.name,
    received,
    cpuMicrosPerMessage: (cpu.user + cpu.system) / Math.max(1, received),
    messagesPerSecond: received / (wallMs / 1000),
    latencyP50Ms: percentile(latencies, 0.5),
    latencyP99Ms: percentile(latencies, 0.99),
    eventLoopP99Ms: loop.percentile(99) / 1e6,
    rssMb: memory.rss / 1_048_576,
    heapMb: memory.heapUsed / 1_048_576,
  };
}

async function codegenMs(): Promise<number> {
  const files = await readSpecFiles(process.cwd());
  const t0 = performance.now();
  await generate(files, { prettierConfig: '.prettierrc.json' });
  return performance.now() - t0;
}

async function tickerBundleKb(): Promise<number> {
  const result = await build({
    stdin: {
      contents: [
        "export { publicWebsocketConnection } from './src/connection/public-websocket-connection';",
        "export { keepMessagesOnly } from './src/operators/keep-messages-only';",
        "export { filterNewSocketOnly } from './src/operators/filter-new-socket-only';",
        "export { subscribeTicker } from './generated/channels/ticker';",
      ].join('\n'),
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    external: ['ws'],
    write: false,
  });
  return gzipSync(result.outputFiles[0]!.contents).length / 1024;
}

const fmt = (n: number, digits = 2) => n.toFixed(digits);

const feed = await startFeed();
const runs = new Map<string, Result[]>();
try {
  // Several rounds, the order rotating each time, so no client always runs first (cold) or last.
  for (let round = 0; round < ROUNDS; round += 1) {
    const order = clients.map((_, i) => clients[(i + round) % clients.length]!);
    for (const client of order) {
      process.stdout.write(`bench: round ${round + 1}, ${client.name} … `);
      try {
        const result = await measure(feed.urls, client);
        runs.set(client.name, [...(runs.get(client.name) ?? []), result]);
        const rate = Math.round(result.messagesPerSecond);
        console.log(
          `${fmt(result.cpuMicrosPerMessage)} µs/msg, ${rate} msg/s, ${result.received} received`,
        );
      } catch (error) {
        console.log(`failed: ${String(error)}`);
      }
    }
  }
} finally {
  feed.stop();
}
/** Per client, the round with the median CPU per message. */
const results: Result[] = clients.flatMap((c) => {
  const all = (runs.get(c.name) ?? []).sort(
    (a, b) => a.cpuMicrosPerMessage - b.cpuMicrosPerMessage,
  );
  return all.length === 0 ? [] : [all[Math.floor(all.length / 2)]!];
});
const codegen = await codegenMs();
const bundle = await tickerBundleKb().catch(() => Number.NaN);
const floor = results.find((r) => r.client.startsWith('raw'))!;
const report = {
  date: new Date().toISOString(),
  machine: {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
  },
  messages: COUNT,
  stream: STREAM,
  results: results.map((r) => ({
    ...r,
    cpuRatio: r.cpuMicrosPerMessage / floor.cpuMicrosPerMessage,
    throughputRatio: r.messagesPerSecond / floor.messagesPerSecond,
  })),
  codegenMs: codegen,
  tickerBundleKbGzip: bundle,
};

const rows = report.results.map(
  (r) =>
    `| ${r.client} | ${r.received} | ${fmt(r.cpuMicrosPerMessage)} | ${fmt(r.cpuRatio)}× | ${Math.round(r.messagesPerSecond)} | ${fmt(r.throughputRatio)}× | ${r.latencyP50Ms} / ${r.latencyP99Ms} | ${fmt(r.eventLoopP99Ms, 1)} | ${fmt(r.rssMb, 0)} / ${fmt(r.heapMb, 0)} |`,
);
const markdown = `# Benchmarks (${report.date.slice(0, 10)})

${report.machine.cpus} × ${report.machine.cpu}, ${report.machine.memoryGb} GB, Node ${report.machine.node}.
${COUNT} \`${STREAM}\` messages per client from a local exchange in its own process, flooded as fast
as the socket drains; ${ROUNDS} rounds in rotating order, the median round per client; ratios are to
raw \`ws\` + \`JSON.parse\` measured in the same run. A client that had not received all messages
after ${LIMIT_MS / 1000} s is shown with what it received.

| client | received | CPU µs/msg | CPU ratio | msg/s | throughput ratio | latency p50 / p99 ms | event loop p99 ms | RSS / heap MB |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${rows.join('\n')}

Codegen of the whole spec: ${fmt(codegen, 0)} ms. Ticker-only bundle (esbuild, minified, gzip): ${fmt(bundle, 1)} KB.
`;
const width = 640;
const bar = 22;
const max = Math.max(...report.results.map((r) => r.cpuRatio));
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${report.results.length * (bar + 8) + 40}" font-family="sans-serif" font-size="12">
<text x="10" y="18">CPU per message, ratio to raw ws + JSON.parse (${report.date.slice(0, 10)})</text>
${report.results
  .map((r, i) => {
    const y = 30 + i * (bar + 8);
    const w = Math.max(2, ((width - 280) * r.cpuRatio) / max);
    return `<text x="10" y="${y + 15}">${r.client}</text><rect x="250" y="${y}" width="${w}" height="${bar}" fill="#4a7bd0"/><text x="${255 + w}" y="${y + 15}">${fmt(r.cpuRatio)}×</text>`;
  })
  .join('\n')}
</svg>
`;
await mkdir('docs/benchmarks', { recursive: true });
await writeFile('docs/benchmarks/latest.json', `${JSON.stringify(report, null, 2)}\n`);
await writeFile('docs/benchmarks/latest.md', markdown);
await writeFile('docs/benchmarks/latest.svg', svg);
console.log(`\n${markdown}`);
process.exit(0);
