/**
 * README.md compiles and runs (run after `npm run build`). Every ```ts block is written to a
 * module of its own under .tmp/readme/, type-checked by tsc against the built package as a
 * consumer imports it (`binance-rx`, `binance-rx/sim`, `binance-rx/signers`, resolved through the
 * package's `exports`, moduleResolution node16), and every block that starts its own local
 * exchange (`startLocalExchange`) is run to completion with tsx. The others would reach Binance
 * itself, so they are type-checked only. Exits 1 naming the block (its README line) that failed.
 */
import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const DIR = join(ROOT, '.tmp', 'readme');
const RUN_TIMEOUT_MS = 60_000;

interface Block {
  readonly line: number;
  readonly code: string;
  readonly file: string;
}

function blocks(): Block[] {
  const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n');
  const found: Block[] = [];
  let section = '';
  for (let i = 0; i < lines.length; i += 1) {
    if (lines[i]!.startsWith('## ')) section = lines[i]!;
    // That walk-through imports the module it has the user generate: scripts/package-smoke.ts
    // generates it from the installed tarball, then type-checks the block against it.
    if (section === '## Extend the spec') continue;
    if (lines[i]!.trim() !== '```ts') continue;
    const start = i + 1;
    let end = start;
    while (end < lines.length && lines[end]!.trim() !== '```') end += 1;
    const code = lines.slice(start, end).join('\n');
    found.push({ line: start, code, file: join(DIR, `line-${start}.ts`) });
    i = end;
  }
  return found;
}

const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'Node16',
    moduleResolution: 'Node16',
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: ['node'],
    lib: ['ES2023', 'DOM'],
  },
  include: ['*.ts'],
};

function typecheck(all: readonly Block[]): string[] {
  try {
    execFileSync(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', DIR], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return [];
  } catch (error) {
    const out = (error as { stdout?: string }).stdout ?? String(error);
    return all
      .filter((b) => out.includes(`line-${b.line}.ts`))
      .map((b) => {
        const mine = out.split('\n').filter((l) => l.includes(`line-${b.line}.ts`));
        return `README.md block at line ${b.line} does not compile:\n  ${mine.join('\n  ')}`;
      });
  }
}

function run(block: Block): Promise<string | undefined> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', block.file],
      { cwd: DIR, timeout: RUN_TIMEOUT_MS },
      (error, _stdout, stderr) => {
        done(error ? `README.md block at line ${block.line} failed to run:\n${stderr}` : undefined);
      },
    );
  });
}

async function main(): Promise<void> {
  rmSync(DIR, { recursive: true, force: true });
  mkdirSync(DIR, { recursive: true });
  // An ES module package of its own: `binance-rx` resolves to the repository's package.json
  // `exports` (dist/), as it would from node_modules.
  writeFileSync(join(DIR, 'package.json'), '{ "type": "module", "private": true }\n');
  writeFileSync(join(DIR, 'tsconfig.json'), JSON.stringify(TSCONFIG, null, 2));
  execFileSync('mkdir', ['-p', join(DIR, 'node_modules')]);
  execFileSync('ln', ['-sfn', ROOT, join(DIR, 'node_modules', 'binance-rx')]);
  const all = blocks();
  for (const b of all) writeFileSync(b.file, `${b.code}\nexport {};\n`);
  const problems = typecheck(all);
  const runnable = all.filter((b) => b.code.includes('startLocalExchange('));
  for (const b of runnable) {
    const failed = await run(b);
    if (failed !== undefined) problems.push(failed);
  }
  console.log(
    `readme: ${all.length} TypeScript blocks type-checked, ${runnable.length} run on the local exchange`,
  );
  if (problems.length > 0) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  }
}

await main();
