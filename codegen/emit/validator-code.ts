/**
 * Compiles the JSON Schema subset the generator emits (emit/json-schema.ts) into straight-line
 * validator code, already formatted: no ajv at generation time, no Prettier over the output.
 *
 * Every object and every `anyOf` becomes one function `(d, p) => first error | undefined`;
 * identical sub-schemas (descriptions aside) share one function. Scalars, tuples and arrays are
 * checked inline. Errors have ajv's shape (`instancePath`, `schemaPath`, `keyword`, `message`,
 * `params`) so the runtime reads them as it always did; `schemaPath` of a shared function is
 * the first place its sub-schema occurs. A property's errors are built at run time from its
 * object's paths and its key (the `…At` helpers), and a required property whose first check
 * rejects `undefined` has no test of its own: that check's helper reports it missing. So the
 * first error of a value with several problems may differ from ajv's (which tests `required`
 * before `properties`); it is always one ajv reports with `allErrors`.
 */

type Schema = Readonly<Record<string, unknown>>;

/** Keys that document a schema and change nothing it accepts. */
const DOC_KEYS = new Set(['$schema', '$id', '$comment', 'title', 'description', 'examples']);

/** The runtime helpers (src/validation/checks.ts) a validator may call. */
export const CHECK_HELPERS = [
  'isObject',
  'isInteger',
  'isNumber',
  'typeError',
  'typeErrorAt',
  'requiredError',
  'patternError',
  'patternErrorAt',
  'stringError',
  'stringErrorAt',
  'matches',
  'constError',
  'constErrorAt',
  'stringConstErrorAt',
  'enumError',
  'enumErrorAt',
  'minItemsError',
  'minItemsErrorAt',
  'maxItemsError',
  'maxItemsErrorAt',
] as const;
type Helper = (typeof CHECK_HELPERS)[number];
/** The helpers building one keyword's error, each with an `…At` twin for a property. */
type ErrorHelper =
  'typeError' | 'patternError' | 'constError' | 'enumError' | 'minItemsError' | 'maxItemsError';

interface Compiler {
  readonly typed: boolean;
  readonly functions: string[][];
  readonly byKey: Map<string, string>;
  readonly consts: string[];
  readonly constByText: Map<string, string>;
  readonly used: Set<Helper>;
  /** Numbers local variable names, unique in the module. */
  locals: number;
}

/** A path as parts: literal text, or the name of a variable holding a string or an index. */
type PathPart = { readonly text: string } | { readonly variable: string };

/**
 * A property checked in its object's function: its key, and the object's schema path as an
 * expression (`'#'`, or a module constant), so its errors are built by the `…At` helpers from
 * `d`, `p`, that path and the key, at run time and only when one is returned.
 */
interface Property {
  readonly key: string;
  readonly parent: () => string;
}

/** The first arguments of every `…At` helper: the object, its two paths, the key. */
const propertyArgs = (property: Property): string[] => [
  'd',
  'p',
  property.parent(),
  quote(property.key),
];

/** Where a check's errors point: the rendered instance path and the schema path. */
interface Site {
  readonly at: string;
  readonly schemaPath: string;
  readonly property: Property | undefined;
}

