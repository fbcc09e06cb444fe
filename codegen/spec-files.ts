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
