/** restart(): drops every connection, stops listening, and comes back on the same port. */
import type { FaultContext } from './context';

export function restart(ctx: FaultContext, options: { downtimeMs?: number } = {}): Promise<void> {
  return ctx.restartServer(options.downtimeMs ?? 0);
}
