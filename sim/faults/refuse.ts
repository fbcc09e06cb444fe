/** refuseConnections(): for `durationMs`, every new request or upgrade gets HTTP 503. */
import type { FaultContext } from './context';

export async function refuseConnections(ctx: FaultContext, durationMs: number): Promise<void> {
  ctx.state.refusing = true;
  await ctx.timers.wait(durationMs);
  ctx.state.refusing = false;
}
