/**
 * The decoder of one SBE message: straight-line reads at fixed offsets over a DataView, bounds
 * checked once per block, one object per event and per group entry, nothing else allocated.
 */
import type { SbeField, SbeGroup, SbeMessage } from './schema';
import { sbeGroupType, sbeProperty, sbeType } from './names';

/** The expression reading `field` at `base + offset`; `exp` names the root exponent locals. */
function read(message: SbeMessage, owner: string, field: SbeField, base: string): string {
  const at = `${base} + ${field.offset}`;
  const name = `'${owner}.${field.name}'`;
  switch (field.kind) {
    case 'decimal':
      return `toD(sbeDecimal(view, ${at}, ${field.exponentField}))`;
    case 'microseconds':
      return `sbeInt64(view, ${at}, ${name}) as Microseconds`;
    case 'bool':
      return `sbeBool(view, ${at}, ${name})`;
    case 'constantBool':
      return String(field.value);
    case 'int':
      return intRead(field.primitive, at, name);
  }
}

function intRead(primitive: string, at: string, name: string): string {
  if (primitive === 'int64') return `sbeInt64(view, ${at}, ${name})`;
  const method = `get${primitive[0]!.toUpperCase()}${primitive.slice(1)}`;
  const endian = primitive.endsWith('8') ? '' : ', true';
  return `view.${method}(${at}${endian})`;
}

function groupLoop(message: SbeMessage, group: SbeGroup): string {
  const owner = `${message.name}.${group.name}`;
  const count =
    group.countBytes === 2 ? 'view.getUint16(pos + 2, true)' : 'view.getUint32(pos + 2, true)';
  const entry = group.fields
    .map((f) => `${sbeProperty(f)}: ${read(message, owner, f, 'pos')}`)
    .join(', ');
  return `
  sbeNeed(view, pos + ${2 + group.countBytes}, '${owner} dimensions');
  const ${group.name}Block = view.getUint16(pos, true);
  const ${group.name}Count = ${count};
  if (${group.name}Block < ${group.blockLength}) {
    throw new SbeDecodeError('invalid-value', \`${owner}: blockLength \${${group.name}Block} < ${group.blockLength}\`, ${message.id});
  }
  pos += ${2 + group.countBytes};
  sbeNeed(view, pos + ${group.name}Count * ${group.name}Block, '${owner}');
  const ${group.name}: ${sbeGroupType(message, group.name)}<D>[] = new Array(${group.name}Count);
  for (let i = 0; i < ${group.name}Count; i++, pos += ${group.name}Block) {
    ${group.name}[i] = { ${entry} };
  }`;
}

/** `decode<Message>Body` (header already checked) and `decode<Message>` (checks the header). */
export function decoder(message: SbeMessage): string {
  const type = sbeType(message);
  const rootLocals = message.fields
    .map((f) => `  const ${sbeProperty(f)} = ${read(message, message.name, f, 'root')};`)
    .join('\n');
  // The position moves past every var-data field but the last.
  const data = message.data
    .map((d, i) => {
      const value = `  const ${d} = sbeVarString8(view, pos, '${message.name}.${d}');`;
      return i < message.data.length - 1 ? `${value}\n  pos += 1 + view.getUint8(pos);` : value;
    })
    .join('\n');
  const result = [
    `message: '${message.name}'`,
    ...message.fields.map(sbeProperty),
    ...message.groups.map((g) => g.name),
    ...message.data,
  ].join(', ');
  return `
/** Decodes the body of a \`${message.name}\` frame whose header \`readSbeTemplateId\` has checked. */
export function decode${message.name}Body<D>(view: DataView, toD: (value: string) => D): ${type}<D> {
  const blockLength = view.getUint16(0, true);
  if (blockLength < ${message.blockLength}) {
    throw new SbeDecodeError('invalid-value', \`${message.name}: blockLength \${blockLength} < ${message.blockLength}\`, ${message.id});
  }
  const root = SBE_HEADER_LENGTH;
  sbeNeed(view, root + blockLength, '${message.name} root block');
${rootLocals}
  ${message.groups.length > 0 || message.data.length > 1 ? 'let' : 'const'} pos = root + blockLength;${message.groups.map((g) => groupLoop(message, g)).join('')}
${data}
  return { ${result} };
}

/** Decodes one \`${message.name}\` frame; any other template, schema or version is an \`SbeDecodeError\`. */
export function decode${message.name}<D = string>(view: DataView, options?: SbeDecodeOptions<D>): ${type}<D> {
  const templateId = readSbeTemplateId(view, SBE_SCHEMA);
  if (templateId !== ${message.id}) {
    throw new SbeDecodeError('unknown-template', \`template \${templateId}, expected ${message.id} (${message.name})\`, templateId);
  }
  return decode${message.name}Body(view, decimalOf(options));
}`;
}
