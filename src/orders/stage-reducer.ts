/**
 * Applies one event to an order's stage, following the generated stage table. Pure: returns the
 * stages entered (in order), or why the event does not apply:
 * - `duplicate`: it leads to the current stage (the same news from the order.place answer and
 *   from the user data stream); repeatable stages (each partial fill) are entered again instead,
 *   the caller decides what is news;
 * - `stale`: every stage it leads to ranks below the current one (a partial-fill report arriving
 *   after the answer that said FILLED); ranks are written in spec/order-stages.yaml;
 * - `illegal`: anything else (a fill after a cancel): reported, never swallowed.
 *
 * Every lookup is an own-property lookup: a status or event named `constructor` or `__proto__`
 * finds nothing.
 */
import type { OrderStageTable } from './stage-table';

export type StageStep<Stage extends string> =
  | { readonly kind: 'entered'; readonly stages: readonly Stage[] }
  | { readonly kind: 'duplicate' }
  | { readonly kind: 'stale' }
  | { readonly kind: 'illegal'; readonly from: Stage; readonly reason: string };

/** `record[key]` when `key` is the record's own property, else undefined. */
export const own = <V>(record: Readonly<Partial<Record<string, V>>> | undefined, key: string) =>
  record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;

export function reduceStage<Stage extends string, Event extends string>(
  table: OrderStageTable<Stage, Event>,
  current: Stage,
  event: Event,
): StageStep<Stage> {
  const next = own<Stage>(own(table.transitions, current), event);
  if (next !== undefined) {
    return next === current && !table.stages[current].repeatable
      ? { kind: 'duplicate' }
      : { kind: 'entered', stages: [next] };
  }
  const via = own<Stage>(own(table.through, current), event);
  const after = via === undefined ? undefined : own<Stage>(own(table.transitions, via), event);
  if (via !== undefined && after !== undefined) {
    return { kind: 'entered', stages: after === via ? [via] : [via, after] };
  }
  const targets = Object.values<Partial<Record<Event, Stage>>>(table.transitions).flatMap(
    (byEvent) => {
      const target = own<Stage>(byEvent, event);
      return target === undefined ? [] : [target];
    },
  );
  if (targets.includes(current) && !table.stages[current].repeatable) return { kind: 'duplicate' };
  const rank = (stage: Stage) => table.stages[stage].rank;
  if (targets.length > 0 && targets.every((t) => rank(t) < rank(current))) {
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

/**
 * The event a report stands for, if it moves anything (own properties only): its execution type's
 * when the table lists it (an amendment keeps status NEW), else its order status's. Only a status
 * the table lists moves anything: REPLACED with a status it does not know is no event (the order
 * may be anywhere; it is not assumed to work on, amended).
 */
export function statusEvent<Stage extends string, Event extends string>(
  table: OrderStageTable<Stage, Event>,
  status: string,
  executionType?: string,
): Event | undefined {
  const byStatus = own<Event>(table.statusEvents, status);
  if (byStatus === undefined || executionType === undefined) return byStatus;
  return own<Event>(table.executionTypeEvents, executionType) ?? byStatus;
}
