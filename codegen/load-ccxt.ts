/**
 * Loading spec/ccxt/*.yaml: each file checked against ccxt-mapping.schema.json, then against the
 * rest of the spec: every source must be a channel, operation or user data event, every wire path
 * a field of its payload, every CCXT field one the structure's runtime takes, every value map and
 * `@field` defined, and no two sources may emit the same parser name.
 */
import { allObjects, discriminators } from './union-variants';
import type { Ajv } from 'ajv';
import { CCXT_STRUCTURES, type CcxtStructure } from './ccxt-structures';
import { listItems, walkPath } from './field-path';
import type { SpecFiles } from './load-spec';
import { channelNames, kebab, operationNames, pascal, userDataNames } from './names';
import { layerCcxtMapping } from './ccxt-layer';
import { at, misplacedOf, parseChecked } from './spec-files';
import { nearest } from './suggest';
import type { SpecProblem } from './spec-errors';
import type {
  CcxtMappingSpec,
  CcxtRuleSpec,
  CcxtSourceMode,
  CcxtSourceSpec,
  FieldSpec,
  LoadedCcxtMapping,
  LoadedCcxtSource,
  LoadedChannel,
  LoadedOperation,
  LoadedUserDataEvent,
} from './spec-types';

const isCcxtFile = (file: string): boolean => /^spec\/ccxt\/[^/]+\.ya?ml$/.test(file);

/** What the mappings may refer to: the rest of the spec, already loaded. */
export interface CcxtTargets {
  readonly channels: readonly LoadedChannel[];
  readonly operations: readonly LoadedOperation[];
  readonly userDataEvents: readonly LoadedUserDataEvent[];
}

/** The names of a source's parser and operator: parse<X>Ccxt, to<X>Ccxt. */
export function ccxtNames(source: CcxtSourceSpec) {
  const middle = source.name ?? pascal(source.channel ?? source.userData ?? source.operation ?? '');
  return { parse: `parse${middle}Ccxt`, operator: `to${middle}Ccxt` };
}

export function loadCcxtMappings(
  files: SpecFiles,
  ajv: Ajv,
  problems: SpecProblem[],
  targets: CcxtTargets,
): LoadedCcxtMapping[] {
  const check = ajv.getSchema('https://binance-rx.dev/spec/ccxt-mapping.schema.json')!;
  const loaded: LoadedCcxtMapping[] = [];
  const byStructure = new Map<string, string>();
  const byParser = new Map<string, string>();
  for (const file of [...files.keys()].filter(isCcxtFile).sort()) {
    const spec = parseChecked(files, file, check, problems) as CcxtMappingSpec | undefined;
    if (!spec) continue;
    const before = problems.length;
    const expected = `spec/ccxt/${kebab(spec.structure)}.yaml`;
    if (file !== expected) {
      problems.push(
        at(file, 'structure', `structure '${spec.structure}' must live in ${expected}`),
      );
    }
    const other = byStructure.get(spec.structure);
    if (other) {
      const { misplaced, kept } = misplacedOf(file, other, expected);
      problems.push(at(misplaced, 'structure', `'${spec.structure}' is already mapped in ${kept}`));
      // Its sources would clash with the other's by name: one problem is the whole story.
      continue;
    }
    byStructure.set(spec.structure, file);
    const layered = layerCcxtMapping(files, file, spec, check, problems, (s) => ccxtNames(s).parse);
    const merged = layered.spec;
    const structure = CCXT_STRUCTURES[merged.structure];
    if (merged.marketType !== undefined && !structure.market) {
      const owner = layered.own?.marketType !== undefined ? layered.layer! : file;
      problems.push(at(owner, 'marketType', `a ${merged.structure} has no symbol`));
    }
    const usedMaps = new Set<string>();
    const sources: LoadedCcxtSource[] = [];
    for (const { file: from, index, source } of layered.entries) {
      const where = `sources.${index}`;
      const resolved = resolveSource(from, where, source, targets, problems, files);
      if (!resolved) continue;
      const items = itemShapes(from, where, source, resolved.root, problems);
      if (!items) continue;
      const ctx: RuleContext = { file: from, spec: merged, structure, items, usedMaps, problems };
      checkSymbol(ctx, where, source);
      if (source.sortBy !== undefined) {
        if (items.mode === 'single') {
          problems.push(at(from, `${where}.sortBy`, 'the payload is one entry: nothing to sort'));
        }
        checkSortKeys(ctx, `${where}.sortBy`, source.sortBy, structure);
      }
      checkFields(ctx, `${where}.fields`, source.fields, structure.fields, structure.required);
      const names = ccxtNames(source);
      const previous = byParser.get(names.parse);
      if (previous) {
        problems.push(
          at(
            from,
            where,
            `emits ${names.parse}, as does ${previous}; give one of them a different 'name'`,
          ),
        );
      } else byParser.set(names.parse, `${from} ${where}`);
      sources.push({ spec: source, file: from, index, ...resolved, mode: items.mode, ...names });
    }
    // Only once every source is read: a broken source's rules were not looked at. A shipped map
    // that only the sources a user's layer replaced used is left out, not a problem.
    const valueMaps = Object.fromEntries(
      Object.entries(merged.valueMaps ?? {}).filter(([name]) => {
        if (usedMaps.has(name)) return true;
        // The user's layer when it wrote the map (its entries last), else the shipped file.
        const from = layered.mapFiles[name]!.at(-1)!;
        if (
          sources.length === layered.entries.length &&
          (from === layered.layer || layered.layer === undefined)
        ) {
          problems.push(at(from, `valueMaps.${name}`, 'not used by any rule (`map:`)'));
        }
        return false;
      }),
    );
    if (problems.length === before) {
      const { mapFiles, layer } = layered;
      loaded.push({
        file,
        spec: { ...merged, valueMaps },
        sources,
        mapFiles,
        ...(layer ? { layer } : {}),
      });
    }
  }
  return loaded.sort((a, b) => (a.spec.structure < b.spec.structure ? -1 : 1));
}

