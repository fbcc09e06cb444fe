/** delay(ms): every outgoing message, on every connection, waits `ms` first (0 turns it off). */
import type { FaultContext } from './context';

export function delay(ctx: FaultContext, ms: number): void {
  if (!(ms >= 0)) throw new RangeError('delay must be a non-negative number of milliseconds');
  ctx.state.delayMs = ms;
}
