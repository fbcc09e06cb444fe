/**
 * The encoder of one SBE message, the mirror of its decoder: the local exchange serves frames
 * with it and tests round-trip through it. Decimals are written at the event's own exponents.
 */
import type { SbeField, SbeGroup, SbeMessage } from './schema';
import { sbeProperty, sbeType } from './names';

function write(
  message: SbeMessage,
  owner: string,
  field: SbeField,
  base: string,
  item: string,
): string {
  const at = `${base} + ${field.offset}`;
  const value = `${item}.${sbeProperty(field)}`;
  switch (field.kind) {
    case 'decimal':
      return `writeSbeDecimal(view, ${at}, ${value}, event.${field.exponentField}, '${owner}.${field.name}');`;
    case 'microseconds':
      return `writeSbeInt64(view, ${at}, ${value});`;
    case 'bool':
      return `view.setUint8(${at}, ${value} ? 1 : 0);`;
    case 'constantBool':
      return '';
    case 'int': {
      if (field.primitive === 'int64') return `writeSbeInt64(view, ${at}, ${value});`;
      const method = `set${field.primitive[0]!.toUpperCase()}${field.primitive.slice(1)}`;
      const endian = field.primitive.endsWith('8') ? '' : ', true';
      return `view.${method}(${at}, ${value}${endian});`;
    }
  }
}

function groupWrite(message: SbeMessage, group: SbeGroup): string {
  const owner = `${message.name}.${group.name}`;
  const max = group.countBytes === 2 ? 0xffff : 0x7fffffff;
  const setCount = group.countBytes === 2 ? 'setUint16' : 'setUint32';
  const body = group.fields.map((f) => write(message, owner, f, 'pos', 'item')).filter(Boolean);
  return `
  if (event.${group.name}.length > ${max}) {
    throw new InvalidParameterError('sbe', '${owner}', event.${group.name}.length, 'entries exceed ${max}');
  }
  view.setUint16(pos, ${group.blockLength}, true);
  view.${setCount}(pos + 2, event.${group.name}.length, true);
  pos += ${2 + group.countBytes};
  for (const item of event.${group.name}) {
    ${body.join('\n    ')}
    pos += ${group.blockLength};
  }`;
}

export function encoder(message: SbeMessage): string {
  const size = [
    `SBE_HEADER_LENGTH + ${message.blockLength}`,
    ...message.groups.map((g) => `${2 + g.countBytes} + event.${g.name}.length * ${g.blockLength}`),
    ...message.data.map((d) => `1 + ${d}Bytes.length`),
  ].join(' + ');
  const root = message.fields
    .map((f) => write(message, message.name, f, 'root', 'event'))
    .filter(Boolean);
  const data = message.data.map((d, i) => {
    const value = `view.setUint8(pos, ${d}Bytes.length);\n  bytes.set(${d}Bytes, pos + 1);`;
    return i < message.data.length - 1 ? `${value}\n  pos += 1 + ${d}Bytes.length;` : value;
  });
  return `
/** Encodes one \`${message.name}\` frame (header included); the inverse of \`decode${message.name}\`. */
export function encode${message.name}(event: ${sbeType(message)}<string>): Uint8Array {
${message.data.map((d) => `  const ${d}Bytes = sbeVarString8Bytes(event.${d}, '${message.name}.${d}');`).join('\n')}
  const bytes = new Uint8Array(${size});
  const view = new DataView(bytes.buffer);
  writeSbeHeader(view, ${message.blockLength}, ${message.id}, SBE_SCHEMA);
  const root = SBE_HEADER_LENGTH;
  ${root.join('\n  ')}
  ${message.groups.length > 0 || message.data.length > 1 ? 'let' : 'const'} pos = root + ${message.blockLength};${message.groups.map((g) => groupWrite(message, g)).join('')}
  ${data.join('\n  ')}
  return bytes;
}`;
}