type Resolved = Pick<
  LoadedCcxtSource,
  'kind' | 'target' | 'rawType' | 'rawImport' | 'rawModule' | 'root'
>;

function resolveSource(
  file: string,
  where: string,
  source: CcxtSourceSpec,
  targets: CcxtTargets,
  problems: SpecProblem[],
  files: SpecFiles,
): Resolved | undefined {
  const given = (['channel', 'operation', 'userData'] as const).filter(
    (k) => source[k] !== undefined,
  );
  if (given.length !== 1) {
    problems.push(
      at(file, where, `needs exactly one of channel, operation, userData (has ${given.length})`),
    );
    return undefined;
  }
  const kind = given[0]!;
  const target = source[kind]!;
  const missing = (folder: string, what: string, names: readonly string[]): undefined => {
    // When a file of that folder did not load, it is already reported: not a second problem.
    const broken = problems.some((p) => p.file.startsWith(`spec/${folder}/`));
    // The file it would be in, a spec path: shown as the product's (spec/usdm/…) or the user's.
    const expected = `spec/${folder}/${kebab(target)}.yaml`;
    if (!broken && !files.has(expected)) {
      const near = nearest(target, names);
      const hint = near === undefined ? '' : `; did you mean '${near}'?`;
      problems.push(
        at(file, `${where}.${kind}`, `'${target}' is not ${what} (no ${expected}${hint})`),
      );
    }
    return undefined;
  };
  if (kind === 'channel') {
    const channel = targets.channels.find((c) => c.spec.channel === target);
    if (!channel)
      return missing(
        'channels',
        'a channel',
        targets.channels.map((c) => c.spec.channel),
      );
    const n = channelNames(target);
    const object: FieldSpec = { type: 'object', description: '', fields: channel.fields };
    const root: FieldSpec =
      channel.spec.payload === 'array' ? { type: 'array', description: '', items: object } : object;
    return { kind, target, rawType: n.event, rawModule: `channels/${n.file}`, root };
  }
  if (kind === 'operation') {
    const operation = targets.operations.find((o) => o.spec.operation === target);
    if (!operation)
      return missing(
        'operations',
        'an operation',
        targets.operations.map((o) => o.spec.operation),
      );
    const n = operationNames(operation.spec);
    const root = operation.spec.response;
    const keys =
      root.type === 'union' && allObjects(root.variants!)
        ? discriminators(root.variants!)
        : undefined;
    if (keys) {
      // An order or the order list it belonged to: CCXT maps the first variant (the order).
      return {
        kind,
        target,
        rawType: `Extract<${n.response}, { ${keys[0]!}: unknown }>`,
        rawImport: n.response,
        rawModule: `operations/${n.file}`,
        root: root.variants![0]!,
      };
    }
    return { kind, target, rawType: n.response, rawModule: `operations/${n.file}`, root };
  }
  const event = targets.userDataEvents.find((e) => e.spec.event === target);
  if (!event)
    return missing(
      'user-data',
      'a user data event',
      targets.userDataEvents.map((e) => e.spec.event),
    );
  const n = userDataNames(target);
  const root: FieldSpec = { type: 'object', description: '', fields: event.spec.fields };
  return { kind, target, rawType: n.event, rawModule: `user-data/${n.file}`, root };
}

