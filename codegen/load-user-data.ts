/**
 * Loading spec/user-data/*.yaml: each file checked against user-data-event.schema.json, its name
 * against its file, its fields' readable names, `e` against `eventType`, and every example
 * against the schema the generator is about to emit.
 */
import type { Ajv } from 'ajv';
import { exampleProblems } from './check-examples';
import { buildUserDataSchema } from './emit/json-schema';
import { checkFieldNames } from './check-field-names';
import type { SpecFiles } from './load-spec';
import { fieldGroups, includeGroups, resolveFields, type Groups } from './field-groups';
import { kebab } from './names';
import { at, parseChecked } from './spec-files';
import type { SpecProblem } from './spec-errors';
import type { LoadedUserDataEvent, UserDataEventSpec } from './spec-types';

const isUserDataFile = (file: string): boolean => /^spec\/user-data\/[^/]+\.ya?ml$/.test(file);

export function loadUserDataEvents(
  files: SpecFiles,
  ajv: Ajv,
  problems: SpecProblem[],
): LoadedUserDataEvent[] {
  const check = ajv.getSchema('https://binance-rx.dev/spec/user-data-event.schema.json')!;
  const loaded: LoadedUserDataEvent[] = [];
  for (const file of [...files.keys()].filter(isUserDataFile).sort()) {
    const written = parseChecked(files, file, check, problems) as UserDataEventSpec | undefined;
    if (!written) continue;
    const spec = resolveEvent(file, written, fieldGroups(files, ajv, problems), problems);
    const before = problems.length;
    const expected = `spec/user-data/${kebab(spec.event)}.yaml`;
    if (file !== expected) {
      problems.push(at(file, 'event', `event '${spec.event}' must live in ${expected}`));
    }
    const e = spec.fields['e'];
    if (e?.const !== spec.eventType) {
      problems.push(
        at(file, 'fields.e', `must be a field with const '${spec.eventType}' (the eventType)`),
      );
    }
    problems.push(...checkFieldNames(file, 'fields', spec.fields));
    if (problems.length === before) loaded.push({ file, spec });
  }
  if (problems.length === 0) problems.push(...checkExamples(loaded));
  return loaded.sort((a, b) => (a.spec.event < b.spec.event ? -1 : 1));
}

/** The event's fields: its own (conditional resolved), then those of each included group. */
function resolveEvent(
  file: string,
  written: UserDataEventSpec & { readonly include?: readonly string[] },
  groups: Groups,
  problems: SpecProblem[],
): UserDataEventSpec {
  const { include, ...spec } = written;
  const own = resolveFields(file, 'fields', spec.fields as never, groups, problems);
  return { ...spec, fields: includeGroups(file, '', own, include ?? [], groups, problems) };
}

function checkExamples(events: readonly LoadedUserDataEvent[]): SpecProblem[] {
  return events.flatMap((loaded) =>
    exampleProblems(
      loaded.file,
      buildUserDataSchema(loaded),
      loaded.spec.examples.map((example) => example.payload),
      'payload',
    ),
  );
}
