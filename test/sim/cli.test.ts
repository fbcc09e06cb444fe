import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCli, runCli } from '../../sim/cli';
import { Client } from './helpers';

const BIN = fileURLToPath(new URL('../../bin/binance-rx.js', import.meta.url));

describe('binance-rx sim CLI', () => {
  it('parses the documented flags', () => {
    expect(
      parseCli(['sim', '--port', '9443', '--symbols', 'BTCUSDT,ETHUSDT', '--seed', '1']),
    ).toEqual({
      kind: 'sim',
      options: { port: 9443, symbols: ['BTCUSDT', 'ETHUSDT'], seed: 1 },
    });
    expect(parseCli(['sim', '--tick-ms', '50', '--speed', '2']).kind).toBe('sim');
    expect(parseCli(['sim', '--funding-interval-ms', '60000'])).toEqual({
      kind: 'sim',
      options: { fundingIntervalMs: 60000 },
    });
    expect(parseCli(['sim', '--port', 'abc']).kind).toBe('error');
    expect(parseCli(['sim', '--bogus']).kind).toBe('error');
    expect(parseCli(['serve']).kind).toBe('error');
    expect(parseCli([]).kind).toBe('help');
    expect(parseCli(['sim', '--examples', 'a.ts', '--usdm-examples', 'b.json'])).toEqual({
      kind: 'sim',
      options: {},
      examples: { spot: 'a.ts', usdm: 'b.json' },
    });
  });

  it('runs until stopped, printing its URLs', async () => {
    const lines: string[] = [];
    let stop!: (signal: string) => void;
    const stopSignal = new Promise<string>((resolve) => (stop = resolve));
    const done = runCli(['sim', '--port', '0', '--symbols', 'ETHUSDT'], {
      out: (line) => lines.push(line),
      err: (line) => lines.push(line),
      stopSignal,
    });
    while (!lines.some((l) => l.includes('streams'))) await new Promise((r) => setTimeout(r, 5));
    const url = /ws:\/\/\S+\/ws/.exec(lines.join('\n'))![0];
    const client = await Client.open(`${url}/ethusdt@trade`);
    expect(await client.json()).toMatchObject({ s: 'ETHUSDT' });
    stop('SIGTERM');
    expect(await done).toBe(0);
    await client.closed;
  });

  it('bin/binance-rx.js serves from the sources and exits cleanly on SIGINT', async () => {
    const child = spawn(process.execPath, [BIN, 'sim', '--port', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (/rest\s+http:\/\//.test(output)) resolve();
      });
      child.once('exit', () => reject(new Error(`exited early:\n${output}`)));
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(output).toMatch(/streams\s+ws:\/\/127\.0\.0\.1:\d+\/ws/);
  });
});

describe('binance-rx sim --examples', () => {
  const dir = mkdtempSync(join(tmpdir(), 'binance-rx-examples-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const tradeLite = {
    file: 'my-spec/channels/trade-lite.yaml',
    stream: '<symbol>@tradeLite',
    streams: ['btcusdt@tradeLite'],
    payloads: [{ e: 'tradeLite', s: 'BTCUSDT' }],
  };

  /** Runs the CLI with `args` until it prints its URLs; resolves with the combined URL and a stop. */
  async function run(args: string[]) {
    const lines: string[] = [];
    let stop!: (signal: string) => void;
    const stopSignal = new Promise<string>((resolve) => (stop = resolve));
    let printedUrls!: () => void;
    const urls = new Promise<void>((resolve) => (printedUrls = resolve));
    const done = runCli(['sim', '--port', '0', ...args], {
      out: (line) => {
        lines.push(line);
        if (line.includes('combined')) printedUrls();
      },
      err: (line) => lines.push(line),
      stopSignal,
    });
    const started = await Promise.race([done.then(() => false), urls.then(() => true)]);
    const combined = started ? /ws:\/\/\S+\/stream/.exec(lines.join('\n'))![0] : '';
    return { lines, combined, done, stop };
  }

  for (const [name, text] of [
    ['examples.json', JSON.stringify({ channelExamples: { tradeLite } })],
    [
      'examples.ts',
      `export const channelExamples: Record<string, unknown> = ${JSON.stringify({ tradeLite })};\n`,
    ],
    ['examples.mjs', `export const channelExamples = ${JSON.stringify({ tradeLite })};\n`],
  ] as const) {
    it(`replays the channels of ${name}`, async () => {
      const file = join(dir, name);
      writeFileSync(file, text);
      const { lines, combined, done, stop } = await run(['--examples', file]);
      const client = await Client.open(`${combined}?streams=btcusdt@tradeLite`);
      expect(await client.json()).toEqual({
        stream: 'btcusdt@tradeLite',
        data: tradeLite.payloads[0],
      });
      expect(lines).toContain(
        'replayed from spec: my-spec/channels/trade-lite.yaml examples on btcusdt@tradeLite (not simulated)',
      );
      stop('SIGTERM');
      expect(await done).toBe(0);
    });
  }

  it('exits 1 naming a file it cannot load or that has no examples', async () => {
    const missing = join(dir, 'missing.js');
    const none = join(dir, 'none.json');
    writeFileSync(none, '{"other": 1}');
    for (const [file, message] of [
      [missing, 'missing.js'],
      [none, `${none} has neither channelExamples nor operationExamples`],
    ] as const) {
      const { lines, done } = await run(['--examples', file]);
      expect(await done).toBe(1);
      expect(lines.join('\n')).toContain(message);
    }
  });
});
