/**
 * The codegen scenario: how long the generator takes, measured, not asserted (targets: full
 * generation <= 2 s, a one-file edit <= 0.5 s on 2 vCPUs), and how big its output is.
 *
 *   node --import tsx bench/codegen.ts      # prints the figures as JSON
 *
 * - full: `generate --check` in a fresh process (start-up, TypeScript loading by tsx, reading
 *   and checking the spec, rendering every file, comparing with generated/), wall and CPU;
 * - edit: in one warm process (as `generate --watch`), one channel file changed, then the
 *   whole output rendered again and compared; median of several edits;
 * - size: bytes and lines of generated/, and of its validators.
 */
import { spawnSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generate } from '../codegen/generate';
import { readSpecFiles } from '../codegen/io';

export interface CodegenFigures {
  /** Median wall time of `generate --check` in a fresh process, ms. */
  readonly fullMs: number;
  /** Median CPU time (user + system) of that process, ms. */
  readonly fullCpuMs: number;
  /** Median wall time to regenerate after a one-file edit in a warm process, ms. */
  readonly editMs: number;
  /** Median CPU time of that, ms. */
  readonly editCpuMs: number;
  readonly generatedBytes: number;
  readonly generatedLines: number;
  readonly validatorBytes: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

/** One fresh `generate --check`; the child reports its own CPU from process start. */
function fullRun(root: string): { wall: number; cpu: number } {
  const script = [
    "const { generateCli } = await import('./codegen/cli.ts');",
    "const code = await generateCli(['--check']);",
    'const u = process.cpuUsage();',
    "process.stderr.write('CPU ' + (u.user + u.system) / 1000 + '\\n');",
    'process.exitCode = code;',
  ].join('\n');
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    { cwd: root, encoding: 'utf8' },
  );
  const wall = performance.now() - started;
  const cpu = Number(/CPU ([\d.]+)/.exec(child.stderr)?.[1] ?? NaN);
  return { wall, cpu };
}

async function editRuns(root: string, edits: number): Promise<{ wall: number; cpu: number }[]> {
  const files = await readSpecFiles(root);
  const path = 'spec/channels/trade.yaml';
  const original = files.get(path)!;
  let previous = generate(files);
  generate(files); // warm
  const times: { wall: number; cpu: number }[] = [];
  for (let i = 0; i < edits; i++) {
    files.set(path, original.replace(/^title: (.*)$/m, `title: $1 (edit ${i})`));
    const started = performance.now();
    const cpu = process.cpuUsage();
    const output = generate(files);
    let changed = 0;
    for (const [file, text] of output) if (previous.get(file) !== text) changed++;
    const used = process.cpuUsage(cpu);
    times.push({ wall: performance.now() - started, cpu: (used.user + used.system) / 1000 });
    if (changed === 0) throw new Error('bench codegen: the edit changed nothing');
    previous = output;
  }
  return times;
}

async function sizeOf(dir: string): Promise<{ bytes: number; lines: number }> {
  let bytes = 0;
  let lines = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const text = await readFile(join(entry.parentPath, entry.name), 'utf8');
    bytes += Buffer.byteLength(text);
    lines += text.split('\n').length - 1;
  }
  return { bytes, lines };
}

export async function codegenFigures(root = process.cwd(), runs = 3): Promise<CodegenFigures> {
  const full = Array.from({ length: runs }, () => fullRun(root));
  const edits = await editRuns(root, 5);
  const all = await sizeOf(join(root, 'generated'));
  const validators = await sizeOf(join(root, 'generated', 'validators'));
  return {
    fullMs: median(full.map((r) => r.wall)),
    fullCpuMs: median(full.map((r) => r.cpu)),
    editMs: median(edits.map((r) => r.wall)),
    editCpuMs: median(edits.map((r) => r.cpu)),
    generatedBytes: all.bytes,
    generatedLines: all.lines,
    validatorBytes: validators.bytes,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await codegenFigures(), null, 2));
}
