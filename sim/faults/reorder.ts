/** reorder(): on every current connection, the next `count` messages swap with their successor. */
import type { FaultContext } from './context';

export function reorder(ctx: FaultContext, count = 1): void {
  for (const connection of [...ctx.connections, ...ctx.userDataConnections]) {
    connection.outbox.reorder(count);
  }
}
