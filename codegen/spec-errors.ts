import type { ErrorObject } from 'ajv';

/** One problem in the spec: which file, which key path, which rule. */
export interface SpecProblem {
  readonly file: string;
  /** Dotted key path inside the file, e.g. `fields.c.type`; empty for the whole file. */
  readonly path: string;
  readonly message: string;
}

/** Thrown by the loader with every problem found, not just the first. */
export class SpecError extends Error {
  override readonly name = 'SpecError';
  readonly code = 'SPEC_INVALID';
  constructor(readonly problems: readonly SpecProblem[]) {
    super(problems.map(formatProblem).join('\n'));
  }
}

export const formatProblem = (p: SpecProblem): string =>
  p.path ? `${p.file}: ${p.path}: ${p.message}` : `${p.file}: ${p.message}`;

/** `/fields/c/type` -> `fields.c.type`. */
export const dottedPath = (pointer: string): string =>
  pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join('.');

/** The field schema's allOf: each key belongs to one type only. */
const NOT_RULES = [
  "key 'fields' is only allowed with type object",
  "key 'items' is only allowed with type array",
  "key 'elements' is only allowed with type tuple",
  "key 'variants' is only allowed with type union",
  "key 'include' is only allowed with type object",
  "key 'values' is only allowed with type map",
];

/**
 * A value in a message: scalars as written, a map or a list by its kind only (the key path
 * already says where it is; printing a whole nested value would bury the rule).
 */
const show = (value: unknown): string => {
  if (typeof value === 'string') return `'${value}'`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object' && value !== null) return 'a map';
  return JSON.stringify(value);
};

/** A JSON Schema type in the words of YAML (`object` is a map, `array` a list). */
const KIND: Readonly<Record<string, string>> = {
  object: 'a map',
  array: 'a list',
  string: 'a string',
  integer: 'an integer',
  number: 'a number',
  boolean: 'true or false',
  null: 'null',
};
const kinds = (type: unknown): string =>
  String(type)
    .split(',')
    .map((t) => KIND[t] ?? t)
    .join(' or ');

const lookup = (data: unknown, pointer: string): unknown =>
  dottedPath(pointer)
    .split('.')
    .filter(Boolean)
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], data);

/**
 * Turns ajv's errors on a spec file into readable problems.
 * Wrapper keywords (`if`, `allOf`, …) repeat what their inner errors already say, so they go.
 */
export function problemsFromAjv(
  file: string,
  data: unknown,
  errors: readonly ErrorObject[],
): SpecProblem[] {
  const problems = new Map<string, SpecProblem>();
  for (const error of errors) {
    if (['if', 'allOf', 'anyOf', 'oneOf', 'then', 'else'].includes(error.keyword)) continue;
    // A key's name failing `propertyNames` is said once, by that keyword (below), not again by
    // the rule inside it (a `pattern` about the map holding the key).
    if (error.propertyName !== undefined && error.keyword !== 'propertyNames') continue;
    const base = dottedPath(error.instancePath);
    const value = lookup(data, error.instancePath);
    const params = error.params as Record<string, unknown>;
    let path = base;
    let message: string;
    switch (error.keyword) {
      case 'enum':
        message = `${show(value)} is not one of ${(params.allowedValues as unknown[]).join(', ')}`;
        break;
      case 'required':
        message = `missing required key '${String(params.missingProperty)}'`;
        break;
      case 'additionalProperties':
        path = base
          ? `${base}.${String(params.additionalProperty)}`
          : String(params.additionalProperty);
        message = `unknown key (not allowed here)`;
        break;
      case 'type':
        message = `${show(value)} must be ${kinds(params.type)}`;
        break;
      case 'pattern':
        message = `${show(value)} does not match ${String(params.pattern)}`;
        break;
      case 'minProperties':
      case 'maxProperties': {
        const keys = Object.keys(value as object);
        const listed = `${keys.length} key${keys.length === 1 ? '' : 's'}${keys.length > 0 ? ` (${keys.join(', ')})` : ''}`;
        const limit = String(params.limit);
        const bound =
          error.keyword === 'minProperties'
            ? `at least ${limit} is needed`
            : `at most ${limit} is allowed`;
        message = `a map of ${listed}, where ${bound}`;
        break;
      }
      case 'propertyNames':
        message = `key ${show(params.propertyName)} is not a valid name`;
        break;
      case 'not': {
        const rule = NOT_RULES[Number(/allOf\/(\d)\/else\/not/.exec(error.schemaPath)?.[1])];
        message = rule ?? `not allowed here (${error.schemaPath})`;
        break;
      }
      default:
        message = error.message ?? error.keyword;
    }
    const problem = { file, path, message };
    problems.set(`${path}\u0000${message}`, problem);
  }
  return [...problems.values()];
}
