import type { FieldSpec } from '../spec-types';
import { propertyKey, readableName } from '../names';
import { allObjects, discriminators } from '../union-variants';

/** The decimal converter's name inside a generated parse function. */
export const DECIMAL_FN = 'decimal';
/** The converter of optional decimals (`optionalOf(decimal)`), where a module declares it. */
export const OPTIONAL_DECIMAL_FN = 'optionalDecimal';

/** The statements declaring the converters a parse function's body uses. */
export function converterStatements(body: string): string[] {
  return [
    `const ${DECIMAL_FN} = decimalOf(options);`,
    ...(body.includes(`${OPTIONAL_DECIMAL_FN}(`)
      ? [`const ${OPTIONAL_DECIMAL_FN} = optionalOf(${DECIMAL_FN});`]
      : []),
  ];
}

/** `raw.e`, or `raw["1h"]` when the wire name is not an identifier. */
export const access = (target: string, wire: string): string =>
  propertyKey(wire) === wire ? `${target}.${wire}` : `${target}[${JSON.stringify(wire)}]`;

/**
 * The expression converting a raw value to its parsed form: straight-line property reads,
 * so a parse function is one object literal with no interpretation at run time.
 */
export function parseExpression(field: FieldSpec, value: string, depth = 0, flat = false): string {
  if (flat && field.optional && !field.nullable && isPlainDecimal(field)) {
    return `${OPTIONAL_DECIMAL_FN}(${value})`;
  }
  const converted = convert(field, value, depth, flat);
  if (converted === value) return value;
  if (field.optional && field.nullable) return `${value} == null ? ${value} : ${converted}`;
  if (field.optional) return `${value} === undefined ? undefined : ${converted}`;
  if (field.nullable) return `${value} === null ? null : ${converted}`;
  return converted;
}

function convert(field: FieldSpec, value: string, depth: number, flat: boolean): string {
  switch (field.type) {
    case 'decimal':
      return field.const !== undefined || field.enum !== undefined
        ? value
        : `${DECIMAL_FN}(${value})`;
    case 'object':
      return objectLiteral(field.fields!, value, depth, flat);
    case 'array': {
      const item = `item${depth}`;
      const inner = parseExpression(field.items!, item, depth + 1, flat);
      if (inner === item) return value;
      // An item with nothing to read maps without naming it (no unused parameter).
      const parameter = inner.includes(item) ? item : '';
      return `${value}.map((${parameter}) => ${inner.startsWith('{') ? `(${inner})` : inner})`;
    }
    case 'map': {
      const entry = `value${depth}`;
      const inner = parseExpression(field.values!, entry, depth + 1, flat);
      if (inner === entry) return value;
      return `Object.fromEntries(Object.entries(${value}).map(([key${depth}, ${entry}]) => [key${depth}, ${inner}]))`;
    }
    case 'union': {
      const keys = allObjects(field.variants!) ? discriminators(field.variants!) : undefined;
      if (keys) {
        // Object variants: each told apart by a field only it has (checked by the loader).
        const last = field.variants!.length - 1;
        return field.variants!.reduceRight<string>(
          (rest, variant, i) =>
            i === last
              ? parseExpression(variant, value, depth, flat)
              : `(${JSON.stringify(keys[i])} in ${value} ? ${parseExpression(variant, value, depth, flat)} : ${rest})`,
          '',
        );
      }
      // Variants differ in JSON kind (checked by the loader): arrays first, then objects.
      const array = field.variants!.find((v) => v.type === 'array' || v.type === 'tuple');
      const other = field.variants!.find((v) => v !== array)!;
      return array
        ? `Array.isArray(${value}) ? ${parseExpression(array, value, depth, flat)} : ${parseExpression(other, value, depth, flat)}`
        : value;
    }
    case 'tuple':
      return `{ ${field.elements!.map((e, i) => `${e.name!}: ${parseExpression(e, `${value}[${i}]`, depth, flat)}`).join(', ')} }`;
    default:
      return value;
  }
}

/** `{ eventType: raw.e, lastPrice: decimal(raw.c), … }` */
export function objectLiteral(
  fields: Readonly<Record<string, FieldSpec>>,
  target: string,
  depth = 0,
  flat = false,
): string {
  const members = Object.entries(fields).map(
    ([wire, field]) =>
      `${readableName(wire, field)}: ${parseExpression(field, access(target, wire), depth, flat)}`,
  );
  return `{ ${members.join(', ')} }`;
}

/** A decimal the parse function converts (not a constant or an enumerated value). */
const isPlainDecimal = (field: FieldSpec): boolean =>
  field.type === 'decimal' && field.const === undefined && field.enum === undefined;
