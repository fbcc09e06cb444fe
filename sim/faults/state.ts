/** Exchange-wide fault switches read by connections, the router and the publisher. */
import type { ActiveRequestFault } from './request-fault';

export interface FaultState {
  /** Every outgoing message is held this long (0 = off). */
  delayMs: number;
  /** Diff-depth updates still to drop, optionally of one stream only. */
  skipDepth: { remaining: number; stream: string | undefined };
  /** New connections are refused while this is true. */
  refusing: boolean;
  /** WebSocket API request faults still to apply, in order (`request-fault.ts`). */
  requestFaults: ActiveRequestFault[];
  /** Connections a request fault made silent; faults.clear() lets them speak again. */
  silenced: Set<{ setMuted(muted: boolean): void }>;
}

export const createFaultState = (): FaultState => ({
  delayMs: 0,
  skipDepth: { remaining: 0, stream: undefined },
  refusing: false,
  requestFaults: [],
  silenced: new Set(),
});
