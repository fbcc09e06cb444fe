/**
 * An SBE message schema (the XML) read into what the emitters need: per message its root
 * fields with offsets, its repeating groups and its var-data. Refuses, naming the element,
 * what the emitters cannot encode instead of emitting a wrong decoder.
 */
import { at } from '../spec-files';
import { SpecError } from '../spec-errors';
import { parseXml, type XmlElement } from './xml';

/** How a field is read. */
export type SbeFieldKind =
  | { readonly kind: 'int'; readonly primitive: SbePrimitive }
  | { readonly kind: 'microseconds' }
  | { readonly kind: 'decimal'; readonly exponentField: string }
  | { readonly kind: 'bool' }
  | { readonly kind: 'constantBool'; readonly value: boolean };

export type SbeField = SbeFieldKind & {
  readonly name: string;
  readonly offset: number;
  readonly description?: string;
};

export interface SbeGroup {
  readonly name: string;
  /** `groupSizeEncoding` (uint32 count) or `groupSize16Encoding` (uint16 count). */
  readonly countBytes: 2 | 4;
  readonly blockLength: number;
  readonly fields: SbeField[];
}

export interface SbeMessage {
  readonly name: string;
  readonly id: number;
  readonly blockLength: number;
  readonly fields: SbeField[];
  readonly groups: SbeGroup[];
  /** var-data fields, all `varString8`. */
  readonly data: string[];
}

export interface SbeSchema {
  readonly file: string;
  readonly id: number;
  readonly version: number;
  readonly semanticVersion: string;
  readonly description: string;
  readonly messages: SbeMessage[];
}

export type SbePrimitive = 'int8' | 'uint8' | 'int16' | 'uint16' | 'int32' | 'uint32' | 'int64';

export const PRIMITIVE_SIZE: Record<SbePrimitive, number> = {
  int8: 1,
  uint8: 1,
  int16: 2,
  uint16: 2,
  int32: 4,
  uint32: 4,
  int64: 8,
};

interface TypeDef {
  readonly primitive: SbePrimitive;
  readonly name: string;
  readonly isEnum: boolean;
}

const fail = (file: string, where: string, what: string): never => {
  throw new SpecError([at(file, where, what)]);
};

function attr(file: string, el: XmlElement, name: string): string {
  return el.attrs[name] ?? fail(file, `<${el.name}>`, `missing attribute ${name}`);
}

function primitive(file: string, name: string, value: string): SbePrimitive {
  if (value in PRIMITIVE_SIZE) return value as SbePrimitive;
  return fail(file, name, `primitive type ${value} is not supported`);
}

function typeTable(file: string, types: XmlElement): Map<string, TypeDef> {
  const table = new Map<string, TypeDef>();
  for (const el of types.children) {
    const name = attr(file, el, 'name');
    if (el.name === 'type') {
      table.set(name, {
        name,
        primitive: primitive(file, name, attr(file, el, 'primitiveType')),
        isEnum: false,
      });
    } else if (el.name === 'enum') {
      if (name !== 'boolEnum') fail(file, name, 'only boolEnum is supported among enums');
      table.set(name, {
        name,
        primitive: primitive(file, name, attr(file, el, 'encodingType')),
        isEnum: true,
      });
    }
  }
  return table;
}

function fieldKind(file: string, where: string, el: XmlElement, type: TypeDef): SbeFieldKind {
  if (el.attrs['presence'] === 'constant') {
    const ref = attr(file, el, 'valueRef');
    if (!type.isEnum) fail(file, where, 'constant fields are supported on boolEnum only');
    return { kind: 'constantBool', value: ref.endsWith('.True') };
  }
  if (type.isEnum) return { kind: 'bool' };
  const exponentField = el.attrs['mbx:exponent'];
  if (exponentField !== undefined) {
    if (type.primitive !== 'int64') fail(file, where, 'a mantissa must be int64');
    return { kind: 'decimal', exponentField };
  }
  if (/timestampUs$/i.test(type.name)) {
    if (type.primitive !== 'int64') fail(file, where, 'a microsecond timestamp must be int64');
    return { kind: 'microseconds' };
  }
  return { kind: 'int', primitive: type.primitive };
}

