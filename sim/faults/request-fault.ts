/**
 * requestFault(rule): the next WebSocket API request(s) of one method (default `order.place`) go
 * wrong in a way Binance documents or a network produces — what the order factory's
 * reconciliation is tested against:
 * - `execute`: `now` (default), `never` (the backend never got it), or a number of ms: the
 *   request runs that much later, and until then the order is not in the book (order.status
 *   answers -2013: the "-2013 race");
 * - `answer`: `normal` (default), `none` (no answer: the client times out), `unknown` (Binance's
 *   -1007 TIMEOUT with status 500, "Send status unknown; execution status unknown", whatever the
 *   execution did), `notFound` (-2013, "Order does not exist.", whatever the execution did);
 * - `then`: what happens to the connection after the answer (or in its place): `drop` (TCP reset),
 *   `halfOpen` (goes silent until faults.clear()), `shutdown` (the `serverShutdown` event, then
 *   closed after `closeAfterMs`, default 200).
 * User data events of the connection raised by the request are held until its answer is sent
 * (after `then`: a dropped or silent connection loses them), so the answer always comes first.
 * Rules queue up; `count` (default 1) requests use each. faults.clear() forgets them.
 */
import type { FaultContext } from './context';

export interface RequestFaultRule {
  readonly method?: string;
  readonly count?: number;
  readonly execute?: 'now' | 'never' | number;
  readonly answer?: 'normal' | 'none' | 'unknown' | 'notFound';
  readonly then?: 'drop' | 'halfOpen' | 'shutdown';
  readonly closeAfterMs?: number;
}

/** A rule with every default filled in and the requests it still applies to. */
export interface ActiveRequestFault {
  readonly method: string;
  remaining: number;
  readonly execute: 'now' | 'never' | number;
  readonly answer: 'normal' | 'none' | 'unknown' | 'notFound';
  readonly then: 'drop' | 'halfOpen' | 'shutdown' | undefined;
  readonly closeAfterMs: number;
}

const ANSWERS = ['normal', 'none', 'unknown', 'notFound'];
const THEN = ['drop', 'halfOpen', 'shutdown'];

export function requestFault(ctx: FaultContext, rule: RequestFaultRule = {}): void {
  ctx.state.requestFaults.push(checkRule(rule));
}

/** Validates a rule (it may come from the control endpoint): a RangeError names what is wrong. */
export function checkRule(rule: unknown): ActiveRequestFault {
  if (rule === null || typeof rule !== 'object' || Array.isArray(rule)) {
    throw new RangeError('requestFault: the rule must be an object');
  }
  const r = rule as Record<string, unknown>;
  const method = r['method'] ?? 'order.place';
  const count = r['count'] ?? 1;
  const execute = r['execute'] ?? 'now';
  const answer = r['answer'] ?? 'normal';
  const closeAfterMs = r['closeAfterMs'] ?? 200;
  const fail = (what: string) => {
    throw new RangeError(`requestFault: ${what}`);
  };
  if (typeof method !== 'string' || method === '') fail('method must be a method name');
  if (!Number.isInteger(count) || (count as number) < 1) fail('count must be a positive integer');
  const delayed = typeof execute === 'number' && execute >= 0 && Number.isFinite(execute);
  if (!delayed && execute !== 'now' && execute !== 'never') {
    fail("execute must be 'now', 'never' or a number of ms");
  }
  if (!ANSWERS.includes(answer as string)) fail(`answer must be one of ${ANSWERS.join(', ')}`);
  if (r['then'] !== undefined && !THEN.includes(r['then'] as string)) {
    fail(`then must be one of ${THEN.join(', ')}`);
  }
  if (typeof closeAfterMs !== 'number' || !(closeAfterMs >= 0)) {
    fail('closeAfterMs must be a non-negative number');
  }
  if (execute === 'never' && answer === 'normal')
    fail("execute 'never' needs an answer other than 'normal'");
  return {
    method: method as string,
    remaining: count as number,
    execute: execute as ActiveRequestFault['execute'],
    answer: answer as ActiveRequestFault['answer'],
    then: r['then'] as ActiveRequestFault['then'],
    closeAfterMs: closeAfterMs as number,
  };
}

/** The rule the next request of `method` falls under, if any (used up by this call). */
export function takeRequestFault(
  faults: ActiveRequestFault[],
  method: string,
): ActiveRequestFault | undefined {
  const index = faults.findIndex((f) => f.method === method);
  if (index < 0) return undefined;
  const rule = faults[index]!;
  rule.remaining -= 1;
  if (rule.remaining === 0) faults.splice(index, 1);
  return rule;
}
