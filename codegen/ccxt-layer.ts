/**
 * A user's `ccxt/<structure>.yaml` laid over the shipped mapping of that structure (the user's
 * file is kept as `spec/ccxt/<structure>.yaml#user`, see codegen/io.ts): its sources add parsers
 * to the shipped ones, or replace the shipped source that emits the same parser; its value maps
 * add maps, or add their entries to the shipped map of the same name (an entry of the user's
 * wins); `title`, `description` and `marketType`, when it gives them, replace the shipped ones.
 * So mapping a new channel onto `trade` is one source in one file, a status Binance adds is one
 * entry of `orderStatus`, and the shipped parsers stay as they are.
 */
import type { ValidateFunction } from 'ajv';
import type { SpecFiles } from './load-spec';
import { kebab } from './names';
import { at, parseChecked, USER_LAYER } from './spec-files';
import type { SpecProblem } from './spec-errors';
import type { CcxtMappingSpec, CcxtSourceSpec, LoadedCcxtMapping } from './spec-types';

/** A source and where it is written: its file (the shipped one or the user's layer) and index. */
export interface CcxtEntry {
  readonly file: string;
  readonly index: number;
  readonly source: CcxtSourceSpec;
}

/** A mapping with the user's layer over it, if there is one. */
export interface LayeredCcxtMapping {
  readonly spec: CcxtMappingSpec;
  readonly entries: readonly CcxtEntry[];
  /** The files each value map's entries come from (the shipped one, then the user's layer). */
  readonly mapFiles: Readonly<Record<string, readonly string[]>>;
  /** The user's layer and what it holds, when there is one (and it loaded). */
  readonly layer?: string;
  readonly own?: CcxtMappingSpec;
}

/**
 * `spec` (of `file`) with the user's layer over it. The layer is checked by the mapping's own
 * schema, the keys it may leave out (`title`, `description`) taken from the shipped file; a
 * broken layer is reported and adds nothing. `parserOf` names the parser a source emits: two
 * sources of the layer that emit the same one are a problem of the layer.
 */
export function layerCcxtMapping(
  files: SpecFiles,
  file: string,
  spec: CcxtMappingSpec,
  check: ValidateFunction,
  problems: SpecProblem[],
  parserOf: (source: CcxtSourceSpec) => string,
): LayeredCcxtMapping {
  const entries: CcxtEntry[] = spec.sources.map((source, index) => ({ file, index, source }));
  const mapFiles: Record<string, string[]> = Object.fromEntries(
    Object.keys(spec.valueMaps ?? {}).map((name) => [name, [file]]),
  );
  const layer = `${file}${USER_LAYER}`;
  if (!files.has(layer)) return { spec, entries, mapFiles };
  const own = parseChecked(files, layer, withShippedKeys(check, spec), problems) as
    CcxtMappingSpec | undefined;
  if (own === undefined) return { spec, entries, mapFiles };
  if (own.structure !== spec.structure) {
    problems.push(
      at(
        layer,
        'structure',
        `structure '${own.structure}' must live in spec/ccxt/${kebab(own.structure)}.yaml`,
      ),
    );
    return { spec, entries, mapFiles };
  }
  const byParser = new Map(entries.map((entry, i) => [parserOf(entry.source), i]));
  const replaced = new Set<string>();
  // A layer of value maps only has no sources (`withShippedKeys` checked it with the shipped ones).
  (own.sources ?? []).forEach((source, index) => {
    const parser = parserOf(source);
    const entry = { file: layer, index, source };
    const shipped = byParser.get(parser);
    if (shipped === undefined) {
      byParser.set(parser, entries.push(entry) - 1);
    } else if (!replaced.has(parser) && entries[shipped]!.file === file) {
      entries[shipped] = entry;
      replaced.add(parser);
    } else {
      const first = entries[shipped]!;
      problems.push(
        at(
          layer,
          `sources.${index}`,
          `emits ${parser}, as does sources.${first.index} of this file; give one of them a different 'name'`,
        ),
      );
    }
  });
  const valueMaps = { ...spec.valueMaps };
  for (const [name, values] of Object.entries(own.valueMaps ?? {})) {
    valueMaps[name] = { ...valueMaps[name], ...values };
    mapFiles[name] = [...(mapFiles[name] ?? []), layer];
  }
  return {
    spec: { ...spec, ...own, valueMaps, sources: entries.map((entry) => entry.source) },
    entries,
    mapFiles,
    layer,
    own,
  };
}

/**
 * The mapping's schema, the keys a layer may leave out filled in from the shipped file first:
 * `title`, `description`, and `sources` (a layer of value maps only is checked with the shipped
 * sources, and adds none).
 */
function withShippedKeys(check: ValidateFunction, shipped: CcxtMappingSpec): ValidateFunction {
  const layered = ((data: unknown) => {
    let checked = data;
    if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
      const own = data as Record<string, unknown>;
      own['title'] ??= shipped.title;
      own['description'] ??= shipped.description;
      if (own['sources'] === undefined) checked = { ...own, sources: shipped.sources };
    }
    const valid = check(checked);
    layered.errors = check.errors;
    return valid;
  }) as ValidateFunction;
  layered.errors = null;
  return layered;
}

/**
 * How a source or value map of `mapping` names its file in docs: by `named` (a user's file by its
 * path), except the shipped file of a layered mapping, which `named` gives with the user's layer
 * ("spec/ccxt/trade.yaml and my-spec/ccxt/trade.yaml", as a header names both): that is just
 * itself.
 */
export const fileOfEntry = (
  mapping: LoadedCcxtMapping,
  file: string,
  named: (file: string) => string,
): string => (mapping.layer !== undefined && file !== mapping.layer ? file : named(file));
