import { StructureKind, type StatementStructures } from './print';
import { fileOfEntry } from '../ccxt-layer';
import { CCXT_STRUCTURES, type CcxtStructure } from '../ccxt-structures';
import { sourceNameOf, type GeneratorContext } from '../context';
import { pathExpression, walkPath, type PathStep } from '../field-path';
import type { CcxtRuleSpec, FieldSpec, LoadedCcxtMapping, LoadedCcxtSource } from '../spec-types';
import { runtimeImport } from './paths';
import { importFrom } from './structures';

/**
 * generated/ccxt/<structure>.ts: for each source of one spec/ccxt/ file, `parse<X>Ccxt` (the
 * payload's fields handed to the structure's src/ccxt/ builder, as data) and `to<X>Ccxt`, the
 * rxjs operator. Value maps become module constants.
 */
export function ccxtModule(
  ctx: GeneratorContext,
  mapping: LoadedCcxtMapping,
): (StatementStructures | string)[] {
  const structure = CCXT_STRUCTURES[mapping.spec.structure];
  const runtime = new Set<string>([structure.build]);
  const runtimeTypes = new Set<string>(['CcxtContext', structure.type]);
  const rawTypes = new Map<string, Set<string>>();
  const body: (StatementStructures | string)[] = [];
  const named = (file: string): string => fileOfEntry(mapping, file, (f) => sourceNameOf(ctx, f));

  for (const [name, values] of Object.entries(mapping.spec.valueMaps ?? {})) {
    body.push(
      `/** Value map \`${name}\` of ${(mapping.mapFiles[name] ?? [mapping.file]).map(named).join(' and ')}: wire value -> CCXT value (others pass through). */\nconst ${mapConst(name)}: Readonly<Record<string, string>> = ${JSON.stringify(values)};`,
    );
  }
  for (const source of mapping.sources) {
    const types = rawTypes.get(source.rawModule) ?? new Set<string>();
    types.add(source.rawImport ?? source.rawType);
    rawTypes.set(source.rawModule, types);
    body.push(
      ...sourceStatements(mapping, structure, source, runtime, runtimeTypes, named(source.file)),
    );
  }

  return [
    importFrom('rxjs', ['map'], ['OperatorFunction']),
    importFrom(
      runtimeImport(ctx, `${ctx.outDir}/ccxt`),
      [...runtime].sort(),
      [...runtimeTypes].sort(),
    ),
    ...[...rawTypes.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([module, types]) => importFrom(`../${module}`, [], [...types].sort())),
    ...body,
  ];
}

const mapConst = (name: string): string => `${name}Map`;

/** What a parser reads, for its documentation. */
function describeSource(source: LoadedCcxtSource): string {
  if (source.kind === 'channel') return `the \`${source.target}\` stream payload`;
  if (source.kind === 'userData') return `the \`${source.target}\` user data event`;
  return `the answer of \`${source.target}\``;
}

