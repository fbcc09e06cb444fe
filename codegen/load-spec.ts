import { Ajv } from 'ajv';
import { channelNames } from './names';
import { buildChannelSchema } from './emit/json-schema';
import { exampleProblems } from './check-examples';
import type {
  ChannelParam,
  ChannelSpec,
  FieldSpec,
  LoadedChannel,
  ParamSpec,
  Spec,
} from './spec-types';
import { SpecError, type SpecProblem } from './spec-errors';
import { at, mergedSources, parseChecked, parseMerged, required } from './spec-files';
import { loadOperations, restPathProblems } from './load-operations';
import { loadLimits } from './load-limits';
import { loadProduct, routeProblems } from './load-product';
import { loadCcxtMappings } from './load-ccxt';
import { ALGO_ORDER_STAGES_FILE, loadOrderStages } from './load-order-stages';
import { loadUserDataEvents } from './load-user-data';
import { checkFieldNames } from './check-field-names';
import { RUNTIME_EXPORT_FILES, checkNameTable, exportedNames } from './name-table';
import { RUNTIME_NAMES } from './runtime-names';
import {
  FIELD_GROUPS_FILE,
  fieldGroups,
  includedGroups,
  resolveFields as resolveFieldMap,
  type Groups,
} from './field-groups';
import { channelParams, paramNameOf, paramRuleProblems } from './stream-params';

/** Spec inputs by path relative to the repository root; codegen/io.ts reads them from disk. */
export type SpecFiles = ReadonlyMap<string, string>;

/** The spec's own JSON Schemas, in the order they reference each other. */
export const SCHEMA_FILES = [
  'spec/schema/field.schema.json',
  'spec/schema/field-groups.schema.json',
  'spec/schema/user-data-event.schema.json',
  'spec/schema/channel.schema.json',
  'spec/schema/params.schema.json',
  'spec/schema/request-param.schema.json',
  'spec/schema/operation.schema.json',
  'spec/schema/order-stages.schema.json',
  'spec/schema/limits.schema.json',
  'spec/schema/product.schema.json',
  'spec/schema/ccxt-mapping.schema.json',
] as const;
const PARAMS_FILE = 'spec/params.yaml';

/**
 * Parses and checks the whole spec. Throws SpecError listing every problem, by file, key path
 * and rule. Pure: no file system access.
 */
