/**
 * Checks a request's parameters against its descriptor before anything is sent: unknown keys,
 * required ones, types, enums, ranges, patterns, item counts, and "at least one of" groups; each
 * item of a list of objects (`batchOrders`) by the same rules, errors naming it
 * (`batchOrders[1].price`). Throws
 * `InvalidParameterError` naming the operation, the parameter and the rule. Only own properties
 * count, on both sides: `constructor`, `toString` or `__proto__` is an unknown parameter, never a
 * rule inherited from `Object.prototype`. Decimal numbers come out as plain decimal text (`1e21`
 * as `1000000000000000000000`), so REST and the WebSocket API send and sign the same digits.
 */
import { InvalidParameterError } from '../errors';
import { paramPattern } from '../validation/param-pattern';
import type { OperationDescriptor, OperationParam } from './descriptor';
import { plainDecimal } from './plain-decimal';

const DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * What may be sent for a parameter: booleans and numbers are written as text on REST; lists and
 * lists of objects (their decimals already plain text) as JSON.
 */
export type ParamValue =
  | string
  | number
  | boolean
  | readonly (string | number)[]
  | readonly { readonly [field: string]: ParamValue }[];

type Fail = (why: string) => never;

export function checkParams(
  descriptor: OperationDescriptor<object, unknown>,
  params: object | undefined,
): Readonly<Record<string, ParamValue>> {
  const given = (params ?? {}) as Record<string, unknown>;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new InvalidParameterError(descriptor.operation, '(params)', params, 'must be an object');
  }
  const rules = descriptor.params as Readonly<Record<string, OperationParam>>;
  return checkFields(descriptor.operation, '', rules, descriptor.anyOf ?? [], given);
}

/**
 * The parameters of a request, or the fields of one item of a list of objects (`prefix` then
 * names the item, `batchOrders[2].`): unknown keys, each value, required keys, anyOf groups.
 */
function checkFields(
  op: string,
  prefix: string,
  rules: Readonly<Record<string, OperationParam>>,
  anyOf: readonly (readonly string[])[],
  given: Readonly<Record<string, unknown>>,
): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const [key, value] of Object.entries(given)) {
    const rule = Object.hasOwn(rules, key) ? rules[key] : undefined;
    if (rule === undefined) {
      const known = Object.keys(rules).join(', ') || 'none';
      const what = prefix === '' ? 'a parameter' : 'a field of the item';
      throw new InvalidParameterError(op, prefix + key, value, `is not ${what} (known: ${known})`);
    }
    if (value === undefined) continue;
    out[key] = checkValue(op, prefix + key, value, rule);
  }
  for (const [key, rule] of Object.entries(rules)) {
    if (rule.required && out[key] === undefined) {
      throw new InvalidParameterError(op, prefix + key, undefined, 'is required');
    }
  }
  for (const group of anyOf) {
    if (!group.some((key) => out[key] !== undefined)) {
      const keys = group.map((key) => prefix + key).join(' or ');
      throw new InvalidParameterError(op, keys, undefined, 'one of them is required');
    }
  }
  return out;
}

function checkValue(op: string, key: string, value: unknown, rule: OperationParam): ParamValue {
  const fail: Fail = (why) => {
    throw new InvalidParameterError(op, key, value, why);
  };
  switch (rule.type) {
    case 'boolean':
      if (typeof value !== 'boolean') fail('must be a boolean');
      return value as boolean;
    case 'list':
      return checkList(value, rule, fail) as readonly (string | number)[];
    case 'objects':
      return checkList(value, rule, fail).map((item, i) => {
        if (typeof item !== 'object' || item === null || Array.isArray(item)) {
          throw new InvalidParameterError(op, `${key}[${i}]`, item, 'must be an object');
        }
        const fields = item as Readonly<Record<string, unknown>>;
        return checkFields(op, `${key}[${i}].`, rule.fields ?? {}, rule.anyOf ?? [], fields);
      });
    case 'integer':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) fail('must be an integer');
      break;
    case 'decimal':
      return checkDecimal(value, rule, fail);
    case 'string':
      if (typeof value !== 'string' || value === '') fail('must be a non-empty string');
      break;
  }
  return checkScalar(value as string | number, rule, fail);
}

/**
 * A non-empty array within `maxItems`; a `list`'s items strings, or integers by `itemType`. The
 * count is checked first (a huge array is refused without reading it), and holes of a sparse
 * array read as `undefined`, so they are refused rather than sent as `null`.
 */
function checkList(value: unknown, rule: OperationParam, fail: Fail): readonly unknown[] {
  if (!Array.isArray(value)) fail('must be an array');
  const length = (value as unknown[]).length;
  if (length === 0) fail('must not be empty');
  if (rule.maxItems !== undefined && length > rule.maxItems) {
    fail(`has ${length} items; at most ${rule.maxItems} are allowed`);
  }
  const items = Array.from(value as unknown[]);
  if (rule.type === 'list') {
    const integers = rule.itemType === 'integer';
    const ok = integers
      ? items.every((v) => typeof v === 'number' && Number.isSafeInteger(v))
      : items.every((v) => typeof v === 'string');
    if (!ok) fail(`must be an array of ${integers ? 'integers' : 'strings'}`);
  }
  return items;
}

function checkDecimal(value: unknown, rule: OperationParam, fail: Fail): string {
  const text =
    typeof value === 'number' && Number.isFinite(value)
      ? plainDecimal(value)
      : typeof value === 'string' && DECIMAL.test(value)
        ? value
        : fail('must be a decimal number (a finite number or a string such as "0.001")');
  // `-0` and `-0.0` too: a field that is never negative is never sent with a minus sign.
  if (rule.minimum !== undefined && rule.minimum >= 0 && text.startsWith('-')) {
    fail(`must be ≥ ${rule.minimum}`);
  }
  checkScalar(text, rule, fail);
  return text;
}

function checkScalar(scalar: string | number, rule: OperationParam, fail: Fail): string | number {
  if (rule.enum !== undefined && !rule.enum.includes(scalar)) {
    fail(`must be one of ${rule.enum.join(', ')}`);
  }
  const numeric = Number(scalar);
  if (rule.minimum !== undefined && numeric < rule.minimum) fail(`must be ≥ ${rule.minimum}`);
  if (rule.maximum !== undefined && numeric > rule.maximum) fail(`must be ≤ ${rule.maximum}`);
  if (rule.pattern !== undefined && !paramPattern(rule.pattern).test(String(scalar))) {
    fail(`does not match ${rule.pattern}`);
  }
  return scalar;
}
