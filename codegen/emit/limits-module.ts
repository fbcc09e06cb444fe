import { StructureKind, VariableDeclarationKind, type StatementStructures } from './print';
import type { ApiRateLimitSpec, LimitsSpec } from '../spec-types';

/**
 * generated/limits.ts: `marketStreamLimits`, Binance's limits on market-stream connections as
 * data, and (when the spec has them) `apiRateLimits`, the REST / WebSocket API rate limits in
 * `exchangeInfo.rateLimits` shape; each value documented with its description.
 */
export function limitsModule(spec: LimitsSpec): StatementStructures[] {
  const entries = Object.entries(spec.marketStreams).map(
    ([name, limit]) => `  /** ${limit.description} */\n  ${name}: ${limit.value},`,
  );
  const statements: StatementStructures[] = [
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
  const api = spec.apiRateLimits;
  if (api !== undefined) {
    statements.push({
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`${api.description}\n\nSource: ${api.docs}.`],
      declarations: [
        {
          name: 'apiRateLimits',
          initializer: `[\n${api.rules.map(ruleEntry).join('\n')}\n] as const`,
        },
      ],
    });
  }
  return statements;
}

function ruleEntry(rule: ApiRateLimitSpec): string {
  const { rateLimitType, interval, intervalNum, limit } = rule;
  const data = `rateLimitType: '${rateLimitType}', interval: '${interval}', intervalNum: ${intervalNum}, limit: ${limit}`;
  return `  /** ${rule.description} */\n  { ${data} },`;
}
