import { StructureKind, VariableDeclarationKind, type StatementStructures } from './print';
import type { GeneratorContext } from '../context';
import { paramTypeName, streamParamName } from '../names';
import type { ParamSpec } from '../spec-types';
import { runtimeImport } from './paths';

/** The union type of an enum parameter's values: `"1m" | "1h"`. */
export const enumType = (param: ParamSpec): string =>
  (param.enum ?? []).map((v) => JSON.stringify(v)).join(' | ');

/** A parameter's rules as the runtime reads them (`StreamParam`): all but its description. */
export const streamParamLiteral = ({ description: _description, ...rules }: ParamSpec): string =>
  JSON.stringify(rules);

/** generated/params.ts: every stream parameter as data, and a union type for each enum. */
export function paramsModule(ctx: GeneratorContext): StatementStructures[] {
  const entries = Object.entries(ctx.spec.params).sort(([a], [b]) => (a < b ? -1 : 1));
  const statements: StatementStructures[] = [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: runtimeImport(ctx, ctx.outDir),
      isTypeOnly: true,
      namedImports: ['StreamParam'],
    },
  ];
  for (const [name, param] of entries) {
    if (!param.enum) continue;
    statements.push({
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: paramTypeName(name),
      type: enumType(param),
      docs: [param.description],
    });
  }
  // One constant per parameter: channel descriptors refer to it by name, not as a property of
  // `streamParams`, so that a bundler can drop the descriptors a program does not use.
  for (const [name, param] of entries) {
    statements.push({
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [param.description],
      declarations: [
        {
          name: streamParamName(name),
          type: 'StreamParam',
          initializer: streamParamLiteral(param),
        },
      ],
    });
  }
  const data = entries.map(([name]) => `${name}: ${streamParamName(name)}`);
  statements.push({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [
      'Stream-name template parameters: the rules the runtime checks before anything is sent.',
    ],
    declarations: [
      {
        name: 'streamParams',
        type: `{ readonly ${entries.map(([name]) => `${name}: StreamParam`).join('; readonly ')} }`,
        initializer: `{ ${data.join(', ')} }`,
      },
    ],
  });
  return statements;
}
