/**
 * One client on one scenario's flood, in this process, for profiling the per-message path:
 *
 *   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile.ts   (binance-rx, validation off)
 *   CLIENT=on|raw|binance COUNT=300000 node --import tsx bench/profile.ts
 *   KIND=trade SOCKETS=8 SHARDED=1 CLIENT=on node --import tsx bench/profile.ts
 *   KIND=mixed CLIENT=on node --import tsx bench/profile.ts       (1,000 streams, 4 shards)
 *
 * binance-rx is the package unpacked by the last `npm run bench` (or by
 * `node --import tsx bench/package-under-test.ts`); `BENCH_SDK=src` takes src/ instead.
 *
 * `CLIENT`: `off` / `on` (binance-rx without / with validation), `ccxt` (`on` and the generated
 * CCXT parsers), `raw` (ws + JSON.parse) or
 * `binance` (the npm package), `raw-sbe` (ws + SBE decode), `sbe` (binance-rx SBE: SBE streams
 * of the same data) or `sbe-json` (the JSON channels of `on` on the SBE connection), as
 * bench/clients.ts runs them. `KIND`: `trade` (default),
 * `bookTicker`, `depth` or `mixed`. `SOCKETS`: one stream and one socket per symbol (default 1):
 * binance-rx with one connection per socket as the peers do, or with `SHARDED=1` through one
 * sharded connection (`mixed` always is). Prints CPU µs per message over 5 floods (after one to
 * warm up), min and median, and the median throughput (wall time from the flood request to the
 * last message: it depends on what else runs on the machine).
 */
import { spawn } from 'node:child_process';
import { CCXT_CLIENT, SBE_JSON_CLIENT } from './client-names';
import { loadClients, type Urls } from './clients';
import {
  DEPTH_LEVELS,
  MIXED_SYMBOLS,
  socketsOf,
  streamsOf,
  type Kind,
  type Scenario,
} from './scenarios';

const NAMES: Readonly<Record<string, string>> = {
  raw: 'raw ws + JSON.parse',
  off: 'binance-rx (validation off)',
  on: 'binance-rx (validation on)',
  ccxt: CCXT_CLIENT,
  binance: 'binance (npm)',
  'raw-sbe': 'raw ws + SBE decode',
  sbe: 'binance-rx SBE',
  'sbe-json': SBE_JSON_CLIENT,
};
const name = NAMES[process.env['CLIENT'] ?? 'off'] ?? 'binance-rx (validation off)';
const count = Number(process.env['COUNT'] ?? 200_000);
const kind = (process.env['KIND'] ?? 'trade') as Kind;
const scenario: Scenario =
  kind === 'mixed'
    ? { kind, sockets: 4, rate: undefined, sharded: true }
    : {
        kind,
        sockets: Number(process.env['SOCKETS'] ?? 1),
        rate: undefined,
        sharded: process.env['SHARDED'] === '1',
      };
const client = (await loadClients()).find((c) => c.name === name)!;
const streams = streamsOf(scenario, client.wire).map((s) => s.flood);

const feed = spawn(process.execPath, ['--import', 'tsx', 'bench/feed.ts', ...MIXED_SYMBOLS], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const urls = JSON.parse(
  await new Promise<string>((resolve) =>
    feed.stdout.once('data', (data: Buffer) => resolve(String(data).split('\n')[0]!)),
  ),
) as Urls;

let received = 0;
await client.start(
  urls,
  socketsOf(scenario, client.wire),
  scenario.sharded === true,
  () => (received += 1),
);

let rates: number[] = [];

async function run(): Promise<number> {
  received = 0;
  const t0 = performance.now();
  const total = Math.ceil(count / streams.length) * streams.length;
  const cpu0 = process.cpuUsage();
  await fetch(`${urls.control}/market/flood`, {
    method: 'POST',
    body: JSON.stringify({
      args: [{ streams, count: total / streams.length, levels: DEPTH_LEVELS }],
    }),
  });
  while (received < total) await new Promise((resolve) => setTimeout(resolve, 5));
  const cpu = process.cpuUsage(cpu0);
  rates.push(total / ((performance.now() - t0) / 1000));
  return (cpu.user + cpu.system) / total;
}

await run();
rates = [];
const runs: number[] = [];
for (let i = 0; i < 5; i += 1) runs.push(await run());
runs.sort((a, b) => a - b);
console.log(
  `${name}, ${kind}, ${scenario.sockets} socket(s)${scenario.sharded ? ', sharded' : ''}: ${runs[0]!.toFixed(2)} µs/msg min, ${runs[2]!.toFixed(2)} median; ${Math.round(rates.sort((a, b) => a - b)[2]! / 1000)}k msg/s median (wall, from the flood request)`,
);
feed.kill();
process.exit(0);
