import { StructureKind, VariableDeclarationKind, type StatementStructures } from './print';
import type { LimitsSpec } from '../spec-types';

/**
 * generated/limits.ts: `marketStreamLimits`, Binance's limits on market-stream connections as
 * data, each value documented with its description.
 */
export function limitsModule(spec: LimitsSpec): StatementStructures[] {
  const entries = Object.entries(spec.marketStreams).map(
    ([name, limit]) => `  /** ${limit.description} */\n  ${name}: ${limit.value},`,
  );
  return [
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`${spec.description}\n\nSource: ${spec.docs}.`],
      declarations: [
        { name: 'marketStreamLimits', initializer: `{\n${entries.join('\n')}\n} as const` },
      ],
    },
  ];
}