function sourceStatements(
  mapping: LoadedCcxtMapping,
  structure: CcxtStructure,
  source: LoadedCcxtSource,
  runtime: Set<string>,
  runtimeTypes: Set<string>,
  file: string,
): StatementStructures[] {
  const { rawType, mode, spec } = source;
  const out = structure.type;
  const entryName = `entryOf${source.parse.slice('parse'.length, -'Ccxt'.length)}`;
  const usesMarket = structure.market;
  const contextParam = usesMarket ? 'context' : '_context';
  const params = [{ name: 'raw', type: rawType }];
  const context = { name: contextParam, type: 'CcxtContext', hasQuestionToken: true };
  const marketOf = (item: string, inList: boolean): string => {
    if (!usesMarket) return '';
    runtime.add('resolveMarket');
    const id =
      spec.symbol === '$context' ? 'undefined' : valuePath(source, item, spec.symbol!).expression;
    const kind = mapping.spec.marketType;
    const ref = `resolveMarket(${id}, context${kind ? `, ${JSON.stringify(kind)}` : ''})`;
    if (inList && spec.marketInLists === false) {
      runtime.add('symbolOnly');
      return `symbolOnly(${ref})`;
    }
    return ref;
  };
  const entryCall = (item: string, inList: boolean): string =>
    usesMarket ? `${entryName}(${item}, ${marketOf(item, inList)})` : `${entryName}(${item})`;
  const sorted = (list: string): string => {
    if (spec.sortBy === undefined) return list;
    runtime.add('sortByKeys');
    return `sortByKeys(${list}, ${sortKeys(spec.sortBy)})`;
  };
  const doc = [
    `Maps ${describeSource(source)} (\`${rawType}\`) to CCXT's ${mapping.spec.title} (${mode === 'single' ? `\`${out}\`` : mode === 'union' ? `\`${out}\`, or \`${out}[]\` for an array` : `\`${out}[]\``}), as ${spec.follows} does.${usesMarket ? symbolDoc(spec.symbol) : ''} Mapping: \`${file}\`.`,
  ];

  let itemType = rawType;
  if (mode === 'list') itemType = `${rawType}[number]`;
  if (mode === 'union') {
    itemType = `Exclude<${rawType}, unknown[]> | Extract<${rawType}, unknown[]>[number]`;
  }
  if (mode === 'each') itemType = eachType(source);

  const statements: StatementStructures[] = [];
  if (usesMarket) runtimeTypes.add('CcxtMarketRef');
  statements.push({
    kind: StructureKind.Function,
    name: entryName,
    parameters: [
      { name: 'raw', type: itemType },
      ...(usesMarket ? [{ name: 'market', type: 'CcxtMarketRef' }] : []),
    ],
    returnType: out,
    statements: buildStatements(structure, source, runtime),
  });

  if (mode === 'union') {
    runtimeTypes.add('CcxtOf');
    const single = `Exclude<${rawType}, unknown[]>`;
    const list = `Extract<${rawType}, unknown[]>`;
    statements.push({
      kind: StructureKind.Function,
      isExported: true,
      name: source.parse,
      overloads: [
        { docs: doc, parameters: [{ name: 'raw', type: single }, context], returnType: out },
        {
          docs: [`An array answer gives one \`${out}\` per entry.`],
          parameters: [{ name: 'raw', type: list }, context],
          returnType: `${out}[]`,
        },
        {
          docs: [`Either, when the answer's kind is not known statically.`],
          parameters: [...params, context],
          returnType: `${out} | ${out}[]`,
        },
      ],
      parameters: [...params, context],
      returnType: `${out} | ${out}[]`,
      statements: `return Array.isArray(raw) ? ${sorted(`raw.map((item) => ${entryCall('item', true)})`)} : ${entryCall('raw', false)};`,
    });
    statements.push({
      kind: StructureKind.Function,
      isExported: true,
      name: source.operator,
      docs: [
        `\`${source.parse}\` as an rxjs operator: an object gives a \`${out}\`, an array a \`${out}[]\`.`,
      ],
      typeParameters: [{ name: 'R', constraint: rawType }],
      parameters: [context],
      returnType: `OperatorFunction<R, CcxtOf<R, ${out}>>`,
      statements: `return map((raw) => ${source.parse}(raw, ${contextParam}) as CcxtOf<R, ${out}>);`,
    });
    return statements;
  }

  const returnType = mode === 'single' ? out : `${out}[]`;
  const call =
    mode === 'single'
      ? entryCall('raw', false)
      : mode === 'list'
        ? sorted(`raw.map((item) => ${entryCall('item', true)})`)
        : sorted(`${listExpression(source)}.map((item) => ${entryCall('item', true)})`);
  statements.push(
    {
      kind: StructureKind.Function,
      isExported: true,
      name: source.parse,
      docs: doc,
      parameters: [...params, context],
      returnType,
      statements: `return ${call};`,
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: source.operator,
      docs: [`\`${source.parse}\` as an rxjs operator.`],
      parameters: [context],
      returnType: `OperatorFunction<${rawType}, ${returnType}>`,
      statements: `return map((raw) => ${source.parse}(raw, ${contextParam}));`,
    },
  );
  return statements;
}

const symbolDoc = (symbol: string | undefined): string =>
  symbol === '$context'
    ? ' The payload has no symbol: pass `context.symbol`.'
    : ` The symbol comes from \`${symbol}\` (through \`context.markets\` when given).`;

/** `GetExchangeInfoResponse['symbols'][number]` for a source's `each`. */
function eachType(source: LoadedCcxtSource): string {
  const steps = walkPath(source.root, source.spec.each!) as PathStep[];
  let type = source.rawType;
  for (const { key, field } of steps) {
    type = `${type}[${JSON.stringify(key)}]`;
    if (field.optional || field.nullable) type = `NonNullable<${type}>`;
  }
  return `${type}[number]`;
}

/** `raw.symbols` (with `?? []` when the list may be missing). */
function listExpression(source: LoadedCcxtSource): string {
  return valuePath(source, 'raw', source.spec.each!, true, source.root).expression;
}

