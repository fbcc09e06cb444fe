import { StructureKind, VariableDeclarationKind, type StatementStructures } from './print';
import type { ApiRateLimitSpec, LimitsSpec, SapiRateLimitSpec } from '../spec-types';

/**
 * generated/limits.ts: `marketStreamLimits`, Binance's limits on market-stream connections as
 * data, and (when the spec has them) `apiRateLimits`, the REST / WebSocket API rate limits in
 * `exchangeInfo.rateLimits` shape, and `sapiRateLimits`, the per-endpoint SAPI budgets by weight
 * type; each value documented with its description.
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
  if (api !== undefined) statements.push(rulesConstant('apiRateLimits', api, ruleEntry));
  const sapi = spec.sapiRateLimits;
  if (sapi !== undefined) statements.push(rulesConstant('sapiRateLimits', sapi, sapiRuleEntry));
  return statements;
}

/** `export const <name> = [ … ] as const`, documented with the list's description and source. */
function rulesConstant<R>(
  name: string,
  list: { readonly docs: string; readonly description: string; readonly rules: readonly R[] },
  entry: (rule: R) => string,
): StatementStructures {
  return {
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`${list.description}\n\nSource: ${list.docs}.`],
    declarations: [{ name, initializer: `[\n${list.rules.map(entry).join('\n')}\n] as const` }],
  };
}

function sapiRuleEntry(rule: SapiRateLimitSpec): string {
  const { weightType, interval, intervalNum, limit } = rule;
  const data = `weightType: '${weightType}', interval: '${interval}', intervalNum: ${intervalNum}, limit: ${limit}`;
  return `  /** ${rule.description} */\n  { ${data} },`;
}

function ruleEntry(rule: ApiRateLimitSpec): string {
  const { rateLimitType, interval, intervalNum, limit } = rule;
  const data = `rateLimitType: '${rateLimitType}', interval: '${interval}', intervalNum: ${intervalNum}, limit: ${limit}`;
  return `  /** ${rule.description} */\n  { ${data} },`;
}
