/**
 * serverShutdown(): the documented `serverShutdown` event on every market connection (wrapped
 * with stream `!serverShutdown` on combined ones) and every WebSocket API connection
 * (`{event: {e, E}}`); with `closeAfterMs`, the connections are then closed.
 */
import { toMicroseconds, wrapCombined } from '../streams/serialize';
import { reachable, type FaultContext } from './context';

export function serverShutdown(ctx: FaultContext, options: { closeAfterMs?: number } = {}): number {
  const targets = reachable(ctx);
  const event = { e: 'serverShutdown', E: Date.now() };
  for (const connection of targets) {
    const data = connection.micro ? toMicroseconds('serverShutdown', event) : event;
    const raw = JSON.stringify(data);
    connection.deliver(connection.combined ? wrapCombined('!serverShutdown', raw) : raw);
  }
  const wsApi = [...ctx.wsApiConnections];
  for (const connection of wsApi) connection.announceShutdown();
  const { closeAfterMs } = options;
  if (closeAfterMs !== undefined) {
    void ctx.timers.wait(closeAfterMs).then(() => {
      for (const connection of [...targets, ...wsApi]) connection.close(1001, 'Server shutdown');
    });
  }
  return targets.length + wsApi.length;
}
