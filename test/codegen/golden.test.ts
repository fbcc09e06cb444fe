import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Project } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { generate } from '../../codegen/generate';
import { compare } from '../../codegen/io';
import { FIXTURE_OUT, REPO, fixtureFiles } from './fixture';

const render = async () => generate(await fixtureFiles(), { outDir: FIXTURE_OUT });

describe('generator golden output (test/codegen/fixtures/basic)', () => {
  it('matches the committed golden files byte for byte (UPDATE_GOLDEN=1 rewrites them)', async () => {
    const output = await render();
    if (process.env.UPDATE_GOLDEN) {
      for (const [path, text] of output) {
        await mkdir(dirname(join(REPO, path)), { recursive: true });
        await writeFile(join(REPO, path), text);
      }
    }
    const drift = await compare(REPO, FIXTURE_OUT, output);
    expect(drift).toEqual({ stale: [], missing: [], orphaned: [] });
    expect([...output.keys()]).toContain(`${FIXTURE_OUT}/channels/book-levels.ts`);
  });

  it('is deterministic: two runs give identical bytes', async () => {
    const [a, b] = [await render(), await render()];
    expect([...a.entries()]).toEqual([...b.entries()]);
  });

  it('compiles with no diagnostics against the real runtime', async () => {
    const project = new Project({
      tsConfigFilePath: join(REPO, 'tsconfig.json'),
      skipAddingFilesFromTsConfig: true,
    });
    const output = await render();
    for (const [path, text] of output) {
      if (path.endsWith('.ts'))
        project.createSourceFile(join(REPO, path), text, { overwrite: true });
    }
    const diagnostics = project
      .getPreEmitDiagnostics()
      .map(
        (d) =>
          `${d.getSourceFile()?.getFilePath()}: ${project.formatDiagnosticsWithColorAndContext([d])}`,
      );
    expect(diagnostics).toEqual([]);
  });

  it('writes the header on every file', async () => {
    for (const [path, text] of await render()) {
      const head = path.endsWith('.json') ? text : text.split('\n').slice(0, 2).join('\n');
      expect(head, path).toMatch(/Generated from spec\/.* by codegen\/\. DO NOT EDIT/);
      expect(head, path).toContain('npm run generate');
    }
  });

  it('emits a JSON Schema that rejects a wrong type', async () => {
    const schema = JSON.parse(
      await readFile(join(REPO, FIXTURE_OUT, 'schemas/channels/deal.json'), 'utf8'),
    );
    expect(schema.properties.p).toEqual({
      description: 'Price.',
      type: 'string',
      pattern: '^-?[0-9]+(\\.[0-9]+)?$',
    });
    expect(schema.required).toEqual(['e', 'E', 'p', 'm']);
  });
});
