/**
 * spec/usdm/algo-order-stages.yaml through the generator: rendered as
 * generated/usdm/algo-order-stages.ts under its own names (`AlgoOrderStageName`,
 * `AlgoOrderStageEvent`, `algoOrderStageTable`) beside nothing of Spot's, and held to the same
 * rules as spec/order-stages.yaml, reported by its real path.
 */
import { describe, expect, it } from 'vitest';
import { generateAll } from '../../codegen/generate';
import { readSpecFiles } from '../../codegen/io';
import { SpecError } from '../../codegen/spec-errors';
import { REPO } from './fixture';

const FILE = 'spec/usdm/algo-order-stages.yaml';

describe('algo order stages (spec/usdm/algo-order-stages.yaml)', () => {
  it('renders the table under its own names, exported from generated/usdm', async () => {
    const all = generateAll(await readSpecFiles(REPO));
    const module = all.get('generated/usdm/algo-order-stages.ts')!;
    expect(module).toContain(`// Generated from ${FILE}`);
    expect(module).toContain('export type AlgoOrderStageName =');
    expect(module).toContain(
      'export const algoOrderStageTable: OrderStageTable<AlgoOrderStageName, AlgoOrderStageEvent>',
    );
    expect(module).not.toContain('orderStageTable:');
    expect(all.get('generated/usdm/index.ts')).toContain("export * from './algo-order-stages';");
    expect(all.has('generated/algo-order-stages.ts')).toBe(false);
    expect(all.has('generated/usdm/order-stages.ts')).toBe(false);
  });

  it('refuses a transition that lowers the rank, naming the real file', async () => {
    const files = await readSpecFiles(REPO);
    const text = files.get(FILE)!;
    // triggered (rank 5) back to open (rank 3): a report the reducer would drop as stale.
    files.set(
      FILE,
      text.replace(
        '  - { from: [pending], on: working, to: open }',
        '  - { from: [pending], on: working, to: open }\n  - { from: [triggered], on: working, to: open }',
      ),
    );
    expect(() => generateAll(files)).toThrowError(SpecError);
    expect(() => generateAll(files)).toThrowError(`${FILE}: transitions`);
  });
});
