/**
 * What each control takes in `{"args": [...]}`, checked before it is called: a control given
 * something else answers 400 with the reason (the first argument that broke its rule), and is not
 * called.
 */

/** The rule of one argument; `?` at the end: may be left out (or null). */
/** `object`: any object, which the control itself checks (its errors answer 400 too). */
type Rule = 'ms' | 'count' | 'string' | 'strings' | 'decimal' | 'options' | 'object';
type Arg = Rule | `${Rule}?`;

/** Keys an `options` argument may have, each with its rule. */
const OPTIONS: Readonly<Record<string, Readonly<Record<string, Arg>>>> = {
  serverShutdown: { closeAfterMs: 'ms?' },
  restart: { downtimeMs: 'ms?' },
  flood: {
    stream: 'string?',
    streams: 'strings?',
    count: 'count?',
    durationMs: 'ms?',
    rate: 'count?',
    levels: 'count?',
  },
};

/** Arguments of every control, by name. */
export const CONTROL_ARGS: Readonly<Record<string, readonly Arg[]>> = {
  dropAll: [],
  halfOpen: ['ms?'],
  refuseConnections: ['ms'],
  sendMalformed: [],
  sendSchemaBreaking: ['string?'],
  delay: ['ms'],
  reorder: ['count?'],
  skipDepthUpdates: ['count', 'string?'],
  serverShutdown: ['options?'],
  restart: ['options?'],
  requestFault: ['object'],
  clear: [],
  pause: [],
  resume: [],
  step: ['count?'],
  flood: ['options'],
  deposit: ['string', 'decimal', 'string?'],
  keys: ['string'],
  setMarkPrice: ['string', 'decimal?'],
  settleFunding: [],
  expireListenKeys: [],
  emitUserData: ['object', 'string?'],
};

const DECIMAL = /^-?\d+(\.\d+)?$/;
const MAX_MS = 2 ** 31 - 1; // the longest a Node timer waits

/** Why `args` do not fit control `name`, or undefined when they do. */
export function argsProblem(name: string, args: readonly unknown[]): string | undefined {
  const rules = CONTROL_ARGS[name] ?? [];
  if (args.length > rules.length) {
    return `${name} takes at most ${rules.length} argument(s), got ${args.length}`;
  }
  for (let i = 0; i < rules.length; i += 1) {
    const problem = check(name, rules[i]!, args[i]);
    if (problem !== undefined) return `${name} argument ${i + 1}: ${problem}`;
  }
  return undefined;
}

function check(name: string, arg: Arg, value: unknown): string | undefined {
  const optional = arg.endsWith('?');
  const rule = (optional ? arg.slice(0, -1) : arg) as Rule;
  if (value === undefined || value === null) return optional ? undefined : 'is required';
  switch (rule) {
    case 'ms':
      return typeof value === 'number' && value >= 0 && value <= MAX_MS
        ? undefined
        : `must be a number of milliseconds from 0 to ${MAX_MS}`;
    case 'count':
      return Number.isSafeInteger(value) && (value as number) >= 0
        ? undefined
        : 'must be a non-negative integer';
    case 'string':
      return typeof value === 'string' && value !== '' ? undefined : 'must be a non-empty string';
    case 'strings':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && v !== '')
        ? undefined
        : 'must be a list of non-empty strings';
    case 'decimal':
      return typeof value === 'string' && DECIMAL.test(value)
        ? undefined
        : 'must be a decimal string such as "100" or "-0.5"';
    case 'options':
      return optionsProblem(OPTIONS[name] ?? {}, value);
    case 'object':
      return typeof value === 'object' && !Array.isArray(value) ? undefined : 'must be an object';
  }
}

function optionsProblem(keys: Readonly<Record<string, Arg>>, value: unknown): string | undefined {
  if (typeof value !== 'object' || Array.isArray(value)) return 'must be an object';
  const given = value as Record<string, unknown>;
  for (const key of Object.keys(given)) {
    if (!Object.hasOwn(keys, key)) {
      return `unknown key '${key.slice(0, 40)}' (known: ${Object.keys(keys).join(', ')})`;
    }
  }
  for (const [key, arg] of Object.entries(keys)) {
    const problem = check('', arg, given[key]);
    if (problem !== undefined) return `${key} ${problem}`;
  }
  return undefined;
}
