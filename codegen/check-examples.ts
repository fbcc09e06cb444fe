/** Every spec example must pass the validator the generator is about to emit for it. */
import * as checks from '../src/validation/checks';
import { compileCheck } from './emit/validator-code';
import { at } from './spec-files';
import type { SpecProblem } from './spec-errors';

/**
 * Problems of the examples of one spec file: `examples.<i>.<key><path>: <rule>`, judged by the
 * same compiled checks generated/validators/ holds (the first failure of each example).
 */
export function exampleProblems(
  file: string,
  schema: Record<string, unknown>,
  examples: readonly unknown[],
  key: 'payload' | 'response',
): SpecProblem[] {
  if (examples.length === 0) return [];
  const check = compileCheck(schema, checks);
  const problems: SpecProblem[] = [];
  examples.forEach((example, index) => {
    const error = check(example, '');
    if (!error) return;
    const path = `examples.${index}.${key}${error.instancePath.replace(/\//g, '.')}`;
    problems.push(at(file, path, error.message ?? 'failed validation'));
  });
  return problems;
}
