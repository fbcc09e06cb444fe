/** Readable-name checks shared by the channel and user-data loaders. */
import { at } from './spec-files';
import type { SpecProblem } from './spec-errors';
import type { FieldSpec } from './spec-types';

/** Readable names must be unique inside one object, or the parsed model would lose a field. */
export function checkFieldNames(
  file: string,
  path: string,
  fields: Readonly<Record<string, FieldSpec>>,
): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const seen = new Map<string, string>();
  for (const [wire, field] of Object.entries(fields)) {
    if (field.name === undefined) {
      problems.push(at(file, `${path}.${wire}`, `missing required key 'name'`));
      continue;
    }
    const previous = seen.get(field.name);
    if (previous !== undefined) {
      problems.push(
        at(
          file,
          `${path}.${wire}.name`,
          `'${field.name}' is already the name of field '${previous}'`,
        ),
      );
    }
    seen.set(field.name, wire);
    problems.push(...checkNested(file, `${path}.${wire}`, field));
  }
  return problems;
}

function checkNested(file: string, path: string, field: FieldSpec): SpecProblem[] {
  if (field.fields) return checkFieldNames(file, `${path}.fields`, field.fields);
  if (field.items) return checkNested(file, `${path}.items`, field.items);
  if (field.values) return checkNested(file, `${path}.values`, field.values);
  return [];
}
