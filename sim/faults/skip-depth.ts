/**
 * skipDepthUpdates(n): the next n diff-depth events (Spot or USDⓈ-M) are never sent, so clients
 * see a U/u (or pu) gap.
 */
import type { StreamSpec } from '../streams/names';
import type { PublishFilter } from '../streams/publisher';
import type { FaultContext } from './context';
import type { FaultState } from './state';

export function skipDepthUpdates(ctx: FaultContext, count: number, stream?: string): void {
  ctx.state.skipDepth = { remaining: Math.max(0, Math.floor(count)), stream };
}

/** A Spot or USDⓈ-M diff-depth stream. */
const isDiffDepth = (spec: StreamSpec): boolean =>
  spec.kind === 'diffDepth' || (spec.kind === 'usdm' && spec.stream.type === 'diffDepth');

/** The publisher's filter: drops diff-depth payloads while there are some left to skip. */
export const depthSkipper =
  (state: FaultState): PublishFilter =>
  (active) => {
    const skip = state.skipDepth;
    if (!isDiffDepth(active.spec) || skip.remaining === 0) return true;
    if (skip.stream !== undefined && skip.stream !== active.name) return true;
    skip.remaining -= 1;
    return false;
  };
