/**
 * `npm start`, the README's main job: the demo runs against the embedded local exchange, shows
 * tickers, keeps a local order book in sync, walks an order through its stages and exits by itself.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '..', '..');

function runDemo(seconds: number): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'examples/demo.ts', '--seconds', String(seconds)],
      { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('the demo (npm start)', () => {
  it('shows tickers, a synced local order book and an order filled, then exits 0', async () => {
    const { code, out } = await runDemo(8);
    expect(code).toBe(0);
    expect(out).toContain('status: open');
    expect(out).toMatch(/^BTCUSDT +\d+\.\d+/m);
    expect(out).toMatch(/local order book BTC\/USDT: synced, update \d+/);
    expect(out).toMatch(/market BUY 0\.001 BTCUSDT \S+: filled/);
    expect(out).not.toMatch(/^! /m);
  }, 60_000);
});
