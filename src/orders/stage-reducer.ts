/**
 * Applies one event to an order's stage, following the generated stage table. Pure: returns the
 * stages entered (in order), or why the event does not apply:
 * - `duplicate`: it leads to the current stage (the same news from the order.place answer and
 *   from the user data stream); repeatable stages (each partial fill) are entered again instead,
 *   the caller decides what is news;
 * - `stale`: it leads to an earlier stage (a partial-fill report arriving after the answer that
 *   said FILLED); terminal stages all rank last;
 * - `illegal`: anything else (a fill after a cancel): reported, never swallowed.
 */
import type { OrderStageTable } from './stage-table';

export type StageStep<Stage extends string> =
  | { readonly kind: 'entered'; readonly stages: readonly Stage[] }
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'stale' }
  | { readonly kind: 'illegal'; readonly from: Stage; readonly reason: string };

export function reduceStage<Stage extends string, Event extends string>(
  table: OrderStageTable<Stage, Event>,
  current: Stage,
  event: Event,
): StageStep<Stage> {
  const next = table.transitions[current]?.[event];
  if (next !== undefined) {
    return next === current && !table.stages[current].repeatable
      ? { kind: 'duplicate' }
      : { kind: 'entered', stages: [next] };
  }
  const via = table.through[current]?.[event];
  const after = via === undefined ? undefined : table.transitions[via]?.[event];
  if (via !== undefined && after !== undefined) {
    return { kind: 'entered', stages: after === via ? [via] : [via, after] };
  }
  const targets = Object.values<Partial<Record<Event, Stage>>>(table.transitions).flatMap(
    (byEvent) => (byEvent[event] === undefined ? [] : [byEvent[event]]),
  );
  if (targets.includes(current) && !table.stages[current].repeatable) return { kind: 'duplicate' };
  if (targets.length > 0 && targets.every((t) => rank(table, t) < rank(table, current))) {
    return { kind: 'stale' };
  }
  return {
    kind: 'illegal',
    from: current,
    reason: table.stages[current].terminal
      ? `'${current}' is terminal`
      : `'${event}' does not apply to '${current}'`,
  };
}

/** Position of a stage in the spec's order; every terminal stage ranks last. */
function rank<Stage extends string>(table: OrderStageTable<Stage, string>, stage: Stage): number {
  const names = Object.keys(table.stages) as Stage[];
  return table.stages[stage].terminal ? names.length : names.indexOf(stage);
}

/** The event a Binance order status stands for, if it moves anything. */
export const statusEvent = <Stage extends string, Event extends string>(
  table: OrderStageTable<Stage, Event>,
  status: string,
): Event | undefined => table.statusEvents[status];
