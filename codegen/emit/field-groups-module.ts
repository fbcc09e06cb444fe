/**
 * generated/field-groups.ts: one raw and one parsed type per field group of spec/field-groups.yaml
 * that an object includes. The objects extend them (`GetOrderResponse extends
 * OrderConditionalFields, …`; inline: `{ … } & PegFields`) instead of repeating every member and
 * its JSDoc in each answer (emit/field-types.ts, `groupParts`).
 */
import type { GeneratorContext } from '../context';
import type { FieldSpec, Spec } from '../spec-types';
import { groupsUsed, groupTypeNames, hasDecimal, objectMembers } from './field-types';
import type { StatementStructures } from './print';
import { importFrom, interfaceOf } from './structures';

/** The module, relative to the output directory. */
export const FIELD_GROUPS_MODULE = 'field-groups';

/** Every group an object of the spec includes, by name, sorted. */
export function usedFieldGroups(spec: Spec): string[] {
  const used = new Set<string>();
  const visit = (field: FieldSpec) => groupsUsed(field, used);
  for (const c of spec.channels) Object.values(c.fields).forEach(visit);
  for (const o of spec.operations) visit(o.spec.response);
  for (const e of spec.userDataEvents) Object.values(e.spec.fields).forEach(visit);
  return [...used].sort();
}

export function fieldGroupsModule(ctx: GeneratorContext): StatementStructures[] {
  const groups = ctx.spec.fieldGroups ?? {};
  return usedFieldGroups(ctx.spec).flatMap((name) => {
    const group = groups[name]!;
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
