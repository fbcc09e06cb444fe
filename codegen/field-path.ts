/** Wire paths into a payload's fields (`k.o`, `0`, `fills`), shared by the CCXT loader and emitter. */
import type { FieldSpec } from './spec-types';

export interface PathStep {
  readonly key: string;
  readonly field: FieldSpec;
}

/** The fields along `path` from an object or tuple field, or why there is none. */
export function walkPath(root: FieldSpec, path: string): PathStep[] | string {
  const steps: PathStep[] = [];
  let node = root;
  for (const key of path.split('.')) {
    let next: FieldSpec | undefined;
    if (node.type === 'object') next = node.fields?.[key];
    else if (node.type === 'tuple' && /^\d+$/.test(key)) next = node.elements?.[Number(key)];
    else {
      const where = steps.length === 0 ? 'the payload' : `'${steps.map((s) => s.key).join('.')}'`;
      return `'${path}': ${where} is a ${node.type}, not an object or tuple`;
    }
    if (next === undefined) {
      const where = steps.length === 0 ? 'the payload' : `'${steps.map((s) => s.key).join('.')}'`;
      return `'${path}': ${where} has no field '${key}'`;
    }
    steps.push({ key, field: next });
    node = next;
  }
  return steps;
}

/** The entries of a list field (`items` of an array), or why it is not a list. */
export function listItems(steps: readonly PathStep[], path: string): FieldSpec | string {
  const last = steps[steps.length - 1]?.field;
  if (last?.type !== 'array' || !last.items) return `'${path}' is not a list (type array)`;
  return last.items;
}

/** `raw.k.t`, `raw[0]`, `raw.fills?.x`: optional fields chain with `?.`. */
export function pathExpression(base: string, steps: readonly PathStep[]): string {
  let expression = base;
  let optional = false;
  for (const { key, field } of steps) {
    const access = /^\d+$/.test(key)
      ? `[${key}]`
      : /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(key)
        ? `.${key}`
        : `[${JSON.stringify(key)}]`;
    expression += optional ? (access.startsWith('.') ? `?${access}` : `?.${access}`) : access;
    optional = field.optional === true || field.nullable === true;
  }
  return expression;
}
