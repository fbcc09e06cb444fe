/** `npm run demo:futures`: a futures position opened and closed on the local exchange, stage by stage. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '..', '..');

function run(): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'examples/futures-demo.ts'], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('the futures demo (npm run demo:futures)', () => {
  it('opens a long and closes it, every stage shown, then exits 0', async () => {
    const { code, out } = await run();
    expect(code).toBe(0);
    expect(out).toMatch(/^open long 0\.01: submitted$/m);
    expect(out).toMatch(/^open long 0\.01: filled/m);
    expect(out).toMatch(/^position BTCUSDT: 0\.01000000 @ /m);
    expect(out).toMatch(/^close long 0\.01 \(reduce-only\): filled/m);
    expect(out).toMatch(/^position BTCUSDT: flat$/m);
    expect(out).toMatch(/^realized PnL -?\d+\.\d{8} USDT/m);
  }, 60_000);
});
