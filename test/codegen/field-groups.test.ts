import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../codegen/load-spec';
import { SpecError } from '../../codegen/spec-errors';
import { buildOperationSchema, buildUserDataSchema } from '../../codegen/emit/json-schema';
import { docText } from '../../codegen/emit/field-types';
import { generate } from '../../codegen/generate';
import { fixtureFiles } from './fixture';

const DEALS_OP = 'spec/operations/get-deals.yaml';
const FILL = 'spec/user-data/fill-notice.yaml';
const GROUPS = 'spec/field-groups.yaml';

const GROUPS_YAML = `
dealExtras:
  description: Fields some deals carry.
  fields:
    venue: { type: string, conditional: Appears only for deals routed elsewhere., description: Venue. }
    fee: { type: decimal, conditional: Appears once the fee is known., description: Fee. }
`;

function edited(
  files: Map<string, string>,
  file: string,
  from: string,
  to: string,
): Map<string, string> {
  const text = files.get(file)!;
  if (!text.includes(from)) throw new Error(`test setup: '${from}' not in ${file}`);
  files.set(file, text.replace(from, to));
  return files;
}

const INCLUDE_IN_DEAL = [
  DEALS_OP,
  '            description: One deal.\n',
  '            description: One deal.\n            include: [dealExtras]\n',
] as const;

async function problems(files: Map<string, string>): Promise<string[]> {
  try {
    loadSpec(files);
  } catch (error) {
    if (error instanceof SpecError) return error.message.split('\n');
    throw error;
  }
  return [];
}

describe('conditional fields', () => {
  it('are optional, and say their condition in the JSDoc', async () => {
    const files = edited(
      await fixtureFiles(),
      FILL,
      'p: { name: price, type: decimal, description: Fill price. }',
      'p: { name: price, type: decimal, conditional: Appears only for priced fills., description: Fill price. }',
    );
    const event = loadSpec(files).userDataEvents[0]!;
    const field = event.spec.fields['p']!;
    expect(field.optional).toBe(true);
    expect(docText(field)).toContain('Sent only when: Appears only for priced fills.');
    expect(buildUserDataSchema(event).required).not.toContain('p');
  });

  it('refuse optional beside conditional (a required field cannot be conditional)', async () => {
    const files = edited(
      await fixtureFiles(),
      FILL,
      'p: { name: price, type: decimal, description: Fill price. }',
      'p: { name: price, type: decimal, optional: false, conditional: Sometimes., description: Fill price. }',
    );
    expect(await problems(files)).toEqual([
      "spec/user-data/fill-notice.yaml: fields.p.optional: a field with 'conditional' is optional by that; remove 'optional' (a required field cannot be conditional)",
    ]);
  });
});

describe('field groups', () => {
  it('add their fields, optional, after the object’s own', async () => {
    const files = await fixtureFiles();
    files.set(GROUPS, GROUPS_YAML);
    const spec = loadSpec(edited(files, ...INCLUDE_IN_DEAL));
    const op = spec.operations.find((o) => o.spec.operation === 'getDeals')!;
    const deal = op.spec.response.variants![0]!.fields!['deals']!.items!;
    expect(Object.keys(deal.fields!)).toEqual(['id', 'p', 'time', 'maker', 'venue', 'fee']);
    expect(deal.fields!['venue']!.optional).toBe(true);
    const schema = JSON.stringify(buildOperationSchema(op));
    expect(schema).toContain('"venue"');
  });

  it('are one type per model in field-groups.ts, which the objects including them extend', async () => {
    const files = await fixtureFiles();
    files.set(
      GROUPS,
      `${GROUPS_YAML}
unused:
  description: Included nowhere.
  fields:
    note: { type: string, description: Note. }
`,
    );
    const output = generate(edited(files, ...INCLUDE_IN_DEAL));
    const groups = output.get('generated/field-groups.ts')!;
    expect(groups).toMatch(/^\/\/ Generated from spec\/field-groups\.yaml by codegen\//);
    expect(groups).toContain(
      '/** Field group `dealExtras`: Fields some deals carry. */\nexport interface DealExtras {',
    );
    // The parsed type takes the decimal parameter because the group has a decimal (fee).
    expect(groups).toContain('export interface ParsedDealExtras<D = string> {');
    expect(groups).toContain('  fee?: D | undefined;');
    // Only groups an object includes have types.
    expect(groups).not.toContain('Unused');
    // The deal (inline, in a list) writes its own members and intersects the group's type.
    const deals = output.get('generated/operations/get-deals.ts')!;
    expect(deals).toContain("import type { DealExtras, ParsedDealExtras } from '../field-groups';");
    expect(deals).toMatch(/maker\?: boolean;\n\s*\} & DealExtras>/);
    expect(deals).toMatch(/\} & ParsedDealExtras<D>>/);
    // Its members are not written again (the parser still reads every field).
    expect(deals).not.toContain('/** Venue.');
    expect(deals).toContain('venue: item1.venue');
    expect(output.get('generated/index.ts')).toContain("export * from './field-groups';");
  });

  it('without an include, no field-groups.ts and no import', async () => {
    const output = generate(await fixtureFiles());
    expect(output.has('generated/field-groups.ts')).toBe(false);
    expect(output.get('generated/index.ts')).not.toContain('field-groups');
  });

  it('refuse a group that is not defined', async () => {
    const files = edited(await fixtureFiles(), ...INCLUDE_IN_DEAL);
    expect(await problems(files)).toEqual([
      "spec/operations/get-deals.yaml: response.variants.0.fields.deals.items.include.0: 'dealExtras' is not defined in spec/field-groups.yaml",
      // The fixture reuses the deal list through a YAML alias: each use is reported.
      "spec/operations/get-deals.yaml: response.variants.1.items.fields.deals.items.include.0: 'dealExtras' is not defined in spec/field-groups.yaml",
    ]);
  });

  it('refuse a group that redefines a field of the object', async () => {
    const files = await fixtureFiles();
    files.set(GROUPS, GROUPS_YAML.replace('venue:', 'time:'));
    expect(await problems(edited(files, ...INCLUDE_IN_DEAL))).toEqual([
      "spec/operations/get-deals.yaml: response.variants.0.fields.deals.items.include.0: group 'dealExtras' defines 'time', which is already a field here",
      "spec/operations/get-deals.yaml: response.variants.1.items.fields.deals.items.include.0: group 'dealExtras' defines 'time', which is already a field here",
    ]);
  });

  it('refuse include on a field that is not an object', async () => {
    const files = await fixtureFiles();
    files.set(GROUPS, GROUPS_YAML);
    const broken = edited(
      files,
      FILL,
      'p: { name: price, type: decimal, description: Fill price. }',
      'p: { name: price, type: decimal, include: [dealExtras], description: Fill price. }',
    );
    expect(await problems(broken)).toEqual([
      "spec/user-data/fill-notice.yaml: fields.p: key 'include' is only allowed with type object",
    ]);
  });
});
