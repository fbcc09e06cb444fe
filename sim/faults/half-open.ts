/**
 * halfOpen(): the current connections (market streams, `/private` user data streams and the
 * WebSocket API) stay open at the TCP
 * level but go silent: no data, no pings, no pongs, no replies, and nothing they send is looked
 * at. Resolves when it ends (after `durationMs`, on faults.clear(), or on close); without a
 * duration it lasts until then.
 */
import type { FaultContext } from './context';

export function halfOpen(ctx: FaultContext, durationMs?: number): Promise<void> {
  const targets = [...ctx.connections, ...ctx.userDataConnections, ...ctx.wsApiConnections];
  for (const connection of targets) connection.setMuted(true);
  return new Promise((resolve) => {
    const heal = () => {
      ctx.healers.delete(heal);
      for (const connection of targets) connection.setMuted(false);
      resolve();
    };
    ctx.healers.add(heal);
    if (durationMs !== undefined) void ctx.timers.wait(durationMs).then(heal);
  });
}
