/**
 * Generated code must cost nothing in a bundle that does not use it. The package's ESM build is
 * one file (dist/index.js), so a bundler cannot drop a generated module as a whole
 * (`sideEffects: false`): it drops its statements one by one, and keeps any it cannot prove free
 * of effects (a `new RegExp` without a `@__PURE__` mark, a spread of another object), with
 * everything they reach. Here esbuild tree-shakes each committed generated file with its exports
 * made local, as if nobody imported them: nothing may remain.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '..', '..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** The module with nothing exported: declarations become local, re-exports go. */
function unexported(code: string): string {
  return code
    .replace(/^export (?:\*|\{[^}]*\}) from [^;]+;/gm, '')
    .replace(/^export \{[^}]*\};/gm, '')
    .replace(/^export (?=const |let |function |class |async function )/gm, '');
}

/** What esbuild keeps of `code` when nothing of it is used (its imports aside: a bundler drops what
 * nothing uses of them). */
async function leftOver(code: string): Promise<string> {
  const result = await transform(unexported(code), {
    loader: 'ts',
    format: 'esm',
    treeShaking: true,
    minifySyntax: true,
    tsconfigRaw: {},
  });
  return result.code.replace(/^import\b[^;]*;/gm, '').trim();
}

describe('generated code is tree-shakeable', () => {
  it('leaves nothing of a validator whose pattern constants are marked pure', async () => {
    const marked = "const pattern0 = /* @__PURE__ */ new RegExp('^[0-9]+$', 'u');";
    expect(await leftOver(marked)).toBe('');
    // The check above is not vacuous: without the mark, esbuild keeps the statement.
    expect(await leftOver("const pattern0 = new RegExp('^[0-9]+$', 'u');")).not.toBe('');
    expect(await leftOver('const a = { x: 1 };\nconst b = { ...a, y: 2 };')).not.toBe('');
  });

  it('leaves nothing of any file in generated/ that nobody imports', async () => {
    const files = tsFiles(join(REPO, 'generated'));
    expect(files.length).toBeGreaterThan(100);
    const kept: string[] = [];
    for (const file of files) {
      const rest = await leftOver(readFileSync(file, 'utf8'));
      if (rest !== '') kept.push(`${relative(REPO, file)}: ${rest.slice(0, 160)}`);
    }
    expect(kept).toEqual([]);
  });
});

describe('runtime modules that a bundle without SBE still reaches', () => {
  // dist/ is one chunk per entry: src/sbe/fields.ts comes with every import of the package, so its
  // module-level statements must be droppable too (the symbol cache was kept: 18 B of the ticker-only
  // import's min+gzip).
  it('leaves nothing of src/sbe/fields.ts when nothing of it is used', async () => {
    const code = readFileSync(join(REPO, 'src', 'sbe', 'fields.ts'), 'utf8');
    expect(await leftOver(code)).toBe('');
  });
});
