import type { FieldSpec } from '../spec-types';
import { pascal, propertyKey, readableName } from '../names';
import { indentText } from './print';

/** Which model a type is written for: raw (wire names) or parsed (readable names). */
export type Model = 'raw' | 'parsed';

/** The type parameter standing for decimals in parsed models (`string` unless the user opts in). */
export const DECIMAL_TYPE_PARAM = 'D';

const literal = (value: string | number | boolean): string => JSON.stringify(value);

/** The TypeScript type of one field, for the raw or the parsed model. */
export function fieldType(field: FieldSpec, model: Model): string {
  let type: string;
  if (field.const !== undefined) type = literal(field.const);
  else if (field.enum !== undefined) type = field.enum.map(literal).join(' | ');
  else type = baseType(field, model);
  return field.nullable ? `${type} | null` : type;
}

function baseType(field: FieldSpec, model: Model): string {
  switch (field.type) {
    case 'decimal':
      return model === 'raw' ? 'string' : DECIMAL_TYPE_PARAM;
    case 'integer':
    case 'number':
    case 'timestamp':
      return 'number';
    case 'object':
      return objectType(field, model);
    case 'array':
      return `Array<${fieldType(field.items!, model)}>`;
    case 'map':
      return `Record<string, ${fieldType(field.values!, model)}>`;
    case 'union':
      return field.variants!.map((v) => `(${fieldType(v, model)})`).join(' | ');
    case 'tuple':
      return model === 'raw'
        ? `[${field.elements!.map((e) => `${e.name!}: ${fieldType(e, model)}`).join(', ')}]`
        : `{ ${field.elements!.map((e) => `/** ${docText(e)} */ ${e.name!}: ${fieldType(e, model)};`).join(' ')} }`;
    default:
      return field.type;
  }
}

/** One member of an object type. */
export interface Member {
  readonly name: string;
  readonly type: string;
  readonly optional: boolean;
  readonly doc: string;
}

/**
 * An inline object type with JSDoc on every member it writes itself, intersected with the types
 * of the field groups it includes.
 */
export function objectType(field: FieldSpec, model: Model): string {
  const { own, types } = groupParts(field, model);
  const members = objectMembers(own, model).map(
    (m) => `/** ${m.doc} */\n${m.name}${m.optional ? '?' : ''}: ${m.type};`,
  );
  const parts = [
    ...(members.length > 0 ? [`{\n${members.map((m) => indentText(m)).join('\n')}\n}`] : []),
    ...types,
  ];
  // `{}` would accept any non-nullish value; an object with no known fields is this.
  return parts.length === 0 ? 'Record<string, never>' : parts.join(' & ');
}

/** The type names of field group `name` (spec/field-groups.yaml) in each model. */
export const groupTypeNames = (name: string) => ({
  raw: pascal(name),
  parsed: `Parsed${pascal(name)}`,
});

/**
 * An object's own fields (those no included group gave it), and the types of its groups in
 * `model` (`OrderConditionalFields`, `ParsedOrderConditionalFields<D>`: the parameter where the
 * group has a decimal).
 */
export function groupParts(
  field: FieldSpec,
  model: Model,
): { own: Readonly<Record<string, FieldSpec>>; types: string[] } {
  const fields = field.fields ?? {};
  const groups = field.groups ?? [];
  if (groups.length === 0) return { own: fields, types: [] };
  const grouped = new Set(groups.flatMap((g) => g.wires));
  const own = Object.fromEntries(Object.entries(fields).filter(([wire]) => !grouped.has(wire)));
  const types = groups.map((g) => {
    const names = groupTypeNames(g.name);
    if (model === 'raw') return names.raw;
    const decimals = hasDecimal(Object.fromEntries(g.wires.map((w) => [w, fields[w]!])));
    return decimals ? `${names.parsed}<${DECIMAL_TYPE_PARAM}>` : names.parsed;
  });
  return { own, types };
}

/** Members of an object type; parsed models name the wire field each comes from, if renamed. */
export function objectMembers(fields: Readonly<Record<string, FieldSpec>>, model: Model): Member[] {
  return Object.entries(fields).map(([wire, field]) => {
    const name = model === 'raw' ? propertyKey(wire) : readableName(wire, field);
    const optional = field.optional === true;
    return {
      name,
      // A parsed object has every member (left-out fields as undefined, so every object of a
      // payload has one shape): `?: T | undefined` also holds under exactOptionalPropertyTypes.
      type:
        optional && model === 'parsed'
          ? `${fieldType(field, model)} | undefined`
          : fieldType(field, model),
      optional,
      // A parsed member names its wire field only where the two differ.
      doc: docText(field, model === 'parsed' && name !== wire ? wire : undefined),
    };
  });
}

/** JSDoc text for a field. */
export function docText(field: FieldSpec, wire?: string): string {
  const lines = [field.description.trim()];
  if (field.conditional !== undefined) lines.push(`Sent only when: ${field.conditional.trim()}`);
  // Kept short: these sentences stand on every decimal and timestamp of both models.
  if (field.type === 'decimal') lines.push('Exact decimal.');
  if (field.type === 'timestamp') lines.push("Epoch ms (µs with `timeUnit: 'MICROSECOND'`).");
  if (wire !== undefined) lines.push(`Wire field \`${wire}\`.`);
  return lines.join(' ').replace(/\*\//g, '*\\/');
}

/** Whether any field (at any depth) is a decimal, so the parsed type needs the D parameter. */
export function hasDecimal(fields: Readonly<Record<string, FieldSpec>>): boolean {
  const visit = (field: FieldSpec): boolean =>
    field.type === 'decimal' ||
    Object.values(field.fields ?? {}).some(visit) ||
    (field.items ? visit(field.items) : false) ||
    (field.values ? visit(field.values) : false) ||
    (field.elements ?? []).some(visit) ||
    (field.variants ?? []).some(visit);
  return Object.values(fields).some(visit);
}
