/**
 * One measurement: a client against one scenario, in the client's own process (bench/worker.ts),
 * so that no client runs with another's code loaded, warmed up or in its heap.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { Client, Urls } from './clients';
import type { Measured } from './report';
import { DEPTH_LEVELS, socketsOf, streamsOf, type BenchStream, type Scenario } from './scenarios';

/** How much to send and how long to wait. */
export interface Settings {
  /** Messages per saturation run on one socket, and on several (the mixed scenario included). */
  readonly saturationCount: number;
  /**
   * Messages per saturation run on 8 sockets (trade, bookTicker, diff depth), over all sockets:
   * more than on one socket, so that a round lasts long enough (about a second) for the machine's
   * other work to even out, instead of 0.1 s in which one preemption moves msg/s by 20 %.
   */
  readonly saturationCountMany: number;
  /** Length of a fixed-rate run, s. */
  readonly rateSeconds: number;
  readonly warmup: number;
  /** A saturation run still short of its count after this long is reported with what it got. */
  readonly saturationLimitMs: number;
}

/** Floods every stream of the scenario with `total` messages in all, at its rate: one request. */
function flood(
  urls: Urls,
  scenario: Scenario,
  streams: readonly BenchStream[],
  total: number,
  saturate = false,
): Promise<unknown> {
  return fetch(`${urls.control}/market/flood`, {
    method: 'POST',
    body: JSON.stringify({
      args: [
        {
          streams: streams.map((s) => s.flood),
          count: Math.ceil(total / streams.length),
          rate:
            saturate || scenario.rate === undefined ? undefined : scenario.rate / streams.length,
          levels: DEPTH_LEVELS,
        },
      ],
    }),
  }).then((response) => response.json());
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? Number.NaN;

async function waitFor(test: () => boolean, timeoutMs: number): Promise<boolean> {
  const end = performance.now() + timeoutMs;
  while (!test() && performance.now() < end) await sleep(5);
  return test();
}

export async function measure(
  urls: Urls,
  scenario: Scenario,
  client: Client,
  settings: Settings,
): Promise<Measured> {
  const { saturationCount: SATURATION_COUNT, rateSeconds: RATE_SECONDS, warmup: WARMUP } = settings;
  const SATURATION_LIMIT_MS = settings.saturationLimitMs;
  const streams = streamsOf(scenario, client.wire);
  const saturation =
    scenario.count ??
    (scenario.sockets > 1 && scenario.kind !== 'mixed'
      ? settings.saturationCountMany
      : SATURATION_COUNT);
  const total = scenario.rate === undefined ? saturation : scenario.rate * RATE_SECONDS;
  // A scenario of fewer, larger messages warms up on a quarter of its count at most.
  const warmup = scenario.count === undefined ? WARMUP : Math.min(WARMUP, scenario.count / 4);
  let received = 0;
  let target = Infinity;
  let firstAt = 0;
  let doneAt = 0;
  // Event-loop utilisation over the same span as throughput: first message to last.
  let eluAtFirst = performance.eventLoopUtilization();
  let eluAtDone = eluAtFirst;
  let cpuAtFirst = process.cpuUsage();
  let cpuAtDone = cpuAtFirst;
  const latencies: number[] = [];
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const stop = await client.start(
    urls,
    socketsOf(scenario, client.wire),
    scenario.sharded === true,
    (sendTime) => {
      received += 1;
      if (received === 1) {
        firstAt = performance.now();
        eluAtFirst = performance.eventLoopUtilization();
        cpuAtFirst = process.cpuUsage();
      }
      if ((received & 63) === 0 && sendTime === sendTime) latencies.push(Date.now() - sendTime);
      if (received === target) {
        doneAt = performance.now();
        eluAtDone = performance.eventLoopUtilization();
        cpuAtDone = process.cpuUsage();
      }
    },
  );
  try {
    // Some clients subscribe after their start resolves: flood a little until every socket gets it.
    const primer = 10 * streams.length;
    for (let i = 0; i < 40; i += 1) {
      received = 0;
      await flood(urls, scenario, streams, primer, true);
      if (await waitFor(() => received >= primer, 100)) break;
    }
    await flood(urls, scenario, streams, warmup, true);
    await waitFor(() => received >= warmup + primer, 5_000);
    await sleep(50);
    gc();
    received = 0;
    latencies.length = 0;
    target = total;
    const limitMs = scenario.rate === undefined ? SATURATION_LIMIT_MS : RATE_SECONDS * 1000 + 3_000;
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    // The feed answers once every message is written; a client far behind may see it give up.
    const sent = flood(urls, scenario, streams, total).catch(() => undefined);
    const complete = await waitFor(() => received >= total, limitMs);
    // Throughput from the first message to the last: the control request and the feed's start
    // are not the client's time.
    const wallMs = (complete ? doneAt : performance.now()) - (firstAt || t0);
    const cpu = process.cpuUsage(cpu0);
    const elu = complete
      ? performance.eventLoopUtilization(eluAtDone, eluAtFirst)
      : performance.eventLoopUtilization(eluAtFirst);
    const spanCpu = process.cpuUsage(cpuAtFirst);
    if (complete) {
      spanCpu.user = cpuAtDone.user - cpuAtFirst.user;
      spanCpu.system = cpuAtDone.system - cpuAtFirst.system;
    }
    loop.disable();
    // What the client holds after the count, its sockets still open: heap after a full GC, less
    // the heap before it started. (RSS is the process's, shared by every client: see the report.)
    gc();
    const memory = process.memoryUsage();
    await stop();
    await Promise.race([sent, sleep(5_000)]);
    latencies.sort((a, b) => a - b);
    return {
      client: client.name,
      received,
      expected: total,
      cpuMicrosPerMessage: (cpu.user + cpu.system) / Math.max(1, received),
      messagesPerSecond: (received - 1) / (wallMs / 1000),
      latencyP50Ms: percentile(latencies, 0.5),
      latencyP99Ms: percentile(latencies, 0.99),
      eventLoopP99Ms: loop.percentile(99) / 1e6,
      busy: elu.utilization,
      cpuShare: (spanCpu.user + spanCpu.system) / 1000 / wallMs,
      rssMb: memory.rss / 1_048_576,
      // A GC can leave the heap a little smaller than before the client: that is nothing held.
      retainedHeapMb: Math.max(0, memory.heapUsed - heapBefore) / 1_048_576,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
