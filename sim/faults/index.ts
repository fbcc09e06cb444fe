/** The `faults` object of a local exchange. */
import type { Faults } from '../types';
import type { FaultContext } from './context';
import { delay } from './delay';
import { dropAll } from './drop-all';
import { halfOpen } from './half-open';
import { sendMalformed } from './malformed';
import { refuseConnections } from './refuse';
import { reorder } from './reorder';
import { requestFault } from './request-fault';
import { restart } from './restart';
import { sendSchemaBreaking } from './schema-breaking';
import { serverShutdown } from './server-shutdown';
import { skipDepthUpdates } from './skip-depth';

export function createFaults(ctx: FaultContext): Faults {
  return {
    dropAll: () => dropAll(ctx),
    halfOpen: (durationMs) => halfOpen(ctx, durationMs),
    refuseConnections: (durationMs) => refuseConnections(ctx, durationMs),
    sendMalformed: () => sendMalformed(ctx),
    sendSchemaBreaking: (stream) => sendSchemaBreaking(ctx, stream),
    delay: (ms) => delay(ctx, ms),
    reorder: (count) => reorder(ctx, count),
    skipDepthUpdates: (count, stream) => skipDepthUpdates(ctx, count, stream),
    serverShutdown: (options) => serverShutdown(ctx, options),
    restart: (options) => restart(ctx, options),
    requestFault: (rule) => requestFault(ctx, rule),
    clear: () => {
      ctx.state.delayMs = 0;
      ctx.state.skipDepth = { remaining: 0, stream: undefined };
      ctx.state.refusing = false;
      ctx.state.requestFaults.length = 0;
      for (const connection of ctx.state.silenced) connection.setMuted(false);
      ctx.state.silenced.clear();
      for (const connection of [...ctx.connections, ...ctx.userDataConnections]) {
        connection.outbox.cancelReorder();
      }
      for (const heal of [...ctx.healers]) heal();
    },
  };
}
