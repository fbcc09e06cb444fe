import { describe, expect, it } from 'vitest';
import { loadSpec } from '../../codegen/load-spec';
import { SpecError } from '../../codegen/spec-errors';
import { buildOperationSchema, buildUserDataSchema } from '../../codegen/emit/json-schema';
import { docText } from '../../codegen/emit/field-types';
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