export function loadSpec(files: SpecFiles): Spec {
  const problems: SpecProblem[] = [];
  const ajv = new Ajv({ allErrors: true, strict: false });
  for (const schemaFile of SCHEMA_FILES) {
    ajv.addSchema(JSON.parse(required(files, schemaFile)) as object);
  }
  const checkChannel = ajv.getSchema('https://binance-rx.dev/spec/channel.schema.json')!;
  const checkParams = ajv.getSchema('https://binance-rx.dev/spec/params.schema.json')!;

  // The shipped parameters with a user's params.yaml over them (its keys added, not replaced).
  required(files, PARAMS_FILE);
  const merged = parseMerged<ParamSpec>(files, PARAMS_FILE, checkParams, problems);
  const params = merged?.data;
  for (const [name, param] of Object.entries(merged?.data ?? {})) {
    problems.push(...paramRuleProblems(merged!.origin[name]!, name, param));
  }
  const paramSources = mergedSources(files, PARAMS_FILE);

  const groups = fieldGroups(files, ajv, problems);
  const raw: { file: string; spec: ChannelSpec }[] = [];
  /** Channels whose file is already reported broken: a `sameAs` to them is not a second problem. */
  const broken = new Set<string>();
  for (const file of [...files.keys()].filter(isChannelFile).sort()) {
    const spec = parseChecked(files, file, checkChannel, problems, (data) => {
      const name = (data as { channel?: unknown } | undefined)?.channel;
      broken.add(typeof name === 'string' ? name : channelNameOf(file));
    }) as ChannelSpec | undefined;
    if (spec) raw.push({ file, spec: resolveChannel(file, spec, groups, problems) });
  }

  const byName = new Map<string, { file: string; spec: ChannelSpec }>();
  for (const entry of raw) {
    const other = byName.get(entry.spec.channel);
    if (other) {
      problems.push(
        at(entry.file, 'channel', `'${entry.spec.channel}' is already defined in ${other.file}`),
      );
    } else byName.set(entry.spec.channel, entry);
  }

  problems.push(...duplicateTemplates(raw));
  const channels: LoadedChannel[] = [];
  for (const { file, spec } of raw) {
    const fields = resolveFields(file, spec, byName, broken, problems);
    const resolved = channelParams(file, spec, params ?? {}, paramSources, problems);
    problems.push(...checkChannelRules(file, spec, resolved));
    if (fields) problems.push(...bookSyncProblems(file, spec, fields));
    if (spec.fields) problems.push(...checkFieldNames(file, 'fields', spec.fields));
    if (fields) channels.push({ file, spec, params: resolved, fields });
  }

  const operations = loadOperations(files, ajv, problems);
  const orderStages = loadOrderStages(files, ajv, problems);
  const algoOrderStages = loadOrderStages(files, ajv, problems, ALGO_ORDER_STAGES_FILE);
  const userDataEvents = loadUserDataEvents(files, ajv, problems);
  const limits = loadLimits(files, ajv, problems);
  const product = loadProduct(files, ajv, problems, limits ? { limits } : {});
  problems.push(...routeProblems(product, channels), ...restPathProblems(product, operations));
  const ccxtMappings = loadCcxtMappings(files, ajv, problems, {
    channels,
    operations,
    userDataEvents,
  });
  if (problems.length === 0) problems.push(...checkExamples(channels));
  const spec: Spec = {
    params: params ?? {},
    paramsFile: PARAMS_FILE,
    paramFiles: merged?.origin ?? {},
    channels,
    operations,
    userDataEvents,
    ...(orderStages ? { orderStages } : {}),
    ...(algoOrderStages ? { algoOrderStages } : {}),
    ...(limits ? { limits } : {}),
    ...(product ? { product } : {}),
    ccxtMappings,
    fieldGroups: includedGroups(groups, [
      ...channels.flatMap((c) => Object.values(c.fields)),
      ...operations.map((o) => o.spec.response),
      ...userDataEvents.flatMap((e) => Object.values(e.spec.fields)),
    ]),
    fieldGroupsFile: FIELD_GROUPS_FILE,
  };
  if (problems.length === 0) problems.push(...checkNameTable(spec, runtimeExports(files)));
  if (problems.length > 0) {
    throw new SpecError(problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
  }
  channels.sort((a, b) => (a.spec.channel < b.spec.channel ? -1 : 1));
  return spec;
}

/**
 * The runtime's public names: what generated modules import from `binance-rx/runtime` always, and
 * the package's own exports when the inputs carry their list (src/index.ts in a clone).
 */
function runtimeExports(files: SpecFiles): Set<string> {
  const path = RUNTIME_EXPORT_FILES.find((p) => files.has(p));
  return new Set([...RUNTIME_NAMES, ...(path ? exportedNames(files.get(path)!) : [])]);
}
/** A channel with its fields' `conditional` resolved (channels take no groups). */
const resolveChannel = (
  file: string,
  spec: ChannelSpec,
  groups: Groups,
  problems: SpecProblem[],
): ChannelSpec =>
  spec.fields
    ? { ...spec, fields: resolveFieldMap(file, 'fields', spec.fields as never, groups, problems) }
    : spec;

/** `spec/channels/agg-trade.yaml` -> `aggTrade`: the name a file should hold. */
const channelNameOf = (file: string): string =>
  file.replace(/^.*\/|\.ya?ml$/g, '').replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());

const isChannelFile = (file: string): boolean => /^spec\/channels\/[^/]+\.ya?ml$/.test(file);

function checkChannelRules(
  file: string,
  spec: ChannelSpec,
  params: readonly ChannelParam[],
): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const expectedFile = `${channelNames(spec.channel).file}.yaml`;
  if (!file.endsWith(`/${expectedFile}`)) {
    problems.push(
      at(file, 'channel', `channel '${spec.channel}' must live in spec/channels/${expectedFile}`),
    );
  }
  const template = templateProblem(spec.stream);
  if (template !== undefined) {
    // A template that does not parse says so once; what it names is not read from it.
    problems.push(at(file, 'stream', template));
    return problems;
  }
  const used = [...spec.stream.matchAll(/<([^>]*)>/g)].map((m) => m[1]!);
  used.forEach((name, i) => {
    if (used.indexOf(name) !== i)
      problems.push(at(file, 'stream', `placeholder <${name}> appears more than once`));
  });
  const listed = spec.params.map(paramNameOf);
  for (const name of new Set(used)) {
    if (!listed.includes(name)) {
      problems.push(at(file, 'stream', `placeholder <${name}> is not listed in params`));
    }
  }
  for (const { name } of params) {
    if (!used.includes(name)) {
      const path = `params.${listed.indexOf(name)}`;
      problems.push(at(file, path, `'${name}' is not used in stream '${spec.stream}'`));
    }
  }
  const e = spec.fields?.e;
  if (spec.eventType !== undefined && e && e.const !== spec.eventType) {
    problems.push(at(file, 'fields.e.const', `must equal eventType '${spec.eventType}'`));
  }
  const matches = templateMatcher(spec.stream);
  spec.examples.forEach((example, i) => {
    if (example.stream !== undefined && !matches.test(example.stream)) {
      problems.push(
        at(
          file,
          `examples.${i}.stream`,
          `'${example.stream}' is not a stream of the template '${spec.stream}'`,
        ),
      );
    }
  });
  return problems;
}

