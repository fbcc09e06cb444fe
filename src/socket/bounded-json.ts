/**
 * Renderings of a received value that cannot be made to recurse deeply: a frame's JSON may nest
 * to any depth (`JSON.parse` takes it without recursion), but `JSON.stringify`, `String` and
 * template literals of a deep array recurse once per level and overflow the stack. Nothing that
 * came off a socket is stringified except through these.
 */

/** How deep a value may nest to be stringified whole (user data events nest 3 levels). */
export const MAX_STRINGIFY_DEPTH = 32;

/** Depth of an excerpt; anything deeper shows as `…`. */
const EXCERPT_DEPTH = 4;

/**
 * Whether `value` nests at most `maxDepth` levels of arrays and objects. Walks with an explicit
 * stack (never recursion), stopping at the first level too deep.
 */
export function nestsAtMost(value: unknown, maxDepth: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= maxDepth) return false;
    for (const child of Object.values(item)) {
      if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
    }
  }
  return true;
}

/** `JSON.stringify(value)`, or `undefined` when it nests deeper than `maxDepth`. */
export function stringifyShallow(
  value: unknown,
  maxDepth = MAX_STRINGIFY_DEPTH,
): string | undefined {
  return nestsAtMost(value, maxDepth) ? JSON.stringify(value) : undefined;
}

/**
 * A JSON-like excerpt of `value` for an error message: at most `maxChars` characters, levels
 * below the fourth shown as `…`. Never recurses more than four levels, whatever `value` is.
 */
export function excerptOf(value: unknown, maxChars = 200): string {
  const out: string[] = [];
  const budget = { left: maxChars };
  render(value, 0, out, budget);
  const text = out.join('');
  return text.length > maxChars ? `${text.slice(0, maxChars)}…` : text;
}

function render(value: unknown, depth: number, out: string[], budget: { left: number }): void {
  const piece = scalar(value);
  if (piece !== undefined) {
    out.push(piece);
    budget.left -= piece.length;
    return;
  }
  if (depth >= EXCERPT_DEPTH) {
    out.push('…');
    budget.left -= 1;
    return;
  }
  if (Array.isArray(value)) {
    out.push('[');
    budget.left -= 1;
    // An index loop: a million-entry array costs only what is shown.
    for (let i = 0; i < value.length && budget.left > 0; i += 1) {
      if (i > 0) out.push(',');
      render(value[i], depth + 1, out, budget);
    }
    out.push(']');
    return;
  }
  out.push('{');
  budget.left -= 1;
  let first = true;
  for (const key in value as object) {
    if (budget.left <= 0) break;
    if (!Object.hasOwn(value as object, key)) continue;
    if (!first) out.push(',');
    first = false;
    out.push(`${JSON.stringify(key.slice(0, 64))}:`);
    render((value as Record<string, unknown>)[key], depth + 1, out, budget);
  }
  out.push('}');
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 200));
  if (typeof value === 'object' && value !== null) return undefined;
  if (typeof value === 'function' || typeof value === 'symbol') return typeof value;
  return String(value);
}
