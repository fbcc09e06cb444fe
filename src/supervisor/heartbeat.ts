/**
 * Dead-socket detection. Binance pings every 20 s and streams flow in between, so a socket that
 * has received nothing (no message, no ping, no pong) for `timeoutMs` is dead or half-open.
 *
 * The rule: the watchdog looks every `timeoutMs / 10`. A look that finds new traffic starts the
 * count of silent looks again; the fifth silent look in a row (half the timeout) sends one probe,
 * the tenth declares the socket dead. So a socket is dropped between `timeoutMs` and
 * `1.1 × timeoutMs` after the last frame it received, never sooner. Counting frames costs one
 * increment per message; no timer is touched on the hot path.
 */
import type { SchedulerLike, Subscription } from 'rxjs';
import type { BinanceRxError } from '../errors';
import type { WebSocketLike } from '../socket/web-socket-like';
import { guardedTimer } from './guard';

/** Looks per timeout: the drop comes at most `1 / LOOKS` of the timeout late. */
export const LOOKS_PER_TIMEOUT = 10;
/** Silent looks after which the watchdog probes (half the timeout). */
const PROBE_AFTER_LOOKS = LOOKS_PER_TIMEOUT / 2;

export interface HeartbeatOptions {
  readonly scheduler: SchedulerLike;
  /** Silence after which the socket is dead, ms. */
  readonly timeoutMs: number;
  /** Asks the server for an answer (a ping frame, or a protocol-level request). */
  readonly probe?: () => void;
  /** Called once when the socket is found dead, with how long it was silent. */
  readonly dead: (silentMs: number) => void;
  /** Where an exception in a look goes. */
  readonly report: (error: BinanceRxError) => void;
}

export interface Heartbeat {
  /** Something arrived. */
  seen(): void;
  dispose(): void;
}

export function watchHeartbeat(options: HeartbeatOptions): Heartbeat {
  const { scheduler, timeoutMs } = options;
  const lookEveryMs = Math.max(1, timeoutMs / LOOKS_PER_TIMEOUT);
  let frames = 0;
  let lastLook = 0;
  let silentLooks = 0;
  const timer: Subscription = guardedTimer(
    scheduler,
    'heartbeat',
    options.report,
    function look() {
      if (frames !== lastLook) {
        lastLook = frames;
        silentLooks = 0;
      } else {
        silentLooks += 1;
        if (silentLooks >= LOOKS_PER_TIMEOUT) {
          options.dead(Math.round(silentLooks * lookEveryMs));
          return;
        }
        if (silentLooks === PROBE_AFTER_LOOKS) options.probe?.();
      }
      this.schedule(undefined, lookEveryMs);
    },
    lookEveryMs,
  );
  return {
    seen: () => {
      frames += 1;
    },
    dispose: () => timer.unsubscribe(),
  };
}

/**
 * Watches `ws` once it is open; undefined when turned off (`timeoutMs` false). Where the platform
 * shows ping and pong frames (`ws` in Node) they count as traffic and the probe is a ping frame.
 * Elsewhere (browsers, Bun, Deno, Node's global WebSocket, a user's constructor) pings are
 * answered out of sight, so the probe is `protocolProbe`: a request whose answer is traffic.
 */
export function attachHeartbeat(
  ws: WebSocketLike,
  scheduler: SchedulerLike,
  timeoutMs: number | false,
  protocolProbe: () => void,
  dead: (silentMs: number) => void,
  report: (error: BinanceRxError) => void,
): Heartbeat | undefined {
  if (timeoutMs === false) return undefined;
  const framesVisible = typeof ws.on === 'function';
  const pingFrames = framesVisible && typeof ws.ping === 'function';
  const heartbeat = watchHeartbeat({
    scheduler,
    timeoutMs,
    probe: pingFrames ? () => pingFrame(ws) : protocolProbe,
    dead,
    report,
  });
  if (framesVisible) {
    ws.on!('ping', heartbeat.seen);
    ws.on!('pong', heartbeat.seen);
  }
  return heartbeat;
}

/** Sends a ping frame; a socket that cannot take one is left to the next look. */
function pingFrame(ws: WebSocketLike): void {
  try {
    ws.ping!();
  } catch {
    // `ws` throws when the socket is not open: the watchdog finds it dead soon enough.
  }
}

/** Drops a dead socket at once: `terminate` where the platform has it, else a close. */
export function dropDeadSocket(ws: WebSocketLike): void {
  if (typeof ws.terminate === 'function') ws.terminate();
  else ws.close(4000, 'dead socket');
}
