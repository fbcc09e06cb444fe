/**
 * Runtime `dependencies` are exactly what the package imports. The sources are checked here (fast,
 * always); the build itself is checked by `scripts/check-dependencies.ts` after `npm run build`
 * in scripts/test.sh, and here too when a dist/ is present.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compare,
  filesUnder,
  importsOf,
  runtimeBuildFiles,
} from '../../scripts/check-dependencies';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  name: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('importsOf', () => {
  it('finds ESM, CJS and dynamic imports; leaves out built-ins and type-only imports', () => {
    const code = [
      "import { map } from 'rxjs';",
      "import WebSocket from 'ws';",
      "export * from 'a/deep/path';",
      'const b = require("@scope/b/sub");',
      "const c = await import('c');",
      "import 'side-effect';",
      "import { readFileSync } from 'node:fs';",
      "const http = require('http');",
      "import type { Options } from 'ajv';",
      "export type { Schema } from 'ajv';",
      "import { helper } from './local';",
    ].join('\n');
    expect([...importsOf(code)].sort()).toEqual([
      '@scope/b',
      'a',
      'c',
      'rxjs',
      'side-effect',
      'ws',
    ]);
  });
});

describe('package.json dependencies', () => {
  it('are exactly the packages src/, sim/ and generated/ import at run time', () => {
    const files = ['src', 'sim', 'generated'].flatMap((dir) => filesUnder(dir, /\.(ts|c?js)$/));
    expect(compare(files, pkg.dependencies)).toEqual({ missing: [], unused: [] });
  });

  it('leave ajv to development: validators are compiled ahead of time', () => {
    expect(pkg.dependencies['ajv']).toBeUndefined();
    expect(pkg.devDependencies['ajv']).toBeDefined();
  });

  it.runIf(existsSync('dist'))(
    'are exactly the packages the runtime build in dist/ imports',
    () => {
      const files = runtimeBuildFiles('dist');
      expect(files.length).toBeGreaterThan(0);
      expect(compare(files, pkg.dependencies, pkg.name)).toEqual({ missing: [], unused: [] });
    },
  );

  it("counts the package's own name (its schema files) as neither missing nor unused", () => {
    const dir = mkdtempSync(join(tmpdir(), 'deps-'));
    const file = join(dir, 'index.js');
    writeFileSync(file, "import t from 'binance-rx/schemas/channels/ticker.json';\nimport 'rxjs';");
    expect(compare([file], { rxjs: '7' }, 'binance-rx')).toEqual({ missing: [], unused: [] });
    expect(compare([file], { rxjs: '7' })).toEqual({ missing: ['binance-rx'], unused: [] });
  });
});