/** Root or group fields, laid out one after the other (no explicit offsets in this schema). */
function fieldsOf(
  file: string,
  owner: string,
  els: XmlElement[],
  types: Map<string, TypeDef>,
  exponents?: SbeField[],
) {
  const fields: SbeField[] = [];
  let offset = 0;
  for (const el of els.filter((e) => e.name === 'field')) {
    const name = attr(file, el, 'name');
    const where = `${owner}.${name}`;
    if (el.attrs['offset'] !== undefined) fail(file, where, 'explicit offsets are not supported');
    const type =
      types.get(attr(file, el, 'type')) ?? fail(file, where, `unknown type ${el.attrs['type']}`);
    const kind = fieldKind(file, where, el, type);
    fields.push({ ...kind, name, offset, description: el.attrs['description'] });
    if (kind.kind !== 'constantBool') offset += PRIMITIVE_SIZE[type.primitive];
  }
  // Exponents are root fields (read before any group): an int8 of the root block.
  const scope = exponents ?? fields;
  for (const f of fields) {
    if (f.kind !== 'decimal') continue;
    const exponent = scope.find((e) => e.name === f.exponentField);
    if (exponent?.kind !== 'int' || exponent.primitive !== 'int8') {
      fail(file, `${owner}.${f.name}`, `exponent ${f.exponentField} is not an int8 root field`);
    }
  }
  return { fields, blockLength: offset };
}

function message(file: string, el: XmlElement, types: Map<string, TypeDef>): SbeMessage {
  const name = attr(file, el, 'name');
  const root = fieldsOf(file, name, el.children, types);
  const groups = el.children
    .filter((c) => c.name === 'group')
    .map((g): SbeGroup => {
      const groupName = attr(file, g, 'name');
      const dimension = g.attrs['dimensionType'] ?? 'groupSizeEncoding';
      if (dimension !== 'groupSizeEncoding' && dimension !== 'groupSize16Encoding') {
        fail(file, `${name}.${groupName}`, `dimension type ${dimension} is not supported`);
      }
      const inner = fieldsOf(file, `${name}.${groupName}`, g.children, types, root.fields);
      const countBytes = dimension === 'groupSize16Encoding' ? 2 : 4;
      return { name: groupName, countBytes, ...inner };
    });
  const data = el.children
    .filter((c) => c.name === 'data')
    .map((d) => {
      if (d.attrs['type'] !== 'varString8') fail(file, name, 'only varString8 data is supported');
      return attr(file, d, 'name');
    });
  if (el.children.some((c) => c.name === 'group' && c.children.some((g) => g.name !== 'field'))) {
    fail(file, name, 'nested groups and data in groups are not supported');
  }
  return {
    name,
    id: Number(attr(file, el, 'id')),
    blockLength: root.blockLength,
    fields: root.fields,
    groups,
    data,
  };
}

/** Reads `text` (the XML of `file`) into an `SbeSchema`; throws an Error naming what it refuses. */
export function loadSbeSchema(file: string, text: string): SbeSchema {
  const root = parseXml(text);
  if (root.name !== 'sbe:messageSchema') fail(file, root.name, 'expected sbe:messageSchema');
  if (root.attrs['byteOrder'] !== 'littleEndian') fail(file, 'byteOrder', 'only littleEndian');
  const typesEl = root.children.find((c) => c.name === 'types') ?? fail(file, 'types', 'missing');
  const types = typeTable(file, typesEl);
  return {
    file,
    id: Number(attr(file, root, 'id')),
    version: Number(attr(file, root, 'version')),
    semanticVersion: root.attrs['semanticVersion'] ?? '',
    description: root.attrs['description'] ?? '',
    messages: root.children
      .filter((c) => c.name === 'sbe:message')
      .map((m) => message(file, m, types)),
  };
}
