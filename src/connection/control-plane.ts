/**
 * The control side of one socket: its stream registry, the outbox that sends the registry's
 * SUBSCRIBE / UNSUBSCRIBE batches (and queued payloads, and heartbeat probes) at the allowed rate,
 * and the correlation of their replies. The socket session feeds it replies and the transmitter.
 */
import type { SchedulerLike } from 'rxjs';
import { SocketStreamRegistry } from '../channels/stream-registry';
import { SubscriptionRejectedError, type BinanceRxError } from '../errors';
import type { Logger } from '../logging/logger';
import type { ControlReply } from './control-reply';
import { Outbox } from './outbox';
import { PendingRequests } from './pending-requests';

/** What a control plane needs. */
export interface ControlPlaneConfig {
  readonly socketId: number;
  readonly scheduler: SchedulerLike;
  readonly ackTimeoutMs: number;
  readonly sendSpacingMs: number;
  /** Request ids, shared by the sockets of a connection; bumped only when a request is sent. */
  readonly requestIds: { next: number };
  readonly logger: Logger;
  /** Writes a frame to the socket. */
  readonly transmit: (text: string) => void;
  /** Reports a non-fatal error (a rejected UNSUBSCRIBE, a reply to no request). */
  readonly report: (error: BinanceRxError) => void;
}

/** A socket's control plane. */
export interface ControlPlane {
  readonly registry: SocketStreamRegistry;
  /** Queues a payload for the next free slot; throws `InvalidParameterError` if it is not JSON. */
  send(payload: object): void;
  /**
   * Queues a heartbeat probe (`LIST_SUBSCRIPTIONS`) for the next free slot, unless one is already
   * waiting for its answer. Its reply settles nothing in the registry.
   */
  probe(): void;
  /** Settles the request a reply answers; `probe` when it answered a heartbeat probe. */
  settle(reply: ControlReply): 'probe' | 'request';
  /** Cancels every timer and forgets every stream. */
  dispose(): void;
}

/** Creates the control plane of one socket. */
export function createControlPlane(config: ControlPlaneConfig): ControlPlane {
  const { socketId: socket, scheduler, requestIds, logger, report } = config;
  const registry = new SocketStreamRegistry(() => outbox.wake(), logger);
  const pending = new PendingRequests(
    scheduler,
    config.ackTimeoutMs,
    (request, id, error) => {
      registry.settle(request, id, error);
      const fields = { socket, id, method: request.method, streams: request.params };
      if (error === undefined) {
        logger.debug('acknowledged', fields);
        return;
      }
      logger.warn(error.message, fields);
      // A failed SUBSCRIBE errors its subscriptions; anything else has no one else to tell.
      if (request.method !== 'SUBSCRIBE') report(error);
    },
    report,
  );
  /** Ids of probes sent and not answered; `probeWanted`: one is queued. */
  const probes = new Set<number | string>();
  let probeWanted = false;
  const nextProbe = (): object => {
    probeWanted = false;
    const id = requestIds.next++;
    probes.add(id);
    logger.debug('probe', { socket, id });
    return { method: 'LIST_SUBSCRIPTIONS', id };
  };
  const outbox = new Outbox({
    scheduler,
    spacingMs: config.sendSpacingMs,
    transmit: config.transmit,
    pull: () => {
      if (probeWanted) return nextProbe();
      const id = requestIds.next;
      const request = registry.takeRequest(id);
      if (request === undefined) return undefined;
      requestIds.next += 1;
      pending.add(request, id);
      logger.debug('request', { socket, id, ...request });
      return { method: request.method, params: request.params, id };
    },
    hasMore: () => probeWanted || registry.hasPending(),
    report,
  });

  return {
    registry,
    send: (payload) => outbox.push(payload),
    probe: () => {
      if (probeWanted || probes.size > 0) return;
      probeWanted = true;
      outbox.wake();
    },
    settle: (reply) => {
      if (reply.id !== null && probes.delete(reply.id)) return 'probe';
      if (pending.resolve(reply)) return 'request';
      logger.debug('reply to no pending request', { socket, id: reply.id });
      if (reply.error === undefined) return 'request';
      const { code, msg } = reply.error;
      report(new SubscriptionRejectedError('(unknown request)', [], code, msg, reply.id));
      return 'request';
    },
    dispose: () => {
      outbox.dispose();
      pending.dispose();
      registry.dispose();
    },
  };
}
