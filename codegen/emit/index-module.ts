import { StructureKind, type StatementStructures } from 'ts-morph';
import type { GeneratorContext } from '../context';
import { channelNames } from '../names';

/** generated/index.ts: re-exports every channel module and the parameters. */
export function indexModule(ctx: GeneratorContext): StatementStructures[] {
  return [
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './params' },
    ...ctx.spec.channels.map(({ spec }): StatementStructures => ({
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: `./channels/${channelNames(spec.channel).file}`,
    })),
  ];
}

/** generated/schemas/index.ts: every payload schema by channel name, for users' own validation. */
export function schemasIndexModule(ctx: GeneratorContext): (StatementStructures | string)[] {
  const channels = ctx.spec.channels.map(({ spec }) => channelNames(spec.channel));
  return [
    ...channels.map((n): StatementStructures | string => ({
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: `./channels/${n.file}.json`,
      defaultImport: n.schema,
    })),
    { kind: StructureKind.ExportDeclaration, namedExports: channels.map((n) => n.schema) },
    `/** Every channel's payload JSON Schema (draft-07), keyed by channel name. */\nexport const channelSchemas = { ${ctx.spec.channels
      .map(({ spec }) => `${spec.channel}: ${channelNames(spec.channel).schema}`)
      .join(', ')} } as const;`,
  ];
}
