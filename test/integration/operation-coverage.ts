/**
 * What the "every operation" tests of each product share (every-operation.test.ts for Spot,
 * usdm-every-operation.test.ts for USDⓈ-M): the descriptors of a generated module, each
 * operation's parameters (a case of the test, else its spec examples' `params`), and the schema
 * errors of an answer.
 */
import type { OperationExamples } from '../../generated/examples';
import type { OperationDescriptor } from '../../src/operations/descriptor';

export type Descriptor = OperationDescriptor<object, unknown>;
export type Cases = Record<string, object | (() => Promise<object>)>;

const isDescriptor = (value: unknown): value is Descriptor =>
  typeof value === 'object' && value !== null && 'operation' in value && 'schemaId' in value;

/** Every operation descriptor a generated module exports. */
export const descriptorsOf = (module: object): Descriptor[] =>
  (Object.values(module) as unknown[]).filter(isDescriptor);

/** Parameters of each operation from a test's cases, else from the product's spec examples. */
export function operationParams(
  cases: Cases,
  examples: Readonly<Record<string, OperationExamples>>,
) {
  /** From the spec examples: the first example that has some, else none; undefined without any. */
  const fromSpec = (operation: string): object | undefined => {
    const list = examples[operation]?.examples ?? [];
    if (list.length === 0) return undefined;
    return list.find((e) => e.params !== undefined)?.params ?? {};
  };
  const uncovered = (names: readonly string[]) =>
    names.filter((name) => !(name in cases) && fromSpec(name) === undefined);
  const paramsOf = async (operation: string): Promise<object> => {
    const entry = cases[operation] ?? fromSpec(operation);
    if (entry === undefined) {
      throw new Error(
        `no case for ${operation}: add one to this test or an example to its spec file`,
      );
    }
    return typeof entry === 'function' ? entry() : entry;
  };
  return { uncovered, paramsOf };
}

/** The schema errors of an operation's answer (none when valid). */
export const schemaErrors = (descriptor: Descriptor, body: unknown): string[] =>
  descriptor.validate(body)
    ? []
    : (descriptor.validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
