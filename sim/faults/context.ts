/** What the fault functions act on. */
import type { MarketConnection } from '../streams/connection';
import type { StreamHub } from '../streams/hub';
import type { TimerBag } from '../timers';
import type { WsApiConnection } from '../ws-api/connection';
import type { FaultState } from './state';

export interface FaultContext {
  readonly state: FaultState;
  readonly connections: ReadonlySet<MarketConnection>;
  /** WebSocket API connections: dropped by dropAll, told by serverShutdown. */
  readonly wsApiConnections: ReadonlySet<WsApiConnection>;
  /** USDⓈ-M user data streams (`/private`): dropped by dropAll and restarts. */
  readonly userDataConnections: ReadonlySet<{ terminate(): void }>;
  readonly hub: StreamHub;
  readonly timers: TimerBag;
  /** Ends lasting faults (half-open periods); called by clear(). */
  readonly healers: Set<() => void>;
  /** Drops everything, stops listening, and listens again on the same port. */
  restartServer(downtimeMs: number): Promise<void>;
}

/** Connections that are open and not muted: the ones a fault can still send to. */
export const reachable = (ctx: FaultContext): MarketConnection[] =>
  [...ctx.connections].filter((c) => c.isOpen && !c.isMuted);
