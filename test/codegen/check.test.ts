import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generate } from '../../codegen/generate';
import { compare, write } from '../../codegen/io';
import { FIXTURE_OUT, fixtureFiles } from './fixture';

const OUT = 'out';
let dir: string | undefined;
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The fixture rendered into a scratch directory's `out/`. */
async function scratch() {
  dir = await mkdtemp(join(tmpdir(), 'binance-rx-check-'));
  const output = await generate(await fixtureFiles(), { outDir: OUT });
  await write(dir, OUT, output);
  return { root: dir, output };
}

describe('generate --check', () => {
  it('reports nothing when the output is current', async () => {
    const { root, output } = await scratch();
    expect(await compare(root, OUT, output)).toEqual({ stale: [], missing: [], orphaned: [] });
  });

  it('lists stale, missing and orphaned files', async () => {
    const { root, output } = await scratch();
    await writeFile(join(root, OUT, 'channels/deal.ts'), '// edited by hand\n');
    await rm(join(root, OUT, 'API.md'));
    await writeFile(join(root, OUT, 'channels/removed-channel.ts'), '// left over\n');
    expect(await compare(root, OUT, output)).toEqual({
      stale: [`${OUT}/channels/deal.ts`],
      missing: [`${OUT}/API.md`],
      orphaned: [`${OUT}/channels/removed-channel.ts`],
    });
  });

  it('write() repairs every difference', async () => {
    const { root, output } = await scratch();
    await writeFile(join(root, OUT, 'channels/deal.ts'), '// edited by hand\n');
    await writeFile(join(root, OUT, 'orphan.ts'), '');
    await write(root, OUT, output);
    expect(await compare(root, OUT, output)).toEqual({ stale: [], missing: [], orphaned: [] });
    expect(await readFile(join(root, OUT, 'channels/deal.ts'), 'utf8')).toBe(
      output.get(`${OUT}/channels/deal.ts`),
    );
  });

  it('a channel added to the spec produces its own files and touches no other channel', async () => {
    const files = await fixtureFiles();
    const before = await generate(files, { outDir: FIXTURE_OUT });
    files.set(
      'spec/channels/price.yaml',
      [
        'channel: price',
        'title: Price',
        'description: The last price of a symbol.',
        "stream: '<symbol>@price'",
        'params: [symbol]',
        'fields:',
        '  p: { name: price, type: decimal, description: Last price. }',
        'examples:',
        "  - { source: made up, payload: { p: '1' } }",
      ].join('\n'),
    );
    const after = await generate(files, { outDir: FIXTURE_OUT });
    const changed = [...after.keys()].filter((path) => before.get(path) !== after.get(path)).sort();
    expect(changed).toEqual([
      `${FIXTURE_OUT}/API.md`,
      `${FIXTURE_OUT}/channels/price.ts`,
      `${FIXTURE_OUT}/examples.ts`,
      `${FIXTURE_OUT}/index.ts`,
      `${FIXTURE_OUT}/schemas/channels/price.json`,
      `${FIXTURE_OUT}/schemas/index.ts`,
      `${FIXTURE_OUT}/validators/price.ts`,
    ]);
    expect(after.get(`${FIXTURE_OUT}/channels/price.ts`)).toContain(
      'export function subscribePrice(',
    );
  });
});
