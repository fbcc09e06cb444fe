/**
 * Table tests of single emitters: given a spec fragment, want this output. The golden run
 * (golden.test.ts) covers whole files; these pin each emitter's rule on its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as checks from '../../src/validation/checks';
import { compileCheck, testedPattern, validatorModule } from '../../codegen/emit/validator-code';
import { fieldType } from '../../codegen/emit/field-types';
import { parseExpression } from '../../codegen/emit/parse-expression';
import { printModule, StructureKind, VariableDeclarationKind } from '../../codegen/emit/print';
import type { FieldSpec } from '../../codegen/spec-types';

const field = (spec: Partial<FieldSpec> & { type: FieldSpec['type'] }): FieldSpec => ({
  description: 'd',
  ...spec,
});

describe('fieldType: spec field -> TypeScript type', () => {
  it.each<[string, FieldSpec, 'raw' | 'parsed', string]>([
    ['decimal, raw', field({ type: 'decimal' }), 'raw', 'string'],
    ['decimal, parsed', field({ type: 'decimal' }), 'parsed', 'D'],
    ['timestamp', field({ type: 'timestamp' }), 'raw', 'number'],
    ['const', field({ type: 'string', const: 'trade' }), 'raw', '"trade"'],
    ['enum', field({ type: 'string', enum: ['A', 'B'] }), 'raw', '"A" | "B"'],
    ['nullable', field({ type: 'integer', nullable: true }), 'raw', 'number | null'],
    ['array', field({ type: 'array', items: field({ type: 'boolean' }) }), 'raw', 'Array<boolean>'],
    [
      'map, parsed',
      field({ type: 'map', values: field({ type: 'decimal' }) }),
      'parsed',
      'Record<string, D>',
    ],
    [
      'tuple, raw',
      field({
        type: 'tuple',
        elements: [
          field({ type: 'decimal', name: 'price' }),
          field({ type: 'integer', name: 'n' }),
        ],
      }),
      'raw',
      '[price: string, n: number]',
    ],
  ])('%s', (_name, given, model, want) => {
    expect(fieldType(given, model)).toBe(want);
  });
});

describe('parseExpression: spec field -> expression building the parsed value', () => {
  it.each<[string, FieldSpec, string]>([
    ['decimal', field({ type: 'decimal' }), 'decimal(raw.p)'],
    ['integer', field({ type: 'integer' }), 'raw.p'],
    [
      'map of decimals: each value converted, keys kept',
      field({ type: 'map', values: field({ type: 'decimal' }) }),
      'Object.fromEntries(Object.entries(raw.p).map(([key0, value0]) => [key0, decimal(value0)]))',
    ],
    [
      'map of strings: the map itself',
      field({ type: 'map', values: field({ type: 'string' }) }),
      'raw.p',
    ],
  ])('%s', (_name, given, want) => {
    expect(parseExpression(given, 'raw.p')).toBe(want);
  });
});

describe('printModule: statement structures -> formatted TypeScript', () => {
  it.each<[string, Parameters<typeof printModule>[0], string]>([
    [
      'imports stay together, then a blank line',
      [
        {
          kind: StructureKind.ImportDeclaration,
          moduleSpecifier: 'rxjs',
          isTypeOnly: true,
          namedImports: ['Observable'],
        },
        { kind: StructureKind.ImportDeclaration, moduleSpecifier: './x', namedImports: ['a'] },
        {
          kind: StructureKind.VariableStatement,
          isExported: true,
          declarationKind: VariableDeclarationKind.Const,
          docs: ['One.'],
          declarations: [{ name: 'one', type: 'number', initializer: '1' }],
        },
      ],
      "import type { Observable } from 'rxjs';\nimport { a } from './x';\n\n/** One. */\nexport const one: number = 1;\n",
    ],
    [
      'an interface with optional members, multi-line docs',
      [
        {
          kind: StructureKind.Interface,
          isExported: true,
          name: 'P',
          docs: ['First.\n\nSecond.'],
          properties: [{ name: 'a', type: 'string', hasQuestionToken: true, docs: ['A.'] }],
        },
      ],
      '/**\n * First.\n *\n * Second.\n */\nexport interface P {\n  /** A. */\n  a?: string;\n}\n',
    ],
    [
      'a generic function with a body',
      [
        {
          kind: StructureKind.Function,
          isExported: true,
          name: 'f',
          typeParameters: [{ name: 'D', default: 'string' }],
          parameters: [{ name: 'x', type: 'D' }],
          returnType: 'D',
          statements: ['return x;'],
        },
      ],
      'export function f<D = string>(x: D): D {\n  return x;\n}\n',
    ],
  ])('%s', (_name, given, want) => {
    expect(printModule(given)).toBe(want);
  });
});

