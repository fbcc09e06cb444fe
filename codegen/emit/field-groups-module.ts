/**
 * generated/field-groups.ts: one raw and one parsed type per field group of spec/field-groups.yaml
 * that an object includes (`Spec.fieldGroups`). The objects extend them (`GetOrderResponse extends
 * OrderConditionalFields, …`; inline: `{ … } & PegFields`) instead of repeating every member and
 * its JSDoc in each answer (emit/field-types.ts, `groupParts`).
 */
import type { GeneratorContext } from '../context';
import { groupsUsed } from '../field-groups';
import type { FieldSpec } from '../spec-types';
import { groupTypeNames, hasDecimal, objectMembers } from './field-types';
import type { StatementStructures } from './print';
import { importFrom, interfaceOf } from './structures';

/** The module, relative to the output directory. */
export const FIELD_GROUPS_MODULE = 'field-groups';

export function fieldGroupsModule(ctx: GeneratorContext): StatementStructures[] {
  return Object.entries(ctx.spec.fieldGroups).flatMap(([name, group]) => {
    const names = groupTypeNames(name);
    const doc = `Field group \`${name}\`: ${group.description.trim()}`.replace(/\*\//g, '*\\/');
    return [
      interfaceOf(names.raw, objectMembers(group.fields, 'raw'), doc),
      interfaceOf(
        names.parsed,
        objectMembers(group.fields, 'parsed'),
        `${doc} Parsed: readable names.`,
        hasDecimal(group.fields),
      ),
    ];
  });
}

/**
 * The import of the group types a module's fields use (both models: every module writes the
 * raw and the parsed type of its payload), from a module one folder below the output directory.
 */
export function fieldGroupImports(fields: readonly FieldSpec[]): StatementStructures[] {
  const used = new Set<string>();
  for (const field of fields) groupsUsed(field, used);
  if (used.size === 0) return [];
  const types = [...used]
    .flatMap((name) => {
      const names = groupTypeNames(name);
      return [names.raw, names.parsed];
    })
    .sort();
  return [importFrom(`../${FIELD_GROUPS_MODULE}`, [], types)];
}
