import { StructureKind, type StatementStructures } from './print';
import type { GeneratorContext } from '../context';
import { channelNames, kebab, operationNames, userDataNames } from '../names';
import { runtimeImport } from './paths';
import { stageTables } from '../stage-tables';
import { FIELD_GROUPS_MODULE } from './field-groups-module';

/** generated/index.ts: re-exports every channel module and the parameters. */
export function indexModule(ctx: GeneratorContext): StatementStructures[] {
  return [
    { kind: StructureKind.ExportDeclaration, moduleSpecifier: './params' },
    ...stageTables(ctx.spec).map(
      ([, names]) =>
        ({ kind: StructureKind.ExportDeclaration, moduleSpecifier: `./${names.module}` }) as const,
    ),
    ...(ctx.spec.limits
      ? [{ kind: StructureKind.ExportDeclaration, moduleSpecifier: './limits' } as const]
      : []),
    ...(ctx.spec.product
      ? [{ kind: StructureKind.ExportDeclaration, moduleSpecifier: './product' } as const]
      : []),
    ...(Object.keys(ctx.spec.fieldGroups).length > 0
      ? [
          {
            kind: StructureKind.ExportDeclaration,
            moduleSpecifier: `./${FIELD_GROUPS_MODULE}`,
          } as const,
        ]
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
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: runtimeImport(ctx, `${ctx.outDir}/schemas`),
      namedImports: ['JsonSchema'],
      isTypeOnly: true,
    },
    ...imports.map((i): StatementStructures | string => ({
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: i.path,
      defaultImport: i.name,
    })),
    { kind: StructureKind.ExportDeclaration, namedExports: imports.map((i) => i.name) },
    schemaMap(
      'channelSchemas',
      "Every channel's payload JSON Schema (draft-07), keyed by channel name.",
      ctx.spec.channels.map(({ spec }) => [spec.channel, channelNames(spec.channel).schema]),
    ),
    schemaMap(
      'operationSchemas',
      "Every operation's response JSON Schema (draft-07), keyed by operation name.",
      ctx.spec.operations.map(({ spec }) => [spec.operation, operationNames(spec).schema]),
    ),
    schemaMap(
      'userDataSchemas',
      "Every user data event's JSON Schema (draft-07), keyed by event name.",
      ctx.spec.userDataEvents.map(({ spec }) => [spec.event, userDataNames(spec.event).schema]),
    ),
  ];
}

/**
 * `export const <name>: { readonly <key>: JsonSchema; … } = { <key>: <schema>, … };`. Declared
 * with `JsonSchema` values: inferred from the JSON, each schema's literal type would be written
 * out in the package's declarations (a third of them), to no use.
 */
function schemaMap(
  name: string,
  doc: string,
  entries: readonly (readonly [string, string])[],
): string {
  const type = entries.map(([key]) => `readonly ${key}: JsonSchema`).join('; ');
  const value = entries.map(([key, schema]) => `${key}: ${schema}`).join(', ');
  return `/** ${doc} */\nexport const ${name}: { ${type} } = { ${value} };`;
}
