import { StructureKind, type StatementStructures } from './print';
import type { GeneratorContext } from '../context';
import { channelNames, kebab, operationNames, userDataNames } from '../names';

/** generated/index.ts: re-exports every channel module and the parameters. */
export function indexModule(ctx: GeneratorContext): StatementStructures[] {
  return [
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './params' },
    ...(ctx.spec.orderStages
      ? [{ kind: StructureKind.ExportDeclaration, moduleSpecifier: './order-stages' } as const]
      : []),
    ...(ctx.spec.limits
      ? [{ kind: StructureKind.ExportDeclaration, moduleSpecifier: './limits' } as const]
      : []),
    ...(ctx.spec.product
      ? [{ kind: StructureKind.ExportDeclaration, moduleSpecifier: './product' } as const]
      : []),
    ...ctx.spec.channels.map(({ spec }): StatementStructures => ({
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: `./channels/${channelNames(spec.channel).file}`,
    })),
    ...ctx.spec.operations.map(({ spec }): StatementStructures => ({
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: `./operations/${operationNames(spec).file}`,
    })),
    ...ctx.spec.userDataEvents.map(({ spec }): StatementStructures => ({
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: `./user-data/${userDataNames(spec.event).file}`,
    })),
    ...ctx.spec.ccxtMappings.map(({ spec }): StatementStructures => ({
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: `./ccxt/${kebab(spec.structure)}`,
    })),
  ];
}

/**
 * generated/schemas/index.ts: every payload schema by channel name and every response schema by
 * operation name, for users' own validation.
 */
export function schemasIndexModule(ctx: GeneratorContext): (StatementStructures | string)[] {
  const channels = ctx.spec.channels.map(({ spec }) => channelNames(spec.channel));
  const operations = ctx.spec.operations.map(({ spec }) => operationNames(spec));
  const userData = ctx.spec.userDataEvents.map(({ spec }) => userDataNames(spec.event));
  const imports = [
    ...channels.map((n) => ({ path: `./channels/${n.file}.json`, name: n.schema })),
    ...operations.map((n) => ({ path: `./operations/${n.file}.json`, name: n.schema })),
    ...userData.map((n) => ({ path: `./user-data/${n.file}.json`, name: n.schema })),
  ];
  return [
    ...imports.map((i): StatementStructures | string => ({
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: i.path,
      defaultImport: i.name,
    })),
    { kind: StructureKind.ExportDeclaration, namedExports: imports.map((i) => i.name) },
    `/** Every channel's payload JSON Schema (draft-07), keyed by channel name. */\nexport const channelSchemas = { ${ctx.spec.channels
      .map(({ spec }) => `${spec.channel}: ${channelNames(spec.channel).schema}`)
      .join(', ')} } as const;`,
    `/** Every operation's response JSON Schema (draft-07), keyed by operation name. */\nexport const operationSchemas = { ${ctx.spec.operations
      .map(({ spec }) => `${spec.operation}: ${operationNames(spec).schema}`)
      .join(', ')} } as const;`,
    `/** Every user data event's JSON Schema (draft-07), keyed by event name. */\nexport const userDataSchemas = { ${ctx.spec.userDataEvents
      .map(({ spec }) => `${spec.event}: ${userDataNames(spec.event).schema}`)
      .join(', ')} } as const;`,
  ];
}
