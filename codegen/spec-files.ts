/** Reading one spec file: YAML syntax first, then its JSON Schema; problems by file and path. */
import type { ValidateFunction } from 'ajv';
import { parseDocument } from 'yaml';
import type { SpecFiles } from './load-spec';
import { SpecError, problemsFromAjv, type SpecProblem } from './spec-errors';

export const at = (file: string, path: string, message: string): SpecProblem => ({
  file,
  path,
  message,
});

/**
 * Two files defining one name, `file` and the earlier `other`: the one that is not where the name
 * says (`expected`; it also gets its `must live in`) is `misplaced`, the other `kept`. So a
 * user's misnamed file is the only one named, never a shipped one.
 */
export const misplacedOf = (
  file: string,
  other: string,
  expected: string,
): { misplaced: string; kept: string } =>
  file === expected ? { misplaced: other, kept: file } : { misplaced: file, kept: other };

export function required(files: SpecFiles, file: string): string {
  const text = files.get(file);
  if (text === undefined) throw new SpecError([at(file, '', 'file is missing')]);
  return text;
}

/** A file's YAML, parsed once per distinct text: `generate --watch` re-parses only what changed. */
interface Parsed {
  readonly data: unknown;
  readonly errors: readonly { line?: number; column?: number; message: string }[];
}
const parsedByText = new Map<string, Parsed>();
const PARSE_CACHE_LIMIT = 2000;

function parseYaml(text: string): Parsed {
  const known = parsedByText.get(text);
  if (known) return known;
  const doc = parseDocument(text, { uniqueKeys: true, merge: true });
  const parsed: Parsed =
    doc.errors.length > 0
      ? {
          data: undefined,
          errors: doc.errors.map((e) => ({
            line: e.linePos?.[0].line,
            column: e.linePos?.[0].col,
            message: e.message,
          })),
        }
      : { data: doc.toJS(), errors: [] };
  if (parsedByText.size >= PARSE_CACHE_LIMIT) parsedByText.clear();
  parsedByText.set(text, parsed);
  return parsed;
}

const yamlPosition = (error: { line?: number; column?: number }): string =>
  error.line ? `line ${error.line}${error.column ? `, column ${error.column}` : ''}` : '';

/**
 * The parser's whole message: its sentence (the position is in the key path already) and the
 * excerpt it points into, each excerpt line indented under the problem.
 */
function wholeYamlMessage(message: string): string {
  const [sentence = '', ...excerpt] = message.split('\n');
  const text = sentence.replace(/ at line \d+, column \d+:?$/, '');
  const lines = excerpt.filter((line) => line.trim() !== '').map((line) => `    | ${line}`);
  return [text, ...lines].join('\n');
}

/** YAML syntax first, then the file's JSON Schema. */
export function parseChecked(
  files: SpecFiles,
  file: string,
  check: ValidateFunction,
  problems: SpecProblem[],
  onInvalid?: (data: unknown) => void,
): unknown {
  const parsed = parseYaml(required(files, file));
  if (parsed.errors.length > 0) {
    for (const error of parsed.errors) {
      problems.push(at(file, yamlPosition(error), `YAML: ${wholeYamlMessage(error.message)}`));
    }
    onInvalid?.(undefined);
    return undefined;
  }
  if (parsed.data === null || parsed.data === undefined) {
    // An empty file (or one of comments only) is one problem, not every rule of its schema.
    problems.push(at(file, '', 'empty file: expected a YAML map of the keys spec/README.md lists'));
    onInvalid?.(undefined);
    return undefined;
  }
  const data = structuredClone(parsed.data);
  if (!check(data)) {
    problems.push(...problemsFromAjv(file, data, check.errors ?? []));
    onInvalid?.(data);
    return undefined;
  }
  return data;
}

/**
 * The shared top-level files of a spec directory that a user's directory adds to key by key
 * (`params.yaml`, `request-params.yaml`, `field-groups.yaml`) instead of replacing them: every
 * key names one parameter or group, so the user's file holds only the keys it adds.
 */
export const MERGED_FILES = ['params.yaml', 'request-params.yaml', 'field-groups.yaml'];

/**
 * Whether a user's file at `relative` (to their spec directory) is laid over the shipped file of
 * that path, when there is one, rather than replacing it: the merged files, and the CCXT mappings
 * (`ccxt/trade.yaml`: its sources and value maps added to the shipped ones, codegen/ccxt-layer.ts).
 */
export const isLayered = (relative: string): boolean =>
  MERGED_FILES.includes(relative) || /^ccxt\/[^/]+\.ya?ml$/.test(relative);
/**
 * Where a user's layer is kept beside the shipped file (`spec/params.yaml` and
 * `spec/params.yaml#user`); `generate --spec` names it by the user's own path.
 */
export const USER_LAYER = '#user';

/** A merged file: its keys, and the file each key came from. */
export interface Merged<T> {
  readonly data: Record<string, T>;
  readonly origin: Readonly<Record<string, string>>;
}

/**
 * A merged file (`spec/params.yaml`) read with the user's layer over it, if there is one: each
 * checked by its own schema and named in its own problems; a key the layer repeats is a problem
 * of the layer naming both files (a user file adds keys, it does not redefine shipped ones).
 * Undefined when neither file is there or the shipped one is broken; a broken layer adds nothing.
 */
export function parseMerged<T>(
  files: SpecFiles,
  file: string,
  check: ValidateFunction,
  problems: SpecProblem[],
): Merged<T> | undefined {
  const layer = `${file}${USER_LAYER}`;
  const base = files.has(file) ? parseChecked(files, file, check, problems) : {};
  const own = files.has(layer) ? parseChecked(files, layer, check, problems) : {};
  if (!files.has(file) && !files.has(layer)) return undefined;
  if (base === undefined) return undefined;
  // A broken layer is reported once; the shipped keys still stand, so nothing else is named.
  const data = { ...(base as Record<string, T>) };
  const origin: Record<string, string> = Object.fromEntries(
    Object.keys(data).map((k) => [k, file]),
  );
  for (const [key, value] of Object.entries((own ?? {}) as Record<string, T>)) {
    if (key in data) {
      problems.push(
        at(
          layer,
          key,
          `'${key}' is already defined in ${file}: your file adds keys to the shipped one and cannot redefine them`,
        ),
      );
      continue;
    }
    data[key] = value;
    origin[key] = layer;
  }
  return { data, origin };
}

/** The files a merged file's keys are looked up in, for a message (`spec/params.yaml or …`). */
export const mergedSources = (files: SpecFiles, file: string): string =>
  files.has(`${file}${USER_LAYER}`) ? `${file} or ${file}${USER_LAYER}` : file;