/**
 * What is wrong with a stream-name template's placeholders, if anything: each `<` opens one
 * `<name>` closed by the next `>`, and no `>` stands outside one.
 */
function templateProblem(stream: string): string | undefined {
  let open = -1;
  for (let i = 0; i < stream.length; i++) {
    const c = stream[i];
    if (c === '<') {
      if (open >= 0) return `the '<' at position ${open + 1} is not closed before the next '<'`;
      open = i;
    } else if (c === '>') {
      if (open < 0) return `stray '>' at position ${i + 1} (a placeholder is written <name>)`;
      if (i === open + 1) return `empty placeholder '<>' at position ${open + 1}`;
      open = -1;
    }
  }
  return open >= 0
    ? `the '<' at position ${open + 1} is not closed (a placeholder is written <name>)`
    : undefined;
}

/** The stream names a (well-formed) template stands for: each placeholder any text, even none. */
const templateMatcher = (stream: string): RegExp =>
  new RegExp(
    `^${stream
      .split(/<[^>]*>/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
    'u',
  );

/** Two channels of one stream template: each names the other. */
function duplicateTemplates(
  channels: readonly { file: string; spec: ChannelSpec }[],
): SpecProblem[] {
  const byTemplate = new Map<string, { file: string; spec: ChannelSpec }[]>();
  for (const entry of channels) {
    byTemplate.set(entry.spec.stream, [...(byTemplate.get(entry.spec.stream) ?? []), entry]);
  }
  const problems: SpecProblem[] = [];
  for (const [stream, owners] of byTemplate) {
    for (const entry of owners) {
      const others = owners
        // Two files of one channel are already a problem of their own.
        .filter((other) => other.spec.channel !== entry.spec.channel)
        .map((other) => `channel '${other.spec.channel}' (${other.file})`);
      if (others.length === 0) continue;
      const rule = 'one channel per stream template';
      problems.push(
        at(
          entry.file,
          'stream',
          `'${stream}' is also the template of ${others.join(', ')}: ${rule}`,
        ),
      );
    }
  }
  return problems;
}

/**
 * A `bookSync` stream carries what the book reads: the required integer update ids `U` and `u`
 * (and `pu` where events link by it) and the level lists `b` and `a`.
 */
function bookSyncProblems(
  file: string,
  spec: ChannelSpec,
  fields: Readonly<Record<string, FieldSpec>>,
): SpecProblem[] {
  if (spec.bookSync === undefined) return [];
  const ids = spec.bookSync.link === 'pu' ? ['U', 'u', 'pu'] : ['U', 'u'];
  const problems: SpecProblem[] = [];
  for (const name of [...ids, 'b', 'a']) {
    const field = fields[name];
    const want = ids.includes(name) ? 'integer' : 'array';
    if (field?.type !== want || field.optional === true) {
      problems.push(
        at(
          file,
          'bookSync',
          `a book synced by this stream reads field '${name}': it must be a required ${want}`,
        ),
      );
    }
  }
  return problems;
}

function resolveFields(
  file: string,
  spec: ChannelSpec,
  byName: ReadonlyMap<string, { spec: ChannelSpec }>,
  broken: ReadonlySet<string>,
  problems: SpecProblem[],
): Readonly<Record<string, FieldSpec>> | undefined {
  if (spec.fields && spec.sameAs) {
    problems.push(at(file, 'sameAs', `use either 'fields' or 'sameAs', not both`));
    return undefined;
  }
  if (spec.fields) return spec.fields;
  if (!spec.sameAs) {
    problems.push(at(file, '', `missing required key 'fields' (or 'sameAs')`));
    return undefined;
  }
  const target = byName.get(spec.sameAs);
  if (broken.has(spec.sameAs)) return undefined;
  if (!target?.spec.fields) {
    problems.push(at(file, 'sameAs', `'${spec.sameAs}' is not a channel with its own fields`));
    return undefined;
  }
  return target.spec.fields;
}

/** Every example must pass the validator the generator is about to emit. */
function checkExamples(channels: readonly LoadedChannel[]): SpecProblem[] {
  return channels.flatMap((channel) =>
    exampleProblems(
      channel.file,
      buildChannelSchema(channel),
      channel.spec.examples.map((example) => example.payload),
      'payload',
    ),
  );
}
