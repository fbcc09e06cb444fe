import { describe, expect, it } from 'vitest';
import { readSpecFiles } from '../../../codegen/io';
import { loadSpec } from '../../../codegen/load-spec';
import {
  orderStageTable as table,
  type OrderStageEvent,
  type OrderStageName,
} from '../../../generated/order-stages';
import { reduceStage, statusEvent } from '../../../src/orders/stage-reducer';
import { REPO } from '../../codegen/fixture';

const spec = loadSpec(await readSpecFiles(REPO)).orderStages!.spec;

/** Runs a sequence of events from `submitted`; returns every stage entered and every refusal. */
function run(events: OrderStageEvent[]): string[] {
  let stage: OrderStageName = table.initial;
  const out: string[] = [stage];
  for (const event of events) {
    const step = reduceStage(table, stage, event);
    if (step.kind === 'entered') {
      out.push(...step.stages);
      stage = step.stages[step.stages.length - 1]!;
    } else out.push(`(${step.kind} ${event})`);
  }
  return out;
}

describe('order stage reducer', () => {
  const transitions = spec.transitions.flatMap((t) =>
    t.from.map((from) => ({ from: from as OrderStageName, on: t.on as OrderStageEvent, to: t.to })),
  );

  it.each(transitions)('applies the spec transition $from --$on--> $to', ({ from, on, to }) => {
    const step = reduceStage(table, from, on);
    if (from === to && !spec.stages[from]!.repeatable) expect(step).toEqual({ kind: 'duplicate' });
    else expect(step).toEqual({ kind: 'entered', stages: [to] });
  });

  it('maps every Binance order status to its event', () => {
    expect(statusEvent(table, 'NEW')).toBe('working');
    expect(statusEvent(table, 'PARTIALLY_FILLED')).toBe('partialFill');
    expect(statusEvent(table, 'FILLED')).toBe('fill');
    expect(statusEvent(table, 'EXPIRED_IN_MATCH')).toBe('expire');
    expect(statusEvent(table, 'PENDING_CANCEL')).toBeUndefined();
  });

  it('an execution type the table lists wins over the status: REPLACED with status NEW is an amendment', () => {
    expect(statusEvent(table, 'NEW', 'REPLACED')).toBe('amend');
    expect(statusEvent(table, 'PARTIALLY_FILLED', 'REPLACED')).toBe('amend');
    expect(statusEvent(table, 'NEW', 'NEW')).toBe('working');
    expect(statusEvent(table, 'FILLED', 'TRADE')).toBe('fill');
    expect(statusEvent(table, 'NEW', 'constructor')).toBe('working');
  });

  it('an execution type the table lists applies only with a status it knows: REPLACED with an unknown status is no event', () => {
    expect(statusEvent(table, 'NEW_STATUS', 'REPLACED')).toBeUndefined();
    expect(statusEvent(table, 'PENDING_CANCEL', 'REPLACED')).toBeUndefined();
    expect(statusEvent(table, 'constructor', 'REPLACED')).toBeUndefined();
  });

  it("USDⓈ-M's AMENDMENT (a modify order) is an amendment, under the same rule as REPLACED", () => {
    expect(statusEvent(table, 'NEW', 'AMENDMENT')).toBe('amend');
    expect(statusEvent(table, 'PARTIALLY_FILLED', 'AMENDMENT')).toBe('amend');
    expect(statusEvent(table, 'NEW_ADL', 'AMENDMENT')).toBeUndefined();
    expect(statusEvent(table, 'PENDING_CANCEL', 'AMENDMENT')).toBeUndefined();
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'a status named %s stands for no event (own properties only)',
    (status) => expect(statusEvent(table, status)).toBeUndefined(),
  );

  it('an event named like an Object.prototype member is illegal, not a crash', () => {
    const step = reduceStage(table, 'open', 'constructor' as OrderStageEvent);
    expect(step).toEqual({
      kind: 'illegal',
      from: 'open',
      reason: "'constructor' does not apply to 'open'",
    });
  });

  it('ranks come from the spec: terminal stages rank above every other stage', () => {
    const ranks = Object.fromEntries(Object.entries(table.stages).map(([n, s]) => [n, s.rank]));
    expect(ranks).toEqual(
      Object.fromEntries(Object.entries(spec.stages).map(([n, s]) => [n, s.rank])),
    );
    expect(table.initial).toBe(spec.initial);
  });

  // given: events in arrival order; want: stages entered, and what was refused.
  const scenarios: { name: string; events: OrderStageEvent[]; want: string[] }[] = [
    {
      name: 'amended while working, then partly filled and amended again; a late NEW is stale',
      events: ['accepted', 'working', 'amend', 'partialFill', 'amend', 'working', 'fill'],
      want: [
        'submitted',
        'pending',
        'open',
        'amended',
        'partiallyFilled',
        'amended',
        '(stale working)',
        'filled',
      ],
    },
    {
      name: 'limit order rests then is canceled',
      events: ['accepted', 'working', 'working', 'cancel'],
      want: ['submitted', 'pending', 'open', '(duplicate working)', 'canceled'],
    },
    {
      name: 'report before the answer passes through pending; the late answer is stale',
      events: ['working', 'accepted', 'fill'],
      want: ['submitted', 'pending', 'open', '(stale accepted)', 'filled'],
    },
    {
      name: 'market order answered FILLED, then its fill reports arrive',
      events: ['accepted', 'fill', 'partialFill', 'fill'],
      want: ['submitted', 'pending', 'filled', '(stale partialFill)', '(duplicate fill)'],
    },
    {
      name: 'partial fills each enter partiallyFilled again, then filled',
      events: ['accepted', 'working', 'partialFill', 'partialFill', 'fill'],
      want: ['submitted', 'pending', 'open', 'partiallyFilled', 'partiallyFilled', 'filled'],
    },
    {
      name: 'request error rejects',
      events: ['requestFailed'],
      want: ['submitted', 'rejected'],
    },
    {
      name: 'an inconclusive answer makes the order unknown; a NEW then passes through pending',
      events: ['outcomeUnknown', 'working', 'fill'],
      want: ['submitted', 'unknown', 'pending', 'open', 'filled'],
    },
    {
      name: 'an unknown order found filled passes through pending; a late NEW is stale',
      events: ['outcomeUnknown', 'fill', 'working'],
      want: ['submitted', 'unknown', 'pending', 'filled', '(stale working)'],
    },
    {
      name: 'outcomeUnknown after the order is known is stale (unknown ranks below open)',
      events: ['accepted', 'working', 'outcomeUnknown'],
      want: ['submitted', 'pending', 'open', '(stale outcomeUnknown)'],
    },
    {
      name: 'an unknown order found rejected by the engine',
      events: ['outcomeUnknown', 'reject'],
      want: ['submitted', 'unknown', 'pending', 'rejected'],
    },
    {
      name: 'IOC leftovers expire after a partial fill',
      events: ['accepted', 'partialFill', 'expire'],
      want: ['submitted', 'pending', 'partiallyFilled', 'expired'],
    },
  ];
  it.each(scenarios)('$name', ({ events, want }) => expect(run(events)).toEqual(want));

  it.each<[OrderStageName, OrderStageEvent, string]>([
    ['canceled', 'fill', "'canceled' is terminal"],
    ['filled', 'cancel', "'filled' is terminal"],
    ['rejected', 'fill', "'rejected' is terminal"],
    ['partiallyFilled', 'reject', "'reject' does not apply to 'partiallyFilled'"],
    ['submitted', 'requestFailed', ''],
    ['unknown', 'accepted', "'accepted' does not apply to 'unknown'"],
    ['unknown', 'requestFailed', "'requestFailed' does not apply to 'unknown'"],
  ])('reports %s --%s--> as illegal', (from, event, reason) => {
    const step = reduceStage(table, from, event);
    if (reason === '') expect(step.kind).toBe('entered');
    else expect(step).toEqual({ kind: 'illegal', from, reason });
  });
});
