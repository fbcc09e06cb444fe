/** The event interfaces of one SBE message: the root fields, one interface per group, var-data. */
import type { SbeField, SbeMessage } from './schema';
import { sbeGroupType, sbeProperty, sbeType } from './names';

function fieldType(field: SbeField): string {
  switch (field.kind) {
    case 'decimal':
      return 'D';
    case 'microseconds':
      return 'Microseconds';
    case 'bool':
      return 'boolean';
    case 'constantBool':
      return String(field.value);
    case 'int':
      return 'number';
  }
}

function fieldDoc(owner: string, field: SbeField): string {
  const what =
    field.kind === 'decimal'
      ? `exact decimal: mantissa × 10^${field.exponentField}`
      : field.kind === 'microseconds'
        ? 'UTC timestamp in microseconds'
        : field.kind === 'constantBool'
          ? `constant ${field.value} (not on the wire)`
          : field.kind === 'bool'
            ? 'boolEnum'
            : field.primitive;
  return `  /** \`${owner}.${field.name}\`: ${what}. */`;
}

const property = (owner: string, field: SbeField): string =>
  `${fieldDoc(owner, field)}\n  readonly ${sbeProperty(field)}: ${fieldType(field)};`;

export function eventTypes(message: SbeMessage): string {
  const groups = message.groups.map(
    (g) =>
      `/** One entry of \`${message.name}.${g.name}\`. */\nexport interface ${sbeGroupType(message, g.name)}<D = string> {\n${g.fields
        .map((f) => property(`${message.name}.${g.name}`, f))
        .join('\n')}\n}`,
  );
  const members = [
    `  /** The SBE message (template ${message.id}). */\n  readonly message: '${message.name}';`,
    ...message.fields.map((f) => property(message.name, f)),
    ...message.groups.map(
      (g) =>
        `  /** Repeating group \`${g.name}\`, decoded into an array. */\n  readonly ${g.name}: ${sbeGroupType(message, g.name)}<D>[];`,
    ),
    ...message.data.map(
      (d) => `  /** \`${message.name}.${d}\`: varString8. */\n  readonly ${d}: string;`,
    ),
  ];
  return [
    ...groups,
    `/** SBE message \`${message.name}\` (template id ${message.id}); decimals are \`D\` (exact strings by default). */\nexport interface ${sbeType(message)}<D = string> {\n${members.join('\n')}\n}`,
  ].join('\n\n');
}
