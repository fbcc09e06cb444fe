// Generated from spec/sbe/stream_1_0.xml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import { SbeDecodeError, decimalOf, readSbeTemplateId, type SbeDecodeOptions } from '../../../src/generated-runtime';
import { SBE_SCHEMA } from './schema';
import { decodeTradesStreamEventBody, type SbeTradesStreamEvent } from './trades-stream-event';
import { decodeBestBidAskStreamEventBody, type SbeBestBidAskStreamEvent } from './best-bid-ask-stream-event';
import { decodeDepthSnapshotStreamEventBody, type SbeDepthSnapshotStreamEvent } from './depth-snapshot-stream-event';
import { decodeDepthDiffStreamEventBody, type SbeDepthDiffStreamEvent } from './depth-diff-stream-event';

export { SBE_SCHEMA } from './schema';
export * from './trades-stream-event';
export * from './best-bid-ask-stream-event';
export * from './depth-snapshot-stream-event';
export * from './depth-diff-stream-event';

/** Every event of the schema, discriminated by `message`. */
export type SbeEvent<D = string> =
  | SbeTradesStreamEvent<D>
  | SbeBestBidAskStreamEvent<D>
  | SbeDepthSnapshotStreamEvent<D>
  | SbeDepthDiffStreamEvent<D>;

/**
 * Decodes one frame of the schema: checks the header's schema id and version, then decodes by
 * template id. A truncated, unknown or invalid frame is an `SbeDecodeError`, never a partial event.
 */
export function decodeSbeEvent<D = string>(view: DataView, options?: SbeDecodeOptions<D>): SbeEvent<D> {
  const toD = decimalOf(options);
  const templateId = readSbeTemplateId(view, SBE_SCHEMA);
  switch (templateId) {
    case 10000:
      return decodeTradesStreamEventBody(view, toD);
    case 10001:
      return decodeBestBidAskStreamEventBody(view, toD);
    case 10002:
      return decodeDepthSnapshotStreamEventBody(view, toD);
    case 10003:
      return decodeDepthDiffStreamEventBody(view, toD);
    default:
      throw new SbeDecodeError('unknown-template', `template ${templateId} is not in schema ${SBE_SCHEMA.id}`, templateId);
  }
}
