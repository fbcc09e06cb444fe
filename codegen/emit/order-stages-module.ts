import { StructureKind, VariableDeclarationKind, type StatementStructures } from './print';
import type { GeneratorContext } from '../context';
import type { OrderStagesSpec } from '../spec-types';
import { runtimeImport } from './paths';
import { importFrom, typeAlias } from './structures';
import { ORDER_STAGE_NAMES, type StageTableNames } from '../load-order-stages';

/**
 * generated/order-stages.ts: stage and event names as types, and the stage table (data, indexed
 * by stage then event, each stage with its rank) that src/orders/stage-reducer.ts applies. The
 * spec was checked by codegen/load-order-stages.ts, so the table is complete and consistent.
 */
export function orderStagesModule(
  ctx: GeneratorContext,
  spec: OrderStagesSpec,
  names: StageTableNames = ORDER_STAGE_NAMES,
): StatementStructures[] {
  const stages = Object.keys(spec.stages);
  const union = (names: string[]) => names.map((n) => JSON.stringify(n)).join(' | ');
  const transitions = Object.fromEntries(stages.map((s) => [s, {} as Record<string, string>]));
  for (const t of spec.transitions) for (const from of t.from) transitions[from]![t.on] = t.to;
  const through: Record<string, Record<string, string>> = {};
  for (const t of spec.through ?? []) {
    for (const on of t.on) (through[t.from] ??= {})[on] = t.stage;
  }
  const table = {
    initial: spec.initial,
    stages: Object.fromEntries(
      Object.entries(spec.stages).map(([name, s]) => [
        name,
        { rank: s.rank, terminal: s.terminal === true, repeatable: s.repeatable === true },
      ]),
    ),
    statusEvents: spec.statusEvents,
    executionTypeEvents: spec.executionTypeEvents ?? {},
    transitions,
    through,
  };
  const docs = (entries: Record<string, { description: string }>) =>
    Object.entries(entries)
      .map(([name, e]) => `- \`${name}\`: ${e.description}`)
      .join('\n');
  return [
    importFrom(runtimeImport(ctx, ctx.outDir), [], ['OrderStageTable']),
    typeAlias(names.stage, union(stages), `${spec.description}\n\n${docs(spec.stages)}`),
    typeAlias(
      names.event,
      union(Object.keys(spec.events)),
      `What moves an order between stages.\n\n${docs(spec.events)}`,
    ),
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [
        'The stage table: the initial stage, each stage with its rank, stage -> event -> next stage, and the order statuses and execution types that raise events.',
      ],
      declarations: [
        {
          name: names.table,
          type: `OrderStageTable<${names.stage}, ${names.event}>`,
          initializer: JSON.stringify(table),
        },
      ],
    },
  ];
}
