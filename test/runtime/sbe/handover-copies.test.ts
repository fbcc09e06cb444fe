/**
 * SBE frames during a handover: a frame seen on one socket is dropped when its copy arrives on
 * the other, from the start of a handover until the grace after the last shard's ends; outside,
 * nothing is remembered. Timed on the TestScheduler (grace 5 frames here).
 */
import { asyncScheduler } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { HandoverCopies } from '../../../src/sbe/handover-copies';
import { script, testScheduler } from '../fixtures';

const frame = (...bytes: number[]) => new DataView(new Uint8Array(bytes).buffer);
const A = () => frame(1, 2, 3);
const B = () => frame(1, 2, 4);

describe('HandoverCopies', () => {
  it('drops copies between the start of a handover and the grace after its end', () => {
    const seen: string[] = [];
    testScheduler().run(({ hot }) => {
      const copies = new HandoverCopies(asyncScheduler, 5);
      const look = (name: string, view: DataView) => () =>
        seen.push(`${name}:${copies.isCopy(view) ? 'copy' : 'new'}`);
      //                 a: A before any handover, twice: never a copy
      //                 s: shard 0 starts, b/c: A and its copy, e: shard 0 ends
      //                 d: A within the grace (copy), f: B after the grace (new, twice)
      script(hot, 'aa-sbc-e-d-----ff', {
        a: look('a', A()),
        s: () => copies.phase(0, 'start'),
        b: look('b', A()),
        c: look('c', A()),
        e: () => copies.phase(0, 'end'),
        d: look('d', A()),
        f: look('f', B()),
      });
    });
    expect(seen).toEqual(['a:new', 'a:new', 'b:new', 'c:copy', 'd:copy', 'f:new', 'f:new']);
  });

  it('keeps remembering while another shard is still handing over, and ignores stray ends', () => {
    const seen: boolean[] = [];
    testScheduler().run(({ hot }) => {
      const copies = new HandoverCopies(asyncScheduler, 5);
      script(hot, 'xst-u-a-------a', {
        x: () => copies.phase(3, 'end'),
        s: () => copies.phase(0, 'start'),
        t: () => copies.phase(1, 'start'),
        u: () => copies.phase(0, 'end'),
        a: () => seen.push(copies.isCopy(A())),
      });
    });
    expect(seen).toEqual([false, true]);
  });

  it('forgets at once when the shard handing over stops', () => {
    const copies = new HandoverCopies(asyncScheduler, 5);
    copies.phase(0, 'start');
    expect([copies.isCopy(A()), copies.isCopy(A())]).toEqual([false, true]);
    copies.phase(0, 'stopped');
    expect([copies.isCopy(A()), copies.isCopy(A())]).toEqual([false, false]);
  });
});
