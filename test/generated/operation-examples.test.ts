import { describe, expect, it } from 'vitest';
import * as generated from '../../generated';
import { operationSchemas } from '../../generated/schemas';
import { loadSpec } from '../../codegen/load-spec';
import { readSpecFiles } from '../../codegen/io';
import { operationNames } from '../../codegen/names';
import { REPO } from '../codegen/fixture';
import type { OperationDescriptor } from '../../src/generated-runtime';

const spec = loadSpec(await readSpecFiles(REPO));
const api = generated as unknown as Record<string, unknown>;

const cases = spec.operations.flatMap((operation) => {
  const n = operationNames(operation.spec);
  return operation.spec.examples.map((example, index) => ({
    name: `${operation.spec.operation} example ${index} (${example.source})`,
    response: example.response,
    descriptor: api[n.descriptor] as OperationDescriptor<object, unknown>,
    parse: api[n.parse] as (raw: unknown, o?: object) => unknown,
  }));
});

/** The first non-empty object of a response: itself, or the first element of an array. */
const firstObject = (value: unknown): Record<string, unknown> | undefined => {
  const first = Array.isArray(value) ? value[0] : value;
  return first && typeof first === 'object' && !Array.isArray(first) && Object.keys(first).length
    ? (first as Record<string, unknown>)
    : undefined;
};

describe('every operation example in the spec', () => {
  it('covers every operation with a descriptor, a schema and a function per transport', () => {
    expect(spec.operations.length).toBeGreaterThan(0);
    for (const { spec: op } of spec.operations) {
      const n = operationNames(op);
      expect(api[n.descriptor], n.descriptor).toBeDefined();
      expect(
        operationSchemas[op.operation as keyof typeof operationSchemas],
        op.operation,
      ).toBeDefined();
      if (n.http) expect(api[n.http], n.http).toBeTypeOf('function');
      if (n.factory) expect(api[n.factory], n.factory).toBeTypeOf('function');
    }
  });

  it.each(cases)('$name validates and parses', ({ descriptor, parse, response }) => {
    expect(descriptor.validate(response), JSON.stringify(descriptor.validate.errors)).toBe(true);
    expect(parse(structuredClone(response))).toBeTypeOf('object');
  });

  it.each(cases)('$name parses decimals to numbers on request', ({ parse, response }) => {
    expect(JSON.stringify(parse(structuredClone(response), { decimal: Number }))).not.toMatch(
      /"-?\d+\.\d+"/,
    );
  });

  it.each(cases.filter((c) => firstObject(c.response)))(
    '$name fails validation with a wrongly typed field',
    ({ descriptor, response }) => {
      const broken = structuredClone(response);
      const target = firstObject(broken)!;
      target[Object.keys(target)[0]!] = { wrong: true };
      expect(descriptor.validate(broken)).toBe(false);
    },
  );
});
