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

/** YAML syntax first, then the file's JSON Schema. */
export function parseChecked(
  files: SpecFiles,
  file: string,
  check: ValidateFunction,
  problems: SpecProblem[],
  onInvalid?: (data: unknown) => void,
): unknown {
  const doc = parseDocument(required(files, file), { uniqueKeys: true, merge: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      const line = error.linePos?.[0];
      problems.push(
        at(file, line ? `line ${line.line}` : '', `YAML: ${error.message.split('\n')[0]}`),
      );
    }
    onInvalid?.(undefined);
    return undefined;
  }
  const data: unknown = doc.toJS();
  if (!check(data)) {
    problems.push(...problemsFromAjv(file, data, check.errors ?? []));
    onInvalid?.(data);
    return undefined;
  }
  return data;
}
