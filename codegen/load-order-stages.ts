/**
 * Loading spec/order-stages.yaml (optional): checked against order-stages.schema.json, then every
 * name it uses must be a declared stage or event, terminal stages lead nowhere, and each stage
 * answers each event at most once.
 */
import type { Ajv } from 'ajv';
import type { SpecFiles } from './load-spec';
import { at, parseChecked } from './spec-files';
import type { SpecProblem } from './spec-errors';
import type { OrderStagesSpec } from './spec-types';

export const ORDER_STAGES_FILE = 'spec/order-stages.yaml';

export function loadOrderStages(
  files: SpecFiles,
  ajv: Ajv,
  problems: SpecProblem[],
): { file: string; spec: OrderStagesSpec } | undefined {
  if (!files.has(ORDER_STAGES_FILE)) return undefined;
  const check = ajv.getSchema('https://binance-rx.dev/spec/order-stages.schema.json')!;
  const spec = parseChecked(files, ORDER_STAGES_FILE, check, problems) as
    OrderStagesSpec | undefined;
  if (!spec) return undefined;
  const before = problems.length;
  const problem = (path: string, message: string) =>
    problems.push(at(ORDER_STAGES_FILE, path, message));
  const stage = (path: string, name: string) => {
    if (!(name in spec.stages)) problem(path, `'${name}' is not a stage`);
  };
  const event = (path: string, name: string) => {
    if (!(name in spec.events)) problem(path, `'${name}' is not an event`);
  };
  for (const [status, name] of Object.entries(spec.statusEvents))
    event(`statusEvents.${status}`, name);
  const seen = new Set<string>();
  spec.transitions.forEach((t, i) => {
    event(`transitions.${i}.on`, t.on);
    stage(`transitions.${i}.to`, t.to);
    t.from.forEach((from, j) => {
      stage(`transitions.${i}.from.${j}`, from);
      if (spec.stages[from]?.terminal) {
        problem(`transitions.${i}.from.${j}`, `'${from}' is terminal: nothing moves it on`);
      }
      const key = `${from} ${t.on}`;
      if (seen.has(key)) problem(`transitions.${i}`, `'${from}' already answers '${t.on}'`);
      seen.add(key);
    });
  });
  (spec.through ?? []).forEach((t, i) => {
    stage(`through.${i}.from`, t.from);
    stage(`through.${i}.stage`, t.stage);
    t.on.forEach((name, j) => event(`through.${i}.on.${j}`, name));
  });
  return problems.length === before ? { file: ORDER_STAGES_FILE, spec } : undefined;
}
