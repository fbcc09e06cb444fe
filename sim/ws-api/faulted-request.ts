/**
 * Runs one WebSocket API request under a request fault (`faults/request-fault.ts`): executes it
 * now, later or never, answers it as the rule says, then drops, silences or shuts down the
 * connection. User data events the connection would send meanwhile are held and let go after the
 * answer (lost when the connection is gone or silent by then).
 */
import type { ActiveRequestFault } from '../faults/request-fault';
import type { Outcome } from './dispatch';

/** What the rule acts on: one connection. */
export interface FaultTarget {
  /** Runs the request (weight, caller, handler) and returns its outcome. */
  run(): Outcome;
  /** Sends the answer envelope. */
  answer(outcome: Outcome): void;
  /** Holds the connection's user data events; the returned function lets them go. */
  holdEvents(): () => void;
  drop(): void;
  silence(): void;
  shutdown(closeAfterMs: number): void;
  isOpen(): boolean;
}

const UNKNOWN: Outcome = {
  status: 500,
  error: {
    code: -1007,
    msg: 'Timeout waiting for response from backend server. Send status unknown; execution status unknown.',
  },
};
const NOT_FOUND: Outcome = { status: 400, error: { code: -2013, msg: 'Order does not exist.' } };

export function runFaulted(target: FaultTarget, rule: ActiveRequestFault): void {
  const release = target.holdEvents();
  const finish = (outcome: Outcome | undefined) => {
    if (rule.answer === 'unknown') target.answer(UNKNOWN);
    else if (rule.answer === 'notFound') target.answer(NOT_FOUND);
    else if (rule.answer === 'normal' && outcome !== undefined) target.answer(outcome);
    if (rule.then === 'drop') target.drop();
    else if (rule.then === 'halfOpen') target.silence();
    else if (rule.then === 'shutdown') target.shutdown(rule.closeAfterMs);
    release();
  };
  if (rule.execute === 'now') finish(target.run());
  else if (rule.execute === 'never') finish(undefined);
  else {
    // The -2013 race: until it runs, the order is not in the book. It runs even if the
    // connection is gone by then (the matching engine has it), as on Binance.
    setTimeout(() => {
      const outcome = target.run();
      if (target.isOpen()) finish(outcome);
      else release();
    }, rule.execute).unref();
  }
}