const DECIMAL = { type: 'string', pattern: '^-?[0-9]+(\\.[0-9]+)?$' };

describe('validator compiler: JSON Schema -> first error, as ajv reports it', () => {
  const schema = {
    type: 'object',
    required: ['p', 'levels'],
    properties: {
      e: { type: 'string', const: 'deal' },
      p: DECIMAL,
      s: { enum: ['BUY', 'SELL'] },
      n: { anyOf: [{ type: 'integer' }, { type: 'null' }] },
      levels: {
        type: 'array',
        items: { type: 'array', items: [DECIMAL, DECIMAL], minItems: 2, maxItems: 2 },
      },
      // A map keyed by data (spec type map), with one declared key checked by its own schema.
      assets: {
        type: 'object',
        properties: { count: { type: 'integer' } },
        additionalProperties: DECIMAL,
      },
    },
  };
  const check = compileCheck(schema, checks);
  it.each<[string, unknown, { instancePath: string; keyword: string } | undefined]>([
    ['valid', { p: '1.5', levels: [['1', '2']], n: null, s: 'BUY' }, undefined],
    ['not an object', [], { instancePath: '', keyword: 'type' }],
    ['missing required', { levels: [] }, { instancePath: '', keyword: 'required' }],
    ['const', { e: 'x', p: '1', levels: [] }, { instancePath: '/e', keyword: 'const' }],
    ['pattern', { p: '1e5', levels: [] }, { instancePath: '/p', keyword: 'pattern' }],
    ['enum', { p: '1', levels: [], s: 'HOLD' }, { instancePath: '/s', keyword: 'enum' }],
    [
      'union: first variant',
      { p: '1', levels: [], n: 1.5 },
      { instancePath: '/n', keyword: 'type' },
    ],
    [
      'tuple too short',
      { p: '1', levels: [['1']] },
      { instancePath: '/levels/0', keyword: 'minItems' },
    ],
    [
      'tuple element',
      {
        p: '1',
        levels: [
          ['1', '2'],
          ['1', 2],
        ],
      },
      { instancePath: '/levels/1/1', keyword: 'type' },
    ],
    ['map: every value checked', { p: '1', levels: [], assets: { BTC: '1', count: 2 } }, undefined],
    [
      'map: a bad value, its key in the path',
      { p: '1', levels: [], assets: { BTC: '1', ETH: 2 } },
      { instancePath: '/assets/ETH', keyword: 'type' },
    ],
    [
      'map: a key escaped as a JSON Pointer',
      { p: '1', levels: [], assets: { 'a/b~c': 'x' } },
      { instancePath: '/assets/a~1b~0c', keyword: 'pattern' },
    ],
    [
      'map: a declared key keeps its own schema',
      { p: '1', levels: [], assets: { count: '1' } },
      { instancePath: '/assets/count', keyword: 'type' },
    ],
    [
      'integer refuses fractions',
      { p: '1', levels: [], n: 2.5 },
      { instancePath: '/n', keyword: 'type' },
    ],
  ])('%s', (_name, data, want) => {
    const error = check(data, '');
    if (want === undefined) expect(error).toBeUndefined();
    else expect(error).toMatchObject(want);
  });

  it('names the pattern of the schema in a pattern error, not the pattern it tests', () => {
    expect(check({ p: '1e5', levels: [] }, '')).toMatchObject({
      schemaPath: '#/properties/p/pattern',
      params: { pattern: DECIMAL.pattern },
      message: `must match pattern "${DECIMAL.pattern}"`,
    });
  });

  it.each([
    ['^-?[0-9]+(\\.[0-9]+)?$', '^-?[0-9]+(?:\\.[0-9]+)?$'],
    ['^(a|b)[(]\\(x\\)(?:y)(?<n>z)$', '^(?:a|b)[(]\\(x\\)(?:y)(?<n>z)$'],
    ['^(a)\\1$', '^(a)\\1$'],
    ['^[0-9]+$', '^[0-9]+$'],
  ])('tests %s as %s (no capturing group, the same strings)', (pattern, tested) => {
    expect(testedPattern(pattern)).toBe(tested);
  });

  it("builds the same error objects from an object's paths and a key, a missing typed property `required`", () => {
    const inner = { type: 'object', required: ['n'], properties: { n: { type: 'integer' } } };
    const check = compileCheck(
      {
        type: 'object',
        required: ['e', 'k', 'a/b', 'd', 'o'],
        properties: {
          e: { type: 'string', const: 'deal' },
          k: { type: 'integer' },
          'a/b': { type: 'string' },
          d: DECIMAL,
          o: inner,
        },
      },
      checks,
    );
    const valid = { e: 'deal', k: 1, 'a/b': 'x', d: '1.5', o: { n: 1 } };
    const required = (key: string, at = '', schemaPath = '#') => ({
      instancePath: at,
      schemaPath: `${schemaPath}/required`,
      keyword: 'required',
      message: `must have required property '${key}'`,
      params: { missingProperty: key },
    });
    const type = (at: string, schemaPath: string, t: string) => ({
      instancePath: at,
      schemaPath,
      keyword: 'type',
      message: `must be ${t}`,
      params: { type: t },
    });
    const without = (key: string) =>
      Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key));
    expect(check(valid, '')).toBeUndefined();
    for (const key of ['e', 'k', 'a/b', 'd', 'o'])
      expect(check(without(key), '')).toEqual(required(key));
    expect(check({ ...valid, o: {} }, '/x')).toEqual(required('n', '/x/o', '#/properties/o'));
    expect(check({ ...valid, e: 5 }, '')).toEqual(type('/e', '#/properties/e/type', 'string'));
    expect(check({ ...valid, e: 'x' }, '')).toEqual({
      instancePath: '/e',
      schemaPath: '#/properties/e/const',
      keyword: 'const',
      message: 'must be equal to constant',
      params: { allowedValue: 'deal' },
    });
    expect(check({ ...valid, k: 1.5 }, '')).toEqual(type('/k', '#/properties/k/type', 'integer'));
    expect(check({ ...valid, 'a/b': 1 }, '')).toEqual(
      type('/a~1b', '#/properties/a~1b/type', 'string'),
    );
    expect(check({ ...valid, d: 1 }, '')).toEqual(type('/d', '#/properties/d/type', 'string'));
    expect(check({ ...valid, d: '1e5' }, '')).toEqual({
      instancePath: '/d',
      schemaPath: '#/properties/d/pattern',
      keyword: 'pattern',
      message: `must match pattern "${DECIMAL.pattern}"`,
      params: { pattern: DECIMAL.pattern },
    });
    expect(check({ ...valid, o: { n: 'x' } }, '')).toEqual(
      type('/o/n', '#/properties/o/properties/n/type', 'integer'),
    );
  });

  it('tests a required property once: a typed one by its own check, loaded once', () => {
    const text = validatorModule(
      {
        type: 'object',
        required: ['k', 'd', 'u'],
        properties: { k: { type: 'integer' }, d: DECIMAL, u: {} },
      },
      '../runtime',
    );
    expect(text).toContain(
      "if (!isInteger(d['k'])) return typeErrorAt(d, p, '#', 'k', 'integer');",
    );
    expect(text).not.toContain("d['k'] === undefined");
    expect(text).not.toContain("d['d'] === undefined");
    // An untyped property accepts undefined: it keeps its own test.
    expect(text).toContain("if (d['u'] === undefined) return requiredError(p, '#/required', 'u');");
  });

  it('shares one function per distinct sub-schema and imports only the helpers it calls', () => {
    const same = { type: 'object', required: ['a'], properties: { a: DECIMAL } };
    const text = validatorModule(
      { type: 'object', properties: { x: same, y: { ...same, description: 'other prose' } } },
      '../runtime',
    );
    expect(text.match(/^function check\d+/gm)).toEqual(['function check0', 'function check1']);
    expect(text).toContain("from '../runtime';");
    expect(text).not.toContain('isInteger');
    expect(text).not.toContain('enumError');
  });
});

describe('the committed validators', () => {
  it('test every pattern with a RegExp that captures nothing (a validator only asks whether it matches)', () => {
    const root = join(import.meta.dirname, '..', '..', 'generated');
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
      (file) => file.includes('validators') && file.endsWith('.ts'),
    );
    const patterns = files.flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(/new RegExp\('((?:[^'\\]|\\.)*)'/g)].map(
        (match) => match[1]!,
      ),
    );
    expect(patterns.length).toBeGreaterThan(100);
    // An unescaped `(` outside a class and not `(?`: a capturing group (none here uses `\1`).
    const capturing = patterns.filter((p) =>
      /(^|[^\\[])\((?!\?)/.test(p.replace(/\[[^\]]*\]/g, '')),
    );
    expect(capturing).toEqual([]);
  });
});
