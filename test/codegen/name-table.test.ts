import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportedNames } from '../../codegen/name-table';
import { RUNTIME_NAMES } from '../../codegen/runtime-names';
import { REPO } from './fixture';

describe('the name table reads what a module exports', () => {
  it.each([
    ['export { a, b as c, type D } from "./x";', ['a', 'c', 'D']],
    ["export type { E } from './e';", ['E']],
    ['export const f = 1;\nexport async function g() {}\nexport interface H {}', ['f', 'g', 'H']],
    ["export * from './all';", []],
    ["export { channelSchemas } from '../generated/schemas';", []],
  ])('%s', (source, want) => {
    expect([...exportedNames(source)].sort()).toEqual([...want].sort());
  });

  it("reads the runtime's public names from src/index.ts", async () => {
    const names = exportedNames(await readFile(join(REPO, 'src/index.ts'), 'utf8'));
    expect(names.has('BinanceRxError')).toBe(true);
    expect(names.has('wsApiSession')).toBe(true);
    expect(names.has('channelSchemas')).toBe(false);
  });

  it('knows every name binance-rx/runtime exports, without reading src/', async () => {
    const names = exportedNames(await readFile(join(REPO, 'src/generated-runtime.ts'), 'utf8'));
    expect([...RUNTIME_NAMES].sort()).toEqual([...names].sort());
  });
});
