/** Outgoing messages of one connection, where the delay and reorder faults act. */
import { WebSocket } from 'ws';
import type { FaultState } from '../faults/state';

/** A text frame, or a binary one (SBE). */
export type OutMessage = string | Uint8Array;

/** A held message is let go after this long even if nothing follows it. */
const HOLD_LIMIT_MS = 1000;

export class Outbox {
  private readonly timers = new Set<NodeJS.Timeout>();
  private held: OutMessage | undefined;
  private heldTimer: NodeJS.Timeout | undefined;
  private swaps = 0;

  constructor(
    private readonly ws: WebSocket,
    private readonly faults: FaultState,
  ) {}

  /** The next `count` messages each change places with the message after them. */
  reorder(count: number): void {
    this.swaps += count;
  }

  /** Forgets pending swaps (faults.clear()). */
  cancelReorder(): void {
    this.swaps = 0;
  }

  send(text: OutMessage): void {
    if (this.held !== undefined) {
      const held = this.held;
      this.release();
      this.write(text);
      this.write(held);
      return;
    }
    if (this.swaps > 0) {
      this.swaps -= 1;
      this.held = text;
      this.heldTimer = setTimeout(() => {
        const late = this.held;
        this.release();
        if (late !== undefined) this.write(late);
      }, HOLD_LIMIT_MS);
      this.heldTimer.unref();
      return;
    }
    this.write(text);
  }

  dispose(): void {
    this.release();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private release(): void {
    this.held = undefined;
    clearTimeout(this.heldTimer);
    this.heldTimer = undefined;
  }

  private write(text: OutMessage): void {
    const delay = this.faults.delayMs;
    if (delay <= 0) {
      if (this.ws.readyState === WebSocket.OPEN) this.ws.send(text);
      return;
    }
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.ws.readyState === WebSocket.OPEN) this.ws.send(text);
    }, delay);
    timer.unref();
    this.timers.add(timer);
  }
}