export const quote = (text: string): string =>
  `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;

const literal = (value: unknown): string =>
  typeof value === 'string' ? quote(value) : JSON.stringify(value);

function renderPath(parts: readonly PathPart[]): string {
  const merged: string[] = [];
  let text = '';
  for (const part of parts) {
    if ('text' in part) {
      text += part.text;
      continue;
    }
    if (text) merged.push(quote(text));
    text = '';
    merged.push(part.variable);
  }
  if (text) merged.push(quote(text));
  return merged.join(' + ');
}

const pointer = (key: string): string => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** What a schema accepts, as text: equal for two schemas that differ only in their docs. */
export function canonical(schema: unknown): string {
  return JSON.stringify(schema, (key, value: unknown) =>
    DOC_KEYS.has(key) && typeof value !== 'object' ? undefined : value,
  );
}

function call(c: Compiler, helper: Helper, args: readonly string[]): string {
  c.used.add(helper);
  return `${helper}(${args.join(', ')})`;
}

/** The call building `helper`'s error (`keyword`) at `site`, with the helper's last arguments. */
function errorCall(
  c: Compiler,
  helper: ErrorHelper,
  site: Site,
  keyword: string,
  args: readonly string[],
): string {
  const { property } = site;
  if (property) return call(c, `${helper}At`, [...propertyArgs(property), ...args]);
  return call(c, helper, [site.at, quote(`${site.schemaPath}/${keyword}`), ...args]);
}

function constant(c: Compiler, prefix: string, text: string, type: string): string {
  const existing = c.constByText.get(text);
  if (existing) return existing;
  const name = `${prefix}${c.consts.length}`;
  c.constByText.set(text, name);
  c.consts.push(`const ${name}${c.typed ? `: ${type}` : ''} = ${text};`);
  return name;
}

/** The function checking `schema`, compiled once per distinct sub-schema. */
function functionFor(c: Compiler, schema: Schema, schemaPath: string): string {
  const key = canonical(schema);
  const known = c.byKey.get(key);
  if (known) return known;
  const name = `check${c.byKey.size}`;
  c.byKey.set(key, name);
  const body = [
    ...nodeLines(c, schema, 'd', [{ variable: 'p' }], schemaPath, false),
    'return undefined;',
  ];
  const signature = c.typed
    ? `function ${name}(d: unknown, p: string): ValidatorError | undefined {`
    : `function ${name}(d, p) {`;
  const usesE = body.some((line) => line.includes('(e = '));
  const declare = usesE ? [c.typed ? 'let e: ValidatorError | undefined;' : 'let e;'] : [];
  c.functions.push([signature, ...indent([...declare, ...body]), '}']);
  return name;
}

const indent = (lines: readonly string[]): string[] => lines.map((line) => `  ${line}`);

/** Statements that return the first error of `value` (a variable) against `schema`. */
function nodeLines(
  c: Compiler,
  schema: Schema,
  value: string,
  path: readonly PathPart[],
  schemaPath: string,
  hoist = true,
  property?: Property,
): string[] {
  if (hoist && (schema.anyOf !== undefined || schema.type === 'object')) {
    return [
      `if ((e = ${functionFor(c, schema, schemaPath)}(${value}, ${renderPath(path)}))) return e;`,
    ];
  }
  if (schema.anyOf !== undefined)
    return anyOfLines(c, schema.anyOf as Schema[], value, path, schemaPath);
  const site: Site = { at: renderPath(path), schemaPath, property };
  if (schema.type === 'string' && typeof schema.pattern === 'string') {
    return [...stringLines(c, schema.pattern, value, site), ...valueLines(c, schema, value, site)];
  }
  if (
    site.property &&
    schema.type === 'string' &&
    typeof schema.const === 'string' &&
    schema.pattern === undefined &&
    schema.enum === undefined
  ) {
    // A string constant (an event's `e`): equal to it is a string, so one test; the helper
    // tells a wrong type (or a missing property) from a wrong string.
    const expected = literal(schema.const);
    const error = call(c, 'stringConstErrorAt', [...propertyArgs(site.property), expected]);
    return [`if (${value} !== ${expected}) return ${error};`];
  }
  const lines = typeLines(c, schema.type, value, site);
  if (schema.type === 'object') lines.push(...objectLines(c, schema, value, path, schemaPath));
  if (schema.type === 'array') lines.push(...arrayLines(c, schema, value, path, site));
  if (typeof schema.pattern === 'string') {
    // Not a string schema (those are `stringLines`): the pattern applies to strings only.
    const guard = `typeof ${value} === 'string' && `;
    const error = errorCall(c, 'patternError', site, 'pattern', [quote(schema.pattern)]);
    lines.push(
      `if (${guard}!${patternConstant(c, schema.pattern)}.test(${value})) return ${error};`,
    );
  }
  lines.push(...valueLines(c, schema, value, site));
  return lines;
}

/**
 * `pattern` as a validator tests it: its capturing groups made non-capturing (`(?:…)`), which
 * accept the same strings; a validator only asks whether a string matches, and capturing cost
 * 2–3 % of parsing and validating a diff depth message (40 decimals; paired runs,
 * docs/benchmarks/scale.md). Unchanged when the pattern refers back to a group (`\1`, `\k<…>`).
 */
export function testedPattern(pattern: string): string {
  if (/\\[1-9k]/.test(pattern)) return pattern;
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i += 1) {
    const char = pattern[i]!;
    out += char;
    if (char === '\\') out += pattern[(i += 1)] ?? '';
    else if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    else if (char === '(' && !inClass && pattern[i + 1] !== '?') out += '?:';
  }
  return out;
}

/** The pattern's RegExp (as tested: `testedPattern`), one module constant per distinct pattern. */
function patternConstant(c: Compiler, pattern: string): string {
  const tested = quote(testedPattern(pattern));
  // Marked pure: a bundler can then drop the constant with the validator nobody imports.
  return constant(c, 'pattern', `/* @__PURE__ */ new RegExp(${tested}, 'u')`, 'RegExp');
}

/**
 * A string with a pattern, the most common field of all (a decimal), in one line: both checks
 * inline, and one runtime call (`stringError`: type, then pattern, the same errors as two checks)
 * to build the error. Where the RegExp would not give the pattern back as written (`source`
 * escapes `/`), two checks.
 */
function stringLines(c: Compiler, pattern: string, value: string, site: Site): string[] {
  const regex = patternConstant(c, pattern);
  if (new RegExp(pattern, 'u').source !== pattern) {
    const error = errorCall(c, 'patternError', site, 'pattern', [quote(pattern)]);
    return [
      ...typeLines(c, 'string', value, site),
      `if (!${regex}.test(${value})) return ${error};`,
    ];
  }
  // `matches` is small enough to be inlined (the hot path); `stringError` only builds the error,
  // naming the schema's pattern where the tested one differs.
  const source =
    testedPattern(pattern) === pattern ? [] : [constant(c, 'source', quote(pattern), 'string')];
  const { property } = site;
  const error = property
    ? call(c, 'stringErrorAt', [...propertyArgs(property), source[0] ?? `${regex}.source`])
    : call(c, 'stringError', [value, regex, site.at, quote(site.schemaPath), ...source]);
  return [`if (!${call(c, 'matches', [value, regex])}) return ${error};`];
}

/** `const` and `enum`: what a value must equal. */
function valueLines(c: Compiler, schema: Schema, value: string, site: Site): string[] {
  const lines: string[] = [];
  if (schema.const !== undefined) {
    if (typeof schema.const === 'object' && schema.const !== null) {
      throw new Error(
        `validator: a const must be a string, number, boolean or null (${site.schemaPath})`,
      );
    }
    const expected = literal(schema.const);
    const error = errorCall(c, 'constError', site, 'const', [expected]);
    lines.push(`if (${value} !== ${expected}) return ${error};`);
  }
  if (schema.enum !== undefined) {
    const values = constant(
      c,
      'allowed',
      `[${(schema.enum as unknown[]).map(literal).join(', ')}]`,
      'readonly unknown[]',
    );
    const error = errorCall(c, 'enumError', site, 'enum', [values]);
    lines.push(`if (!${values}.includes(${value})) return ${error};`);
  }
  return lines;
}

function typeLines(c: Compiler, type: unknown, value: string, site: Site): string[] {
  if (type === undefined) return [];
  const test: Record<string, () => string> = {
    object: () => `!${call(c, 'isObject', [value])}`,
    array: () => `!Array.isArray(${value})`,
    string: () => `typeof ${value} !== 'string'`,
    boolean: () => `typeof ${value} !== 'boolean'`,
    integer: () => `!${call(c, 'isInteger', [value])}`,
    number: () => `!${call(c, 'isNumber', [value])}`,
    null: () => `${value} !== null`,
  };
  const make = typeof type === 'string' ? test[type] : undefined;
  if (!make) {
    throw new Error(`validator: unsupported type ${JSON.stringify(type)} (${site.schemaPath})`);
  }
  // A missing required property fails here too: `typeErrorAt` returns the `required` error.
  const error = errorCall(c, 'typeError', site, 'type', [quote(type as string)]);
  return [`if (${make()}) return ${error};`];
}

const local = (c: Compiler, prefix: string): string => `${prefix}${c.locals++}`;

/**
 * Whether a property's first check is an inline test `undefined` fails, whose error helper
 * (`typeErrorAt`, `stringErrorAt`) then reports the property missing: a type other than
 * `object` (an object is checked by its own function).
 */
const rejectsUndefined = (schema: Schema | undefined): boolean =>
  schema !== undefined &&
  schema.anyOf === undefined &&
  typeof schema.type === 'string' &&
  schema.type !== 'object';

function objectLines(
  c: Compiler,
  schema: Schema,
  value: string,
  path: readonly PathPart[],
  schemaPath: string,
): string[] {
  const lines: string[] = [];
  const required = (schema.required as string[] | undefined) ?? [];
  const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
  const missing = (key: string, item: string): string => {
    const error = call(c, 'requiredError', [
      renderPath(path),
      quote(`${schemaPath}/required`),
      quote(key),
    ]);
    return `if (${item} === undefined) return ${error};`;
  };
  for (const key of required.filter((key) => !Object.hasOwn(properties, key)))
    lines.push(missing(key, `${value}[${quote(key)}]`));
  // The object's schema path, for its properties' errors: written once, not once per error.
  let parent: string | undefined;
  const parentPath = (): string =>
    (parent ??= schemaPath === '#' ? quote('#') : constant(c, 'at', quote(schemaPath), 'string'));
  for (const [key, property] of Object.entries(properties)) {
    const name = local(c, 'x');
    const load = `${value}[${quote(key)}]`;
    // A key a JSON Pointer writes as it is (no `~` or `/`: every key of the spec) has its errors
    // built by the `…At` helpers, which need not escape it; any other, by the plain helpers.
    const site = pointer(key) === key ? { key, parent: parentPath } : undefined;
    const linesOf = (item: string): string[] =>
      nodeLines(
        c,
        property,
        item,
        [...path, { text: `/${pointer(key)}` }],
        `${schemaPath}/properties/${pointer(key)}`,
        true,
        site,
      );
    const child = linesOf(name);
    const declare = `const ${name}${c.typed ? ': unknown' : ''} = ${load};`;
    if (!required.includes(key)) {
      if (child.length > 0)
        lines.push(declare, `if (${name} !== undefined) {`, ...indent(child), '}');
      continue;
    }
    // A required property is tested where it is checked. When that check rejects `undefined`
    // (a type test, `matches`), its helper (`typeErrorAt`, `stringErrorAt`) returns the
    // `required` error for a missing one; otherwise (`anyOf`, an object, `const` or `enum`
    // alone, no type) a test of its own does.
    if (child.length === 0) lines.push(missing(key, load));
    else if (!site || !rejectsUndefined(property))
      lines.push(declare, missing(key, name), ...child);
    else {
      // One check (most are: a decimal, an integer): the property is loaded in it, and again
      // only to build the error; a local for it is text every validator would repeat.
      const once = linesOf(load);
      lines.push(...(once.length === 1 ? once : [declare, ...child]));
    }
  }
  if (typeof schema.additionalProperties === 'object') {
    const values = schema.additionalProperties as Schema;
    lines.push(...mapLines(c, values, Object.keys(properties), value, path, schemaPath));
  }
  return lines;
}

/**
 * `additionalProperties` as a schema (a map keyed by data, such as asset names): every own key
 * not in `properties` is checked against it (a parsed JSON object has no other keys). The key enters the error path escaped as a JSON
 * Pointer, like ajv's, only when an error is built.
 */
function mapLines(
  c: Compiler,
  schema: Schema,
  known: readonly string[],
  value: string,
  path: readonly PathPart[],
  schemaPath: string,
): string[] {
  const k = local(c, 'k');
  const name = local(c, 'x');
  const escaped = `${k}.replace(/~/g, '~0').replace(/\\//g, '~1')`;
  const child = nodeLines(
    c,
    schema,
    name,
    [...path, { text: '/' }, { variable: escaped }],
    `${schemaPath}/additionalProperties`,
  );
  if (child.length === 0) return [];
  const skip = known.map((key) => `${k} === ${quote(key)}`).join(' || ');
  return [
    `for (const ${k} in ${value}) {`,
    ...indent([
      ...(skip ? [`if (${skip}) continue;`] : []),
      `const ${name}${c.typed ? ': unknown' : ''} = ${value}[${k}];`,
      ...child,
    ]),
    '}',
  ];
}

function arrayLines(
  c: Compiler,
  schema: Schema,
  value: string,
  path: readonly PathPart[],
  site: Site,
): string[] {
  const lines: string[] = [];
  const { schemaPath } = site;
  if (typeof schema.minItems === 'number') {
    const error = errorCall(c, 'minItemsError', site, 'minItems', [String(schema.minItems)]);
    lines.push(`if (${value}.length < ${schema.minItems}) return ${error};`);
  }
  if (typeof schema.maxItems === 'number') {
    const error = errorCall(c, 'maxItemsError', site, 'maxItems', [String(schema.maxItems)]);
    lines.push(`if (${value}.length > ${schema.maxItems}) return ${error};`);
  }
  const items = schema.items as Schema | Schema[] | undefined;
  if (Array.isArray(items)) {
    items.forEach((item, index) => {
      const name = local(c, 'x');
      const child = nodeLines(
        c,
        item,
        name,
        [...path, { text: `/${index}` }],
        `${schemaPath}/items/${index}`,
      );
      if (child.length === 0) return;
      lines.push(`const ${name}${c.typed ? ': unknown' : ''} = ${value}[${index}];`);
      lines.push(`if (${name} !== undefined) {`, ...indent(child), '}');
    });
  } else if (items !== undefined) {
    const i = local(c, 'i');
    const name = local(c, 'x');
    const child = nodeLines(
      c,
      items,
      name,
      [...path, { text: '/' }, { variable: i }],
      `${schemaPath}/items`,
    );
    if (child.length > 0) {
      lines.push(
        `for (let ${i} = 0; ${i} < ${value}.length; ${i}++) {`,
        ...indent([`const ${name}${c.typed ? ': unknown' : ''} = ${value}[${i}];`, ...child]),
        '}',
      );
    }
  }
  return lines;
}

/** `anyOf`: the value passes when one variant does; otherwise the first variant's error. */
function anyOfLines(
  c: Compiler,
  variants: readonly Schema[],
  value: string,
  path: readonly PathPart[],
  schemaPath: string,
): string[] {
  const at = renderPath(path);
  const checks = variants.map((variant, index) =>
    functionFor(c, variant, `${schemaPath}/anyOf/${index}`),
  );
  const [first, ...rest] = checks;
  return [
    `const first = ${first}(${value}, ${at});`,
    'if (first === undefined) return undefined;',
    ...rest.map((check) => `if (${check}(${value}, ${at}) === undefined) return undefined;`),
    'return first;',
  ];
}

function compile(schema: Schema, typed: boolean): Compiler & { root: string } {
  const c: Compiler = {
    locals: 0,
    typed,
    functions: [],
    byKey: new Map(),
    consts: [],
    constByText: new Map(),
    used: new Set(),
  };
  const root = functionFor(c, schema, '#');
  return { ...c, root };
}

/**
 * The TypeScript module of one schema's validator: `validate` (a `Validator`), importing its
 * helpers from `runtimeModule`.
 */
export function validatorModule(schema: Schema, runtimeModule: string): string {
  const c = compile(schema, true);
  const helpers = CHECK_HELPERS.filter((h) => c.used.has(h));
  const functions = [...c.functions].sort((a, b) => order(a) - order(b));
  return [
    `import {`,
    ...indent(
      [...helpers, 'validatorOf', 'type Validator', 'type ValidatorError'].map((n) => `${n},`),
    ),
    `} from ${quote(runtimeModule)};`,
    '',
    `/** Checks a value against ${String(schema.$id ?? 'its JSON Schema')}; the first error in \`validate.errors\`. */`,
    `export const validate: Validator = /* @__PURE__ */ validatorOf(${c.root});`,
    '',
    ...c.consts,
    ...(c.consts.length > 0 ? [''] : []),
    ...functions.flatMap((lines) => [...lines, '']),
  ].join('\n');
}

/**
 * The module of a schema that accepts exactly what an earlier one does (`canonical` equal): that
 * module's `validate`, re-exported from `from`, so the checks are written and bundled once.
 */
export function sharedValidatorModule(schema: Schema, from: string): string {
  return [
    `/** Checks a value against ${String(schema.$id ?? 'its JSON Schema')}: the validator of '${from}', whose schema accepts the same values. */`,
    `export { validate } from ${quote(from)};`,
    '',
  ].join('\n');
}

const order = (lines: readonly string[]): number => Number(/check(\d+)/.exec(lines[0]!)![1]);

/**
 * The same validator compiled in this process (for checking the spec's examples), so an
 * example is judged by exactly the code that will judge Binance's messages.
 */
export function compileCheck(
  schema: Schema,
  helpers: Readonly<Record<Helper, unknown>>,
): (data: unknown, path: string) => { instancePath: string; message?: string } | undefined {
  const c = compile(schema, false);
  const source = [...c.consts, ...c.functions.flat(), `return ${c.root};`].join('\n');
  const factory = new Function(...CHECK_HELPERS, source) as (...args: unknown[]) => never;
  return factory(...CHECK_HELPERS.map((name) => helpers[name]));
}
