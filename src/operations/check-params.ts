/**
 * Checks a request's parameters against its descriptor before anything is sent: unknown keys,
 * required ones, types, enums, ranges, patterns, and "at least one of" groups. Throws
 * `InvalidParameterError` naming the operation, the parameter and the rule. Only own properties
 * count, on both sides: `constructor`, `toString` or `__proto__` is an unknown parameter, never a
 * rule inherited from `Object.prototype`. Decimal numbers come out as plain decimal text (`1e21`
 * as `1000000000000000000000`), so REST and the WebSocket API send and sign the same digits.
 */
import { InvalidParameterError } from '../errors';
import type { OperationDescriptor, OperationParam } from './descriptor';
import { plainDecimal } from './plain-decimal';

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** What may be sent for a parameter: booleans and numbers are written as text on REST. */
export type ParamValue = string | number | boolean | readonly string[];

export function checkParams(
  descriptor: OperationDescriptor<object, unknown>,
  params: object | undefined,
): Readonly<Record<string, ParamValue>> {
  const name = descriptor.operation;
  const given = (params ?? {}) as Record<string, unknown>;
  if (typeof given !== 'object' || given === null || Array.isArray(given)) {
    throw new InvalidParameterError(name, '(params)', params, 'must be an object');
  }
  const rules = descriptor.params as Readonly<Record<string, OperationParam>>;
  const out: Record<string, ParamValue> = {};
  for (const [key, value] of Object.entries(given)) {
    const rule = Object.hasOwn(rules, key) ? rules[key] : undefined;
    if (rule === undefined) {
      const known = Object.keys(rules).join(', ') || 'none';
      throw new InvalidParameterError(name, key, value, `is not a parameter (known: ${known})`);
    }
    if (value === undefined) continue;
    out[key] = checkValue(name, key, value, rule);
  }
  for (const [key, rule] of Object.entries(rules)) {
    if (rule.required && out[key] === undefined) {
      throw new InvalidParameterError(name, key, undefined, 'is required');
    }
  }
  for (const group of descriptor.anyOf ?? []) {
    if (!group.some((key) => out[key] !== undefined)) {
      throw new InvalidParameterError(
        name,
        group.join(' or '),
        undefined,
        'one of them is required',
      );
    }
  }
  return out;
}

function checkValue(op: string, key: string, value: unknown, rule: OperationParam): ParamValue {
  const fail = (why: string): never => {
    throw new InvalidParameterError(op, key, value, why);
  };
  switch (rule.type) {
    case 'boolean':
      if (typeof value !== 'boolean') fail('must be a boolean');
      return value as boolean;
    case 'list':
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
        fail('must be an array of strings');
      }
      if ((value as string[]).length === 0) fail('must not be empty');
      return value as string[];
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

function checkDecimal(value: unknown, rule: OperationParam, fail: (why: string) => never): string {
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

function checkScalar(
  scalar: string | number,
  rule: OperationParam,
  fail: (why: string) => never,
): string | number {
  if (rule.enum !== undefined && !rule.enum.includes(scalar)) {
    fail(`must be one of ${rule.enum.join(', ')}`);
  }
  const numeric = Number(scalar);
  if (rule.minimum !== undefined && numeric < rule.minimum) fail(`must be ≥ ${rule.minimum}`);
  if (rule.maximum !== undefined && numeric > rule.maximum) fail(`must be ≤ ${rule.maximum}`);
  if (rule.pattern !== undefined && !new RegExp(rule.pattern).test(String(scalar))) {
    fail(`does not match ${rule.pattern}`);
  }
  return scalar;
}
