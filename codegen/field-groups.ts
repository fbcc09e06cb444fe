/**
 * Field groups and conditional fields. spec/field-groups.yaml defines named groups of fields
 * (the conditional order fields, the peg fields, the prevented-match fields, …) once; an object
 * field, or a user data event, takes them with `include: [group, …]`. A field with
 * `conditional: <the docs' condition>` is one Binance sends only when that condition holds: it is
 * optional, and `optional` must not be written beside it. Both are resolved here, right after a
 * file passes its JSON Schema, so every later check and emitter sees plain fields; an object
 * also keeps which groups it took (`groups`), for the generated types to name them.
 */
import type { Ajv } from 'ajv';
import type { SpecFiles } from './load-spec';
import { at, mergedSources, parseMerged } from './spec-files';
import type { SpecProblem } from './spec-errors';
import type { FieldGroup, FieldSpec } from './spec-types';

export const FIELD_GROUPS_FILE = 'spec/field-groups.yaml';

export type Groups = Readonly<Record<string, FieldGroup>>;

/** A field as written: may include groups. */
type RawNode = Record<string, unknown> & {
  include?: readonly string[];
  fields?: Record<string, RawNode>;
  items?: RawNode;
  values?: RawNode;
  elements?: RawNode[];
  variants?: RawNode[];
  conditional?: string;
  optional?: boolean;
};

const cache = new WeakMap<SpecFiles, Groups>();
/** The files a set of groups was read from, for a message (`spec/field-groups.yaml or …`). */
const sources = new WeakMap<Groups, string>();

/** spec/field-groups.yaml, read and checked once per set of files (problems reported once). */
export function fieldGroups(files: SpecFiles, ajv: Ajv, problems: SpecProblem[]): Groups {
  const known = cache.get(files);
  if (known) return known;
  const check = ajv.getSchema('https://binance-rx.dev/spec/field-groups.schema.json')!;
  // The shipped groups with a user's field-groups.yaml over them (its groups added).
  const merged = parseMerged<{ description: string; fields: Record<string, RawNode> }>(
    files,
    FIELD_GROUPS_FILE,
    check,
    problems,
  );
  const groups: Groups = Object.fromEntries(
    Object.entries(merged?.data ?? {}).map(([name, group]) => [
      name,
      {
        description: group.description,
        fields: resolveFields(merged!.origin[name]!, `${name}.fields`, group.fields, {}, problems),
        file: merged!.origin[name]!,
      },
    ]),
  );
  sources.set(groups, mergedSources(files, FIELD_GROUPS_FILE));
  cache.set(files, groups);
  return groups;
}

/**
 * A field with its groups included and its `conditional` turned into `optional`. Included fields
 * follow the field's own, in the order of `include`; a wire name defined twice is a problem.
 */
export function resolveField(
  file: string,
  path: string,
  node: RawNode,
  groups: Groups,
  problems: SpecProblem[],
): FieldSpec {
  const { include, fields, items, values, elements, variants, ...rest } = node;
  const out: Record<string, unknown> = { ...rest };
  if (rest.conditional !== undefined) {
    if (rest.optional !== undefined) {
      problems.push(
        at(
          file,
          `${path}.optional`,
          "a field with 'conditional' is optional by that; remove 'optional' (a required field cannot be conditional)",
        ),
      );
    }
    out.optional = true;
  }
  if (fields !== undefined || include !== undefined) {
    const own = resolveFields(file, `${path}.fields`, fields ?? {}, groups, problems);
    out.fields = includeGroups(file, path, own, include ?? [], groups, problems);
    const included = (include ?? []).filter((name) => groups[name] !== undefined);
    if (included.length > 0) {
      out.groups = included.map((name) => ({ name, wires: Object.keys(groups[name]!.fields) }));
    }
  }
  if (items !== undefined) out.items = resolveField(file, `${path}.items`, items, groups, problems);
  if (values !== undefined) {
    out.values = resolveField(file, `${path}.values`, values, groups, problems);
  }
  if (elements !== undefined) {
    out.elements = elements.map((e, i) =>
      resolveField(file, `${path}.elements.${i}`, e, groups, problems),
    );
  }
  if (variants !== undefined) {
    out.variants = variants.map((v, i) =>
      resolveField(file, `${path}.variants.${i}`, v, groups, problems),
    );
  }
  return out as unknown as FieldSpec;
}

/** Every field of a `fields` map resolved. */
export function resolveFields(
  file: string,
  path: string,
  fields: Readonly<Record<string, RawNode>>,
  groups: Groups,
  problems: SpecProblem[],
): Record<string, FieldSpec> {
  return Object.fromEntries(
    Object.entries(fields).map(([wire, field]) => [
      wire,
      resolveField(file, `${path}.${wire}`, field, groups, problems),
    ]),
  );
}

/** `own` followed by the fields of each group in `include`. */
export function includeGroups(
  file: string,
  path: string,
  own: Record<string, FieldSpec>,
  include: readonly string[],
  groups: Groups,
  problems: SpecProblem[],
): Record<string, FieldSpec> {
  const out = { ...own };
  include.forEach((name, i) => {
    const where = `${path ? `${path}.` : ''}include.${i}`;
    const group = groups[name];
    if (group === undefined) {
      const from = sources.get(groups) ?? FIELD_GROUPS_FILE;
      problems.push(at(file, where, `'${name}' is not defined in ${from}`));
      return;
    }
    for (const [wire, field] of Object.entries(group.fields)) {
      if (wire in out) {
        problems.push(
          at(file, where, `group '${name}' defines '${wire}', which is already a field here`),
        );
        continue;
      }
      out[wire] = structuredClone(field);
    }
  });
  return out;
}

/** The field groups used anywhere in `field` (its nested objects too), by name. */
export function groupsUsed(field: FieldSpec, into = new Set<string>()): Set<string> {
  for (const g of field.groups ?? []) into.add(g.name);
  for (const child of [
    ...Object.values(field.fields ?? {}),
    ...(field.items ? [field.items] : []),
    ...(field.values ? [field.values] : []),
    ...(field.elements ?? []),
    ...(field.variants ?? []),
  ]) {
    groupsUsed(child, into);
  }
  return into;
}

/**
 * The groups of `groups` that a payload of the spec includes (its nested objects too), by name,
 * sorted: those the generated types name (emit/field-groups-module.ts).
 */
export function includedGroups(
  groups: Groups,
  payloads: Iterable<FieldSpec>,
): Readonly<Record<string, FieldGroup>> {
  const used = new Set<string>();
  for (const field of payloads) groupsUsed(field, used);
  return Object.fromEntries([...used].sort().map((name) => [name, groups[name]!]));
}
