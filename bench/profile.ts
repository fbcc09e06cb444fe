/**
 * One client on one trade flood, for profiling the per-message path:
 *
 *   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile.ts   (binance-rx, validation off)
 *   CLIENT=on|raw STREAMS=100 COUNT=300000 node --import tsx bench/profile.ts
 *
 * `CLIENT`: `off` / `on` (binance-rx without / with validation) or `raw` (ws + JSON.parse).
 * `STREAMS`: streams on the connection besides the flooded one (silent; they cost only routing).
 * Prints CPU µs per message over 5 floods (after one to warm up), min and median.
 */
import { spawn } from 'node:child_process';
import { filter, firstValueFrom, share } from 'rxjs';
import { WebSocket } from 'ws';
import { subscribeTrade } from '../generated/channels/trade';
import { publicWebsocketConnection } from '../src/connection/public-websocket-connection';
import { filterNewSocketOnly } from '../src/operators/filter-new-socket-only';
import { keepMessagesOnly } from '../src/operators/keep-messages-only';
import type { Urls } from './clients';

const client = process.env['CLIENT'] ?? 'off';
const count = Number(process.env['COUNT'] ?? 200_000);
const extra = Number(process.env['STREAMS'] ?? 0);

const feed = spawn(process.execPath, ['--import', 'tsx', 'bench/feed.ts'], {
  stdio: ['ignore', 'pipe', 'inherit'],
});
const urls = JSON.parse(
  await new Promise<string>((resolve) =>
    feed.stdout.once('data', (data: Buffer) => resolve(String(data).split('\n')[0]!)),
  ),
) as Urls;

let received = 0;
if (client === 'raw') {
  const ws = new WebSocket(urls.combined);
  await new Promise((resolve) => ws.once('open', resolve));
  const acked = new Promise((resolve) => ws.once('message', resolve));
  ws.send(JSON.stringify({ method: 'SUBSCRIBE', params: ['btcusdt@trade'], id: 1 }));
  await acked;
  ws.on('message', (data: Buffer) => {
    const message = JSON.parse(data.toString()) as { data?: unknown };
    if (message.data !== undefined) received += 1;
  });
} else {
  const connection = publicWebsocketConnection({
    url: urls.combined,
    validate: client === 'on',
    heartbeatTimeoutMs: false,
  });
  const messages = connection.pipe(keepMessagesOnly());
  const sockets = connection.pipe(filterNewSocketOnly(), share());
  sockets.pipe(subscribeTrade('BTCUSDT', messages)).subscribe(() => (received += 1));
  for (let i = 0; i < extra; i += 1)
    sockets.pipe(subscribeTrade(`X${i}USDT`, messages)).subscribe();
  const acked = firstValueFrom(
    messages.pipe(filter((m) => typeof m === 'object' && m !== null && 'result' in m)),
  );
  connection.connect();
  await acked;
}

async function run(): Promise<number> {
  received = 0;
  const cpu0 = process.cpuUsage();
  await fetch(`${urls.control}/market/flood`, {
    method: 'POST',
    body: JSON.stringify({ args: [{ stream: 'btcusdt@trade', count }] }),
  });
  while (received < count) await new Promise((resolve) => setTimeout(resolve, 5));
  const cpu = process.cpuUsage(cpu0);
  return (cpu.user + cpu.system) / count;
}

await run();
const runs: number[] = [];
for (let i = 0; i < 5; i += 1) runs.push(await run());
runs.sort((a, b) => a - b);
console.log(
  `${client}${extra > 0 ? ` (+${extra} streams)` : ''}: ${runs[0]!.toFixed(2)} µs/msg min, ${runs[2]!.toFixed(2)} median`,
);
feed.kill();
process.exit(0);
