/**
 * spec/order-stages.yaml through the generator: the rules the runtime relies on are refused as
 * spec errors (file, key path, rule), and the emitter turns a given spec fragment into the wanted
 * table (`given` / `want`). The fixture's emitted file is also part of the golden run.
 */
import { describe, expect, it } from 'vitest';
import type { GeneratorContext } from '../../codegen/context';
import { orderStagesModule } from '../../codegen/emit/order-stages-module';
import { loadSpec } from '../../codegen/load-spec';
import { SpecError } from '../../codegen/spec-errors';
import type { OrderStagesSpec } from '../../codegen/spec-types';
import { fixtureFiles } from './fixture';

const FILE = 'spec/order-stages.yaml';
type Edit = (text: string) => string;
const replace =
  (from: string, to: string): Edit =>
  (text) => {
    if (!text.includes(from)) throw new Error(`test setup: '${from}' not in ${FILE}`);
    return text.replace(from, to);
  };
const append =
  (line: string): Edit =>
  (text) =>
    `${text}${line}\n`;

async function problems(edit: Edit): Promise<string[]> {
  const files = await fixtureFiles();
  files.set(FILE, edit(files.get(FILE)!));
  try {
    loadSpec(files);
  } catch (error) {
    expect(error).toBeInstanceOf(SpecError);
    return (error as SpecError).message.split('\n');
  }
  return [];
}

const TRANSITIONS = '  - { from: [resting], on: traded, to: done }';

/** given: an edit that breaks the fixture's order stages; want: every message the loader prints. */
const cases: { name: string; edit: Edit; want: string[] }[] = [
  {
    name: 'a stage no transition leads to',
    edit: replace('  refused: {', '  lost: { rank: 3, description: Never entered. }\n  refused: {'),
    want: [`${FILE}: stages.lost: unreachable: no transition leads to it from 'placed'`],
  },
  {
    name: 'a transition out of a terminal stage',
    edit: replace(TRANSITIONS, `${TRANSITIONS}\n  - { from: [done], on: answered, to: resting }`),
    want: [`${FILE}: transitions.4.from.0: 'done' is terminal: nothing moves it on`],
  },
  {
    name: 'a through step out of a terminal stage',
    edit: append('  - { from: refused, on: [traded], stage: resting }'),
    want: [`${FILE}: through.1.from: 'refused' is terminal: nothing moves it on`],
  },
  {
    name: 'a transition that lowers the rank',
    edit: replace(TRANSITIONS, `${TRANSITIONS}\n  - { from: [resting], on: unsure, to: doubtful }`),
    want: [
      `${FILE}: transitions.4.from.0: 'resting' (rank 2) -> 'doubtful' (rank 1) lowers the rank`,
    ],
  },
  {
    name: 'a terminal stage that does not rank highest',
    edit: replace('refused: { rank: 9,', 'refused: { rank: 2,'),
    want: [`${FILE}: stages.refused.rank: terminal stage ranks 2; must rank above 2`],
  },
  {
    name: 'a through stage ranked below the stage it leaves',
    edit: replace('doubtful: { rank: 1,', 'doubtful: { rank: 3,'),
    want: [`${FILE}: through.0.stage: 'resting' (rank 2) must rank above 'doubtful' (rank 3)`],
  },
  {
    name: 'an initial stage that is not declared',
    edit: replace('initial: placed', 'initial: sent'),
    want: [`${FILE}: initial: 'sent' is not a stage`],
  },
  {
    name: 'an initial stage that is terminal',
    edit: replace('initial: placed', 'initial: done'),
    want: [`${FILE}: initial: 'done' is terminal: an order could never move`],
  },
  {
    name: 'a stage without a rank',
    edit: replace('resting: { rank: 2, description', 'resting: { description'),
    want: [`${FILE}: stages.resting: missing required key 'rank'`],
  },
  {
    name: 'an execution type raising an event that is not declared',
    edit: replace('transitions:\n', 'executionTypeEvents:\n  REPLACED: amend\ntransitions:\n'),
    want: [`${FILE}: executionTypeEvents.REPLACED: 'amend' is not an event`],
  },
  {
    name: 'no initial stage (YAML order is not a rule)',
    edit: replace('initial: placed\n', ''),
    want: [`${FILE}: missing required key 'initial'`],
  },
  {
    name: 'an event that is not declared, a stage that is not declared',
    edit: replace(TRANSITIONS, '  - { from: [resting], on: trade, to: finished }'),
    want: [
      `${FILE}: transitions.3.on: 'trade' is not an event`,
      `${FILE}: transitions.3.to: 'finished' is not a stage`,
    ],
  },
  {
    name: 'a stage that answers an event twice',
    edit: replace(TRANSITIONS, `${TRANSITIONS}\n  - { from: [resting], on: traded, to: refused }`),
    want: [`${FILE}: transitions.4: 'resting' already answers 'traded'`],
  },
];

describe('spec/order-stages.yaml: rules refused as spec errors', () => {
  it.each(cases)('$name', async ({ edit, want }) => {
    expect(await problems(edit)).toEqual(want);
  });

  it('accepts the fixture, whose YAML order is not its rank order', async () => {
    expect(await problems((text) => text)).toEqual([]);
  });
});

describe('order-stages emitter (given spec → want table)', () => {
  const given: OrderStagesSpec = {
    description: 'A two-step order for the emitter test.',
    initial: 'sent',
    stages: {
      over: { rank: 5, description: 'Ended.', terminal: true },
      sent: { rank: 0, description: 'Sent.' },
      working: { rank: 1, description: 'Working.', repeatable: true },
    },
    events: { ok: { description: 'Answered.' }, end: { description: 'Status END.' } },
    statusEvents: { END: 'end' },
    executionTypeEvents: { EXPIRED: 'end' },
    transitions: [
      { from: ['sent'], on: 'ok', to: 'working' },
      { from: ['working'], on: 'end', to: 'over' },
    ],
    through: [{ from: 'sent', on: ['end'], stage: 'working' }],
  };

  it('emits the initial stage from `initial` and each stage with its rank', async () => {
    const ctx: GeneratorContext = { spec: loadSpec(await fixtureFiles()), outDir: 'generated' };
    const statements = orderStagesModule(ctx, given);
    const table = statements.find(
      (s) => 'declarations' in s && s.declarations[0]?.name === 'orderStageTable',
    ) as unknown as { declarations: { initializer: string }[] };
    expect(JSON.parse(table.declarations[0]!.initializer)).toEqual({
      initial: 'sent',
      stages: {
        over: { rank: 5, terminal: true, repeatable: false },
        sent: { rank: 0, terminal: false, repeatable: false },
        working: { rank: 1, terminal: false, repeatable: true },
      },
      statusEvents: { END: 'end' },
      executionTypeEvents: { EXPIRED: 'end' },
      transitions: { over: {}, sent: { ok: 'working' }, working: { end: 'over' } },
      through: { sent: { end: 'working' } },
    });
  });
});
