/** Small structure builders shared by the module emitters. */
import { StructureKind, type StatementStructures } from './print';
import { DECIMAL_TYPE_PARAM, type Member } from './field-types';

export function importFrom(module: string, values: string[], types: string[]): StatementStructures {
  return {
    kind: StructureKind.ImportDeclaration,
    moduleSpecifier: module,
    isTypeOnly: values.length === 0,
    namedImports: [...values, ...types.map((t) => (values.length === 0 ? t : `type ${t}`))],
  };
}

/** `<D = string>` on parsed models that hold decimals. */
export const decimalTypeParams = (generic: boolean) =>
  generic ? [{ name: DECIMAL_TYPE_PARAM, default: 'string' }] : [];

export function typeAlias(
  name: string,
  type: string,
  doc: string,
  generic = false,
): StatementStructures {
  return {
    kind: StructureKind.TypeAlias,
    isExported: true,
    name,
    typeParameters: decimalTypeParams(generic),
    type,
    docs: [doc],
  };
}

export function interfaceOf(
  name: string,
  members: Member[],
  doc: string,
  generic = false,
  heritage: readonly string[] = [],
): StatementStructures {
  // An empty interface accepts any non-nullish value; an empty object type says what is meant.
  if (members.length === 0) {
    const type = heritage.length > 0 ? heritage.join(' & ') : 'Record<string, never>';
    return typeAlias(name, type, doc, generic);
  }
  return {
    kind: StructureKind.Interface,
    isExported: true,
    name,
    typeParameters: decimalTypeParams(generic),
    ...(heritage.length > 0 ? { extends: heritage } : {}),
    docs: [doc],
    properties: members.map((m) => ({
      name: m.name,
      type: m.type,
      hasQuestionToken: m.optional,
      docs: [m.doc],
    })),
  };
}
