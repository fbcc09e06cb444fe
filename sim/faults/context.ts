/** What the fault functions act on. */
import type { MarketConnection } from '../streams/connection';
import type { StreamHub } from '../streams/hub';
import type { ServedSocket } from '../streams/served-socket';
import type { TimerBag } from '../timers';
import type { WsApiConnection } from '../ws-api/connection';
import type { FaultState } from './state';

export interface FaultContext {
  readonly state: FaultState;
  readonly connections: ReadonlySet<MarketConnection>;
  /** WebSocket API connections: dropped by dropAll, told by serverShutdown. */
  readonly wsApiConnections: ReadonlySet<WsApiConnection>;
  /** USDⓈ-M user data streams (`/private`): as market streams, but for `serverShutdown`. */
  readonly userDataConnections: ReadonlySet<ServedSocket>;
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

/** Every stream socket, market or `/private` user data, open and not muted. */
export const reachableStreams = (ctx: FaultContext): ServedSocket[] =>
  [...ctx.connections, ...ctx.userDataConnections].filter((c) => c.isOpen && !c.isMuted);
