/**
 * The "Conditional fields" section of generated/API.md: every field of an answer or a user data
 * event that Binance sends only under a condition (`conditional:` in the spec), with the docs'
 * condition, so the required-field audit can be read in one place.
 */
import type { FieldSpec, LoadedOperation, LoadedUserDataEvent } from '../spec-types';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/** `[path, condition]` of every conditional field under `field` (paths in wire names). */
function conditionalPaths(field: FieldSpec, path: string): [string, string][] {
  const own: [string, string][] =
    field.conditional !== undefined && path !== '' ? [[path, field.conditional]] : [];
  const at = (next: string) => (path === '' ? next : `${path}.${next}`);
  return [
    ...own,
    ...Object.entries(field.fields ?? {}).flatMap(([wire, child]) =>
      conditionalPaths(child, at(wire)),
    ),
    ...(field.items ? conditionalPaths(field.items, at('[]')) : []),
    ...(field.values ? conditionalPaths(field.values, at('*')) : []),
    ...(field.variants ?? []).flatMap((v, i) => conditionalPaths(v, at(`<${i}>`))),
  ];
}

export function conditionalFieldsSection(
  operations: readonly LoadedOperation[],
  events: readonly LoadedUserDataEvent[],
): string[] {
  const rows = [
    ...operations.map((o) => [o.spec.operation, conditionalPaths(o.spec.response, '')] as const),
    ...events.map(
      (e) =>
        [
          e.spec.event,
          conditionalPaths({ type: 'object', description: '', fields: e.spec.fields }, ''),
        ] as const,
    ),
  ].flatMap(([name, paths]) =>
    paths.map(([path, condition]) => `| \`${name}\` | \`${path}\` | ${cell(condition)} |`),
  );
  return [
    '## Conditional fields',
    '',
    "Fields Binance sends only when the condition (the docs' words) holds: optional in the types and",
    'schemas. Every other field is sent always (`spec/README.md`). `[]` is an entry of a list, `<n>`',
    'a variant of a two-shaped answer.',
    '',
    '| answer or event | field | sent only when |',
    '| --- | --- | --- |',
    ...rows,
    '',
  ];
}
