/**
 * One table of every name the generated modules export, across channels, operations, user data
 * events, CCXT mappings, parameters, field groups, order stages, limits and the runtime's own
 * exports: two
 * owners of one name are a spec error (file, key path, rule), never a TS2308 "exported twice" in
 * generated/index.ts or a generated name silently shadowed by the runtime's.
 */
import { groupTypeNames } from './emit/field-types';
import { stageTables } from './stage-tables';
import {
  paramTypeName,
  channelNames,
  operationNames,
  productConstName,
  userDataNames,
} from './names';
import { at } from './spec-files';
import type { SpecProblem } from './spec-errors';
import type { Spec } from './spec-types';

/**
 * Where the runtime's public exports are read from. In a clone, src/index.ts (which re-exports
 * generated/ beside them). In an installed package, the `binance-rx/runtime` declarations (the
 * ES module types re-export them): a user's output lives beside the package, and its names may
 * replace the shipped generated ones. Either way with codegen/runtime-names.ts.
 */
export const RUNTIME_EXPORT_FILES = ['src/index.ts', 'dist/runtime.d.cts'] as const;

interface Owner {
  readonly file: string;
  readonly path: string;
}

const RULE =
  'every exported name is unique across channels, operations, user data, CCXT mappings and the runtime';

/**
 * Names exported by a TypeScript module's text: `export { a, b as c, type D }`, and
 * `export const|let|function|class|interface|type|enum X`. Star re-exports add nothing here, nor
 * lists re-exported from a `generated` module.
 */
export function exportedNames(source: string): Set<string> {
  const names = new Set<string>();
  for (const block of source.matchAll(
    /export\s+(?:type\s+)?\{([^}]*)\}(?:\s*from\s*'([^']*)')?/g,
  )) {
    // The runtime re-exporting generated modules is the generated names, not a second owner.
    if (block[2]?.includes('generated')) continue;
    for (const item of block[1]!.split(',')) {
      const name = item
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop()
        ?.trim();
      if (name) names.add(name);
    }
  }
  const declaration =
    /export\s+(?:declare\s+)?(?:async\s+)?(?:const|let|var|function\*?|class|interface|type|enum|abstract\s+class)\s+([A-Za-z_$][\w$]*)/g;
  for (const match of source.matchAll(declaration)) names.add(match[1]!);
  return names;
}

/** Every exported name and who emits it; the problems where two emit one name. */
export function checkNameTable(spec: Spec, runtimeExports: ReadonlySet<string>): SpecProblem[] {
  const table = new Map<string, Owner>();
  const problems: SpecProblem[] = [];
  const claim = (name: string | undefined, owner: Owner): void => {
    if (name === undefined) return;
    const other = table.get(name);
    if (!other) {
      table.set(name, owner);
      return;
    }
    if (other.file === owner.file && other.path === owner.path) return;
    problems.push(
      at(
        owner.file,
        owner.path,
        `emits '${name}', already emitted for ${other.file}${other.path ? ` (${other.path})` : ''}: ${RULE}`,
      ),
    );
  };
  for (const name of [...runtimeExports].sort()) claim(name, { file: 'the runtime', path: '' });
  claimFixedModules(spec, claim);
  for (const { file, spec: channel } of spec.channels) {
    const { file: _file, ...names } = channelNames(channel.channel);
    for (const name of Object.values(names)) claim(name, { file, path: 'channel' });
  }
  for (const { file, spec: operation } of spec.operations) {
    const { file: _file, http, ...names } = operationNames(operation);
    for (const name of Object.values(names)) claim(name, { file, path: 'operation' });
    claim(http, { file, path: 'operation' });
  }
  for (const { file, spec: event } of spec.userDataEvents) {
    const { file: _file, ...names } = userDataNames(event.event);
    for (const name of Object.values(names)) claim(name, { file, path: 'event' });
  }
  for (const mapping of spec.ccxtMappings) {
    for (const source of mapping.sources) {
      const owner = { file: source.file, path: `sources.${source.index}` };
      claim(source.parse, owner);
      claim(source.operator, owner);
    }
  }
  return problems;
}

function claimFixedModules(spec: Spec, claim: (name: string, owner: Owner) => void): void {
  claim('streamParams', { file: spec.paramsFile, path: '' });
  for (const [name, param] of Object.entries(spec.params)) {
    const file = spec.paramFiles?.[name] ?? spec.paramsFile;
    if (param.enum) claim(paramTypeName(name), { file, path: name });
  }
  for (const [stages, names] of stageTables(spec)) {
    for (const name of [names.stage, names.event, names.table]) {
      claim(name, { file: stages.file, path: '' });
    }
  }
  for (const [group, { file = spec.fieldGroupsFile }] of Object.entries(spec.fieldGroups)) {
    const { raw, parsed } = groupTypeNames(group);
    for (const name of [raw, parsed]) claim(name, { file, path: group });
  }
  if (spec.limits) claim('marketStreamLimits', { file: spec.limits.file, path: '' });
  if (spec.limits?.spec.apiRateLimits) claim('apiRateLimits', { file: spec.limits.file, path: '' });
  if (spec.product)
    claim(productConstName(spec.product.spec), { file: spec.product.file, path: 'name' });
  for (const name of [
    'ChannelExamples',
    'OperationExamples',
    'channelExamples',
    'operationExamples',
    'UserDataExamples',
    'userDataExamples',
  ]) {
    claim(name, { file: 'generated/examples.ts', path: '' });
  }
  for (const name of ['channelSchemas', 'operationSchemas', 'userDataSchemas']) {
    claim(name, { file: 'generated/schemas/index.ts', path: '' });
  }
}
