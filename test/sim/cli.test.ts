import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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
