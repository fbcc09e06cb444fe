/** dropAll(): every connection is terminated at once (TCP reset, no close frame). */
import type { FaultContext } from './context';

export function dropAll(ctx: FaultContext): number {
  const all = [...ctx.connections, ...ctx.wsApiConnections, ...ctx.userDataConnections];
  for (const connection of all) connection.terminate();
  return all.length;
}
