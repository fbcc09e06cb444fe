/**
 * Loading spec/order-stages.yaml or spec/algo-order-stages.yaml (both optional): checked against order-stages.schema.json, then the
 * rules the runtime relies on, each a spec error with its key path:
 * - every name used is a declared stage or event, and `initial` is a stage that is not terminal;
 * - nothing leaves a terminal stage (no transition, no `through`);
 * - each stage answers each event at most once;
 * - ranks: terminal stages rank above every other stage, and no transition (nor a `through`
 *   stage) leads to a lower rank than the stage it leaves (the reducer drops a report leading
 *   to a lower rank as stale, so such a transition could never be taken);
 * - every stage is reachable from `initial`.
 */
import type { Ajv } from 'ajv';
import type { SpecFiles } from './load-spec';
import { at, parseChecked } from './spec-files';
import type { SpecProblem } from './spec-errors';
import type { OrderStagesSpec } from './spec-types';

export const ORDER_STAGES_FILE = 'spec/order-stages.yaml';
/** The stages of an algo (conditional) order (USDⓈ-M's `spec/usdm/algo-order-stages.yaml`). */
export const ALGO_ORDER_STAGES_FILE = 'spec/algo-order-stages.yaml';

/** The names a stage table's module exports (generated/<module>.ts). */
export interface StageTableNames {
  readonly module: string;
  readonly stage: string;
  readonly event: string;
  readonly table: string;
}

export const ORDER_STAGE_NAMES: StageTableNames = {
  module: 'order-stages',
  stage: 'OrderStageName',
  event: 'OrderStageEvent',
  table: 'orderStageTable',
};
export const ALGO_ORDER_STAGE_NAMES: StageTableNames = {
  module: 'algo-order-stages',
  stage: 'AlgoOrderStageName',
  event: 'AlgoOrderStageEvent',
  table: 'algoOrderStageTable',
};

type Problem = (path: string, message: string) => void;

export function loadOrderStages(
  files: SpecFiles,
  ajv: Ajv,
  problems: SpecProblem[],
  file = ORDER_STAGES_FILE,
): { file: string; spec: OrderStagesSpec } | undefined {
  if (!files.has(file)) return undefined;
  const check = ajv.getSchema('https://binance-rx.dev/spec/order-stages.schema.json')!;
  const spec = parseChecked(files, file, check, problems) as OrderStagesSpec | undefined;
  if (!spec) return undefined;
  const before = problems.length;
  const problem: Problem = (path, message) => problems.push(at(file, path, message));
  checkNames(spec, problem);
  if (problems.length === before) checkRanks(spec, problem);
  if (problems.length === before) checkReachable(spec, problem);
  return problems.length === before ? { file, spec } : undefined;
}

const has = (record: object, key: string) => Object.hasOwn(record, key);

/** Names, terminal stages and duplicate answers. */
function checkNames(spec: OrderStagesSpec, problem: Problem): void {
  const stage = (path: string, name: string) => {
    if (!has(spec.stages, name)) problem(path, `'${name}' is not a stage`);
  };
  const event = (path: string, name: string) => {
    if (!has(spec.events, name)) problem(path, `'${name}' is not an event`);
  };
  const leaves = (path: string, from: string) => {
    if (has(spec.stages, from) && spec.stages[from]!.terminal) {
      problem(path, `'${from}' is terminal: nothing moves it on`);
    }
  };
  stage('initial', spec.initial);
  if (has(spec.stages, spec.initial) && spec.stages[spec.initial]!.terminal) {
    problem('initial', `'${spec.initial}' is terminal: an order could never move`);
  }
  for (const [status, name] of Object.entries(spec.statusEvents))
    event(`statusEvents.${status}`, name);
  for (const [type, name] of Object.entries(spec.executionTypeEvents ?? {}))
    event(`executionTypeEvents.${type}`, name);
  const seen = new Set<string>();
  spec.transitions.forEach((t, i) => {
    event(`transitions.${i}.on`, t.on);
    stage(`transitions.${i}.to`, t.to);
    t.from.forEach((from, j) => {
      stage(`transitions.${i}.from.${j}`, from);
      leaves(`transitions.${i}.from.${j}`, from);
      const key = `${from} ${t.on}`;
      if (seen.has(key)) problem(`transitions.${i}`, `'${from}' already answers '${t.on}'`);
      seen.add(key);
    });
  });
  (spec.through ?? []).forEach((t, i) => {
    stage(`through.${i}.from`, t.from);
    leaves(`through.${i}.from`, t.from);
    stage(`through.${i}.stage`, t.stage);
    t.on.forEach((name, j) => event(`through.${i}.on.${j}`, name));
  });
}

/** Terminal stages rank highest; no transition or `through` stage lowers the rank. */
function checkRanks(spec: OrderStagesSpec, problem: Problem): void {
  const rank = (name: string) => spec.stages[name]!.rank;
  const working = Object.entries(spec.stages).filter(([, s]) => s.terminal !== true);
  const top = Math.max(...working.map(([, s]) => s.rank));
  for (const [name, s] of Object.entries(spec.stages)) {
    if (s.terminal === true && s.rank <= top) {
      problem(`stages.${name}.rank`, `terminal stage ranks ${s.rank}; must rank above ${top}`);
    }
  }
  spec.transitions.forEach((t, i) => {
    t.from.forEach((from, j) => {
      if (rank(t.to) < rank(from)) {
        problem(
          `transitions.${i}.from.${j}`,
          `'${from}' (rank ${rank(from)}) -> '${t.to}' (rank ${rank(t.to)}) lowers the rank`,
        );
      }
    });
  });
  (spec.through ?? []).forEach((t, i) => {
    if (rank(t.stage) <= rank(t.from)) {
      problem(
        `through.${i}.stage`,
        `'${t.stage}' (rank ${rank(t.stage)}) must rank above '${t.from}' (rank ${rank(t.from)})`,
      );
    }
  });
}

/** Every stage can be entered from `initial` (through transitions and `through` stages). */
function checkReachable(spec: OrderStagesSpec, problem: Problem): void {
  const next = new Map<string, Set<string>>();
  const link = (from: string, to: string) => {
    if (!next.has(from)) next.set(from, new Set());
    next.get(from)!.add(to);
  };
  for (const t of spec.transitions) for (const from of t.from) link(from, t.to);
  for (const t of spec.through ?? []) link(t.from, t.stage);
  const reached = new Set([spec.initial]);
  const queue = [spec.initial];
  while (queue.length > 0) {
    for (const to of next.get(queue.shift()!) ?? []) {
      if (reached.has(to)) continue;
      reached.add(to);
      queue.push(to);
    }
  }
  for (const name of Object.keys(spec.stages)) {
    if (!reached.has(name)) {
      problem(`stages.${name}`, `unreachable: no transition leads to it from '${spec.initial}'`);
    }
  }
}