interface ItemShapes {
  readonly mode: CcxtSourceMode;
  /** Every shape an entry may have (both variants of a union); paths must exist in all. */
  readonly shapes: readonly FieldSpec[];
}

/** An entry is an object or a tuple (a kline). */
const isEntry = (f: FieldSpec | undefined): boolean => f?.type === 'object' || f?.type === 'tuple';

function itemShapes(
  file: string,
  where: string,
  source: CcxtSourceSpec,
  root: FieldSpec,
  problems: SpecProblem[],
): ItemShapes | undefined {
  const fail = (path: string, message: string): undefined => {
    problems.push(at(file, path, message));
    return undefined;
  };
  if (source.each !== undefined) {
    if (root.type !== 'object') return fail(`${where}.each`, `the payload is a ${root.type}`);
    const steps = walkPath(root, source.each);
    if (typeof steps === 'string') return fail(`${where}.each`, steps);
    const items = listItems(steps, source.each);
    if (typeof items === 'string') return fail(`${where}.each`, items);
    if (!isEntry(items))
      return fail(`${where}.each`, `entries of '${source.each}' are not objects`);
    return { mode: 'each', shapes: [items as FieldSpec] };
  }
  if (isEntry(root)) return { mode: 'single', shapes: [root] };
  if (root.type === 'array' && root.items && isEntry(root.items)) {
    return { mode: 'list', shapes: [root.items] };
  }
  if (root.type === 'union') {
    const single = root.variants?.find(isEntry);
    const list = root.variants?.find((v) => v.type === 'array' && isEntry(v.items));
    if (single && list?.items) return { mode: 'union', shapes: [single, list.items] };
  }
  return fail(
    where,
    `the payload is neither an entry, a list of entries nor one of both (give 'each')`,
  );
}

interface RuleContext {
  readonly file: string;
  readonly spec: CcxtMappingSpec;
  readonly structure: CcxtStructure;
  readonly items: ItemShapes;
  readonly usedMaps: Set<string>;
  readonly problems: SpecProblem[];
}

function checkPath(ctx: RuleContext, where: string, shapes: readonly FieldSpec[], path: string) {
  for (const shape of shapes) {
    const steps = walkPath(shape, path);
    if (typeof steps === 'string') {
      ctx.problems.push(at(ctx.file, where, steps));
      return;
    }
  }
}

function checkSymbol(ctx: RuleContext, where: string, source: CcxtSourceSpec) {
  const { structure, file, problems } = ctx;
  if (!structure.market) {
    if (source.symbol !== undefined) {
      problems.push(at(file, `${where}.symbol`, `a ${ctx.spec.structure} has no symbol`));
    }
    return;
  }
  if (source.symbol === undefined) {
    problems.push(
      at(
        file,
        where,
        `missing required key 'symbol' (the wire field of the market id, or $context)`,
      ),
    );
  } else if (source.symbol !== '$context') {
    checkPath(ctx, `${where}.symbol`, ctx.items.shapes, source.symbol);
  }
}

function checkFields(
  ctx: RuleContext,
  where: string,
  fields: Readonly<Record<string, CcxtRuleSpec>>,
  allowed: readonly string[],
  required: readonly string[],
  shapes: readonly FieldSpec[] = ctx.items.shapes,
) {
  const { file, problems } = ctx;
  for (const name of required) {
    if (!(name in fields)) problems.push(at(file, where, `missing required CCXT field '${name}'`));
  }
  for (const [name, rule] of Object.entries(fields)) {
    const path = `${where}.${name}`;
    if (!allowed.includes(name)) {
      problems.push(at(file, path, `not a field this structure takes (${allowed.join(', ')})`));
      continue;
    }
    checkRule(ctx, path, name, rule, fields, shapes);
  }
}