/** The entry shape a path is read in: the payload, a list's entries, or a union's object. */
function entryShape(source: LoadedCcxtSource): FieldSpec {
  const { root, mode } = source;
  if (mode === 'list') return root.items!;
  if (mode === 'union') return root.variants!.find((v) => v.type !== 'array')!;
  if (mode === 'each') {
    const steps = walkPath(root, source.spec.each!) as PathStep[];
    return steps[steps.length - 1]!.field.items!;
  }
  return root;
}

function valuePath(
  source: LoadedCcxtSource,
  item: string,
  path: string,
  list = false,
  shape: FieldSpec = entryShape(source),
) {
  const steps = walkPath(shape, path) as PathStep[];
  const last = steps[steps.length - 1]!.field;
  const expression = pathExpression(item, steps);
  const mayLack = steps.some((s) => s.field.optional || s.field.nullable);
  return {
    expression: list && mayLack ? `(${expression} ?? [])` : expression,
    field: last,
  };
}

/** `const status = …; return ccxtOrder(raw, market, { … });` */
function buildStatements(
  structure: CcxtStructure,
  source: LoadedCcxtSource,
  runtime: Set<string>,
): string[] {
  const fields = source.spec.fields;
  const referenced = new Set(
    Object.values(fields).flatMap((rule) =>
      typeof rule === 'string'
        ? []
        : (rule.args ?? []).filter((a) => a.startsWith('@')).map((a) => a.slice(1)),
    ),
  );
  const r: RuleEmitter = { source, runtime, item: 'raw', shape: entryShape(source), depth: 0 };
  const locals = [...referenced].map(
    (name) => `const ${name} = ${ruleExpression(r, fields[name]!)};`,
  );
  const object = objectLiteral(r, fields, referenced);
  const args = [
    ...(structure.info ? ['raw'] : []),
    ...(structure.market ? ['market'] : []),
    object,
  ];
  return [...locals, `return ${structure.build}(${args.join(', ')});`];
}

interface RuleEmitter {
  readonly source: LoadedCcxtSource;
  readonly runtime: Set<string>;
  /** The variable the entry is in (`raw`, `item1`, …). */
  readonly item: string;
  readonly shape: FieldSpec;
  readonly depth: number;
}

function objectLiteral(
  r: RuleEmitter,
  fields: Readonly<Record<string, CcxtRuleSpec>>,
  locals: ReadonlySet<string> = new Set(),
): string {
  const members = Object.entries(fields).map(([name, rule]) =>
    locals.has(name) ? name : `${name}: ${ruleExpression(r, rule)}`,
  );
  return `{ ${members.join(', ')} }`;
}

function ruleExpression(r: RuleEmitter, rule: CcxtRuleSpec): string {
  const path = (p: string) => valuePath(r.source, r.item, p, false, r.shape).expression;
  if (typeof rule === 'string') return path(rule);
  if (rule.const !== undefined) return JSON.stringify(rule.const);
  if (rule.helper !== undefined) {
    r.runtime.add(rule.helper);
    const args = (rule.args ?? []).map((a) => (a.startsWith('@') ? a.slice(1) : path(a)));
    return `${rule.helper}(${args.join(', ')})`;
  }
  if (rule.each !== undefined) {
    const list = valuePath(r.source, r.item, rule.each, true, r.shape);
    const item = `item${r.depth + 1}`;
    const inner: RuleEmitter = { ...r, item, shape: list.field.items!, depth: r.depth + 1 };
    const object = objectLiteral(inner, rule.fields ?? {});
    if (rule.structure) {
      const build = CCXT_STRUCTURES[rule.structure].build;
      r.runtime.add(build);
      const mapped = `${list.expression}.map((${item}) => ${build}(${item}, market, ${object}))`;
      if (rule.sortBy === undefined) return mapped;
      r.runtime.add('sortByKeys');
      return `sortByKeys(${mapped}, ${sortKeys(rule.sortBy)})`;
    }
    return `${list.expression}.map((${item}) => (${object}))`;
  }
  const from = typeof rule.from === 'string' ? [rule.from] : (rule.from ?? []);
  let expression = from.map(path).join(' ?? ');
  if (rule.default !== undefined) expression = `${expression} ?? ${JSON.stringify(rule.default)}`;
  if (rule.lower) {
    r.runtime.add('lower');
    expression = `lower(${expression})`;
  }
  if (rule.map !== undefined) {
    r.runtime.add('mapValue');
    expression = `mapValue(${mapConst(rule.map)}, ${expression})`;
  }
  return expression;
}

/** `['timestamp', 'id']`, or `[0]` for a candle's position. */
const sortKeys = (keys: readonly string[]): string =>
  `[${keys.map((k) => (/^\d+$/.test(k) ? k : JSON.stringify(k))).join(', ')}]`;
