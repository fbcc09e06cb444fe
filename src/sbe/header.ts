/** The SBE message header: blockLength, templateId, schemaId, version (4 × uint16, LE). */
import { SbeDecodeError } from '../errors';
import type { SbeSchemaId } from './types';

/** Bytes of the message header. */
export const SBE_HEADER_LENGTH = 8;

/**
 * Reads and checks the header at offset 0: the schema id and version must be `schema`'s,
 * else an `SbeDecodeError`. Returns the template id; the block length is read by the decoder.
 */
export function readSbeTemplateId(view: DataView, schema: SbeSchemaId): number {
  if (view.byteLength < SBE_HEADER_LENGTH) {
    throw new SbeDecodeError('truncated', `${view.byteLength} bytes, the header needs 8`);
  }
  const templateId = view.getUint16(2, true);
  const schemaId = view.getUint16(4, true);
  const version = view.getUint16(6, true);
  if (schemaId !== schema.id) {
    throw new SbeDecodeError(
      'unknown-schema',
      `schemaId ${schemaId}, expected ${schema.id}`,
      templateId,
    );
  }
  if (version !== schema.version) {
    throw new SbeDecodeError(
      'unknown-version',
      `schema ${schemaId} version ${version}, this decoder reads version ${schema.version}`,
      templateId,
    );
  }
  return templateId;
}

/** Writes a message header at offset 0. */
export function writeSbeHeader(
  view: DataView,
  blockLength: number,
  templateId: number,
  schema: SbeSchemaId,
): void {
  view.setUint16(0, blockLength, true);
  view.setUint16(2, templateId, true);
  view.setUint16(4, schema.id, true);
  view.setUint16(6, schema.version, true);
}
