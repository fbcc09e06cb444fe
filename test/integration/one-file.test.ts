/**
 * One YAML file is the whole change: a new channel (with a stream-name parameter of its own), a
 * new operation and a new user data event, each added to a copy of the repository by a spec file
 * alone, are generated, served by the local exchange (replaying the examples of the first two,
 * sending the event's with emitUserData) and covered by every-channel, every-operation and
 * every-user-data-event with no other edit.
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
  await cp(
    join(FIXTURES, 'asset-lock-update.yaml'),
    join(copy, 'spec/user-data/asset-lock-update.yaml'),
  );
}, 60_000);
afterAll(() => rm(copy, { recursive: true, force: true }));

describe('a channel, an operation and a user data event added by one spec file each', () => {
  it('generate, then every-channel, every-operation and every-user-data-event pass for them', () => {
    const generate = run(['--import', 'tsx', 'codegen/main.ts']);
    expect(generate.code, generate.out).toBe(0);
    expect(generate.out).toContain('generated/channels/trade-lite.ts');
    expect(generate.out).toContain('generated/operations/get-foo-bar.ts');
    expect(generate.out).toContain('generated/user-data/asset-lock-update.ts');
    const vitest = run([
      join(REPO, 'node_modules', 'vitest', 'vitest.mjs'),
      'run',
      'test/integration/every-channel.test.ts',
      'test/integration/every-operation.test.ts',
      'test/integration/every-user-data-event.test.ts',
      '-t',
      // `exchange tradeLite`: the channel, not USDⓈ-M's user data event of the same name.
      'exchange tradeLite|getFooBar|assetLockUpdate|covers the channels|has a case for each operation',
    ]);
    expect(vitest.code, vitest.out).toBe(0);
    // The new channel, both transports of the new operation and the new event ran, not skipped.
    expect(vitest.out).toMatch(/Tests\s+6 passed/);
  }, 240_000);
});
