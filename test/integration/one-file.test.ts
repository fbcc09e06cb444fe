/**
 * One YAML file is the whole change: a new channel (with a stream-name parameter of its own) and a
 * new operation, each added to a copy of the repository by a spec file alone, are generated,
 * served by the local exchange (replaying their spec examples) and covered by every-channel and
 * every-operation with no other edit.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '..', '..');
const FIXTURES = join(import.meta.dirname, 'fixtures', 'one-file');
const COPIED = [
  'spec',
  'codegen',
  'sim',
  'src',
  'test',
  'generated',
  'package.json',
  'tsconfig.json',
  'vitest.config.ts',
];

let copy: string;
const run = (args: string[]) => {
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  const result = spawnSync(process.execPath, args, { cwd: copy, encoding: 'utf8', env });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
};

beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), 'binance-rx-one-file-'));
  for (const entry of COPIED) await cp(join(REPO, entry), join(copy, entry), { recursive: true });
  await symlink(join(REPO, 'node_modules'), join(copy, 'node_modules'), 'dir');
  await cp(join(FIXTURES, 'trade-lite.yaml'), join(copy, 'spec/channels/trade-lite.yaml'));
  await cp(join(FIXTURES, 'get-foo-bar.yaml'), join(copy, 'spec/operations/get-foo-bar.yaml'));
}, 60_000);
afterAll(() => rm(copy, { recursive: true, force: true }));

describe('a channel and an operation added by one spec file each', () => {
  it('generate, then every-channel and every-operation pass for them', () => {
    const generate = run(['--import', 'tsx', 'codegen/main.ts']);
    expect(generate.code, generate.out).toBe(0);
    expect(generate.out).toContain('generated/channels/trade-lite.ts');
    expect(generate.out).toContain('generated/operations/get-foo-bar.ts');
    const vitest = run([
      join(REPO, 'node_modules', 'vitest', 'vitest.mjs'),
      'run',
      'test/integration/every-channel.test.ts',
      'test/integration/every-operation.test.ts',
      '-t',
      'tradeLite|getFooBar|covers the channels|has a case for each operation',
    ]);
    expect(vitest.code, vitest.out).toBe(0);
    // The new channel and both transports of the new operation ran, not skipped.
    expect(vitest.out).toMatch(/Tests\s+5 passed/);
  }, 240_000);
});
