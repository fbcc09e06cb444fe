/**
 * Binary frames that arrive twice while a socket hands over to its replacement (both deliver the
 * same streams for a moment): each is emitted once, as the shards do for text frames
 * (src/connection/shard.ts). Frames are known by their bytes, and only from the start of a
 * handover to `graceMs` after the last one ended, so nothing is kept otherwise.
 */
import type { SchedulerLike, Subscription } from 'rxjs';

export class HandoverCopies {
  /** Shards whose handover is under way. */
  private readonly active = new Set<number>();
  private seen: Set<string> | undefined;
  private forget: Subscription | undefined;

  constructor(
    private readonly scheduler: SchedulerLike,
    private readonly graceMs: number,
  ) {}

  /** Shard `shard` started or ended a handover, or stopped (its sockets are gone: no grace). */
  phase(shard: number, phase: 'start' | 'end' | 'stopped'): void {
    if (phase === 'start') {
      this.forget?.unsubscribe();
      this.forget = undefined;
      this.active.add(shard);
      this.seen ??= new Set();
      return;
    }
    // A shard that was not handing over changes nothing (another's grace may be running).
    if (!this.active.delete(shard) || this.active.size > 0) return;
    if (phase === 'stopped') {
      this.seen = undefined;
      return;
    }
    // Copies of frames the old socket delivered may still be in flight on the new one.
    // Not through guardedTimer: a field assignment cannot throw, and there is nowhere to report.
    // eslint-disable-next-line no-restricted-syntax
    this.forget = this.scheduler.schedule(() => (this.seen = undefined), this.graceMs);
  }

  /** Whether `frame` was seen already during this handover (if not, it is now). */
  isCopy(frame: DataView): boolean {
    const seen = this.seen;
    if (seen === undefined) return false;
    const key = Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength).toString('latin1');
    if (seen.has(key)) return true;
    seen.add(key);
    return false;
  }
}