function checkRule(
  ctx: RuleContext,
  path: string,
  name: string,
  rule: CcxtRuleSpec,
  siblings: Readonly<Record<string, CcxtRuleSpec>>,
  shapes: readonly FieldSpec[],
) {
  const { file, problems } = ctx;
  if (typeof rule === 'string') {
    checkPath(ctx, path, shapes, rule);
    return;
  }
  const kinds = (['from', 'helper', 'const', 'each'] as const).filter((k) => rule[k] !== undefined);
  if (kinds.length !== 1) {
    problems.push(at(file, path, `needs exactly one of from, helper, const, each`));
    return;
  }
  const misplaced = (key: keyof typeof rule, owner: string) => {
    if (rule[key] !== undefined && kinds[0] !== owner) {
      problems.push(at(file, `${path}.${String(key)}`, `only allowed with '${owner}'`));
    }
  };
  misplaced('lower', 'from');
  misplaced('map', 'from');
  misplaced('default', 'from');
  misplaced('args', 'helper');
  misplaced('fields', 'each');
  misplaced('structure', 'each');
  misplaced('sortBy', 'each');
  if (rule.from !== undefined) {
    const paths = typeof rule.from === 'string' ? [rule.from] : rule.from;
    paths.forEach((p) => checkPath(ctx, `${path}.from`, shapes, p));
    if (rule.map !== undefined) {
      ctx.usedMaps.add(rule.map);
      if (!ctx.spec.valueMaps?.[rule.map]) {
        problems.push(at(file, `${path}.map`, `'${rule.map}' is not defined in valueMaps`));
      }
    }
  }
  if (rule.helper !== undefined) {
    if (rule.args === undefined) problems.push(at(file, path, `missing required key 'args'`));
    for (const [i, arg] of (rule.args ?? []).entries()) {
      if (!arg.startsWith('@')) {
        checkPath(ctx, `${path}.args.${i}`, shapes, arg);
        continue;
      }
      const ref = siblings[arg.slice(1)];
      if (ref === undefined || arg.slice(1) === name) {
        problems.push(
          at(file, `${path}.args.${i}`, `'${arg}' is not another field of this mapping`),
        );
      } else if (typeof ref !== 'string' && ref.args?.some((a) => a.startsWith('@'))) {
        problems.push(at(file, `${path}.args.${i}`, `'${arg}' itself uses an @field`));
      }
    }
  }
  if (rule.each !== undefined) checkList(ctx, path, name, rule, shapes);
}

function checkList(
  ctx: RuleContext,
  path: string,
  name: string,
  rule: Exclude<CcxtRuleSpec, string>,
  shapes: readonly FieldSpec[],
) {
  const { file, problems, structure } = ctx;
  const listShapes: FieldSpec[] = [];
  for (const shape of shapes) {
    const steps = walkPath(shape, rule.each!);
    const items = typeof steps === 'string' ? steps : listItems(steps, rule.each!);
    if (typeof items === 'string') {
      problems.push(at(file, `${path}.each`, items));
      return;
    }
    if (!isEntry(items)) {
      problems.push(at(file, `${path}.each`, `entries of '${rule.each}' are not objects`));
      return;
    }
    listShapes.push(items as FieldSpec);
  }
  const target = structure.structureLists?.[name];
  const keys = structure.lists?.[name];
  if (target !== undefined) {
    if (rule.structure !== target) {
      problems.push(at(file, `${path}.structure`, `must be '${target}'`));
      return;
    }
    const inner = CCXT_STRUCTURES[target];
    checkFields(ctx, `${path}.fields`, rule.fields ?? {}, inner.fields, inner.required, listShapes);
    if (rule.sortBy !== undefined) checkSortKeys(ctx, `${path}.sortBy`, rule.sortBy, inner);
  } else if (keys !== undefined) {
    if (rule.structure !== undefined) {
      problems.push(at(file, `${path}.structure`, `'${name}' is a list of plain entries`));
    }
    checkFields(ctx, `${path}.fields`, rule.fields ?? {}, keys, [], listShapes);
    if (rule.sortBy !== undefined) {
      problems.push(at(file, `${path}.sortBy`, 'only lists of a structure are sorted'));
    }
  } else {
    problems.push(at(file, `${path}.each`, `'${name}' is not a list field of this structure`));
  }
}

/** Sort keys are CCXT keys of the structure (positions 0-5 of a candle). */
function checkSortKeys(
  ctx: RuleContext,
  where: string,
  keys: readonly string[],
  structure: CcxtStructure,
) {
  keys.forEach((key, i) => {
    const valid =
      structure.type === 'CcxtOHLCV' ? /^[0-5]$/.test(key) : structure.fields.includes(key);
    if (!valid)
      ctx.problems.push(
        at(ctx.file, `${where}.${i}`, `'${key}' is not a key of ${structure.type}`),
      );
  });
}
