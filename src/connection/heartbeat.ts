/**
 * Dead-socket detection. Binance pings every 20 s and streams flow in between, so a socket that
 * has received nothing (no message, no ping, no pong) for a while is dead or half-open. Every
 * `timeoutMs / 2` the watchdog looks whether anything arrived since its last look: after one silent
 * look it pings (where the platform can: `ws` in Node), after two it declares the socket dead.
 * Counting frames costs one increment per message; no timer is touched on the hot path.
 */
import type { SchedulerLike, Subscription } from 'rxjs';
import type { WebSocketLike } from '../socket/web-socket-like';

export interface HeartbeatOptions {
  readonly scheduler: SchedulerLike;
  /** Silence after which the socket is dead, ms. */
  readonly timeoutMs: number;
  /** Sends a ping frame, when the platform allows it. */
  readonly ping?: () => void;
  /** Called once when the socket is found dead. */
  readonly dead: (silentMs: number) => void;
}

export interface Heartbeat {
  /** Something arrived. */
  seen(): void;
  dispose(): void;
}

export function watchHeartbeat(options: HeartbeatOptions): Heartbeat {
  const { scheduler, timeoutMs } = options;
  const lookEveryMs = Math.max(1, Math.floor(timeoutMs / 2));
  let frames = 0;
  let lastLook = 0;
  let silentLooks = 0;
  const timer: Subscription = scheduler.schedule(function look(this: {
    schedule(state?: unknown, delay?: number): void;
  }) {
    if (frames !== lastLook) {
      lastLook = frames;
      silentLooks = 0;
    } else {
      silentLooks += 1;
      if (silentLooks >= 2) {
        options.dead(silentLooks * lookEveryMs);
        return;
      }
      options.ping?.();
    }
    this.schedule(undefined, lookEveryMs);
  }, lookEveryMs);
  return {
    seen: () => {
      frames += 1;
    },
    dispose: () => timer.unsubscribe(),
  };
}

/**
 * Watches `ws` once it is open: its ping and pong frames count as traffic, and the watchdog pings
 * when it can. Undefined when turned off (`timeoutMs` false) or when the platform hides ping
 * frames (browsers): an idle but healthy socket could not be told from a dead one there.
 */
export function attachHeartbeat(
  ws: WebSocketLike,
  scheduler: SchedulerLike,
  timeoutMs: number | false,
  dead: (silentMs: number) => void,
): Heartbeat | undefined {
  if (timeoutMs === false || typeof ws.on !== 'function') return undefined;
  const heartbeat = watchHeartbeat({
    scheduler,
    timeoutMs,
    ping: typeof ws.ping === 'function' ? () => ws.ping!() : undefined,
    dead,
  });
  ws.on('ping', heartbeat.seen);
  ws.on('pong', heartbeat.seen);
  return heartbeat;
}

/** Drops a dead socket at once: `terminate` where the platform has it, else a close. */
export function dropDeadSocket(ws: WebSocketLike): void {
  if (typeof ws.terminate === 'function') ws.terminate();
  else ws.close(4000, 'dead socket');
}
