/**
 * General methods (`rest-api.md`, "General endpoints"): `ping`, `time` and `exchangeInfo` with
 * its `symbol` / `symbols` / `permissions` / `showPermissionSets` / `symbolStatus` parameters.
 */
import { symbolInfo, type SymbolRules } from '../../engine/symbol-rules';
import type { ApiDeps } from '../deps';
import { ApiError, errors } from '../errors';
import type { ApiMethod } from '../method';
import type { Params } from '../params';
import { STATUS_OF_SIMULATED, symbolStatus } from './symbol-selection';

/** Shown when `permissions` is not sent (`rest-api.md`, "Exchange information"). */
const DEFAULT_PERMISSIONS = ['SPOT', 'MARGIN', 'LEVERAGED'];
const PERMISSION = /^(SPOT|MARGIN|LEVERAGED|TRD_GRP_\d{3})$/;

const badCombination = () => new ApiError(-1128, 'Combination of optional parameters invalid.');

export function generalMethods(deps: ApiDeps): ApiMethod[] {
  return [
    {
      wsApi: 'ping',
      rest: { method: 'GET', path: '/api/v3/ping' },
      security: 'NONE',
      weight: 1,
      handle: () => ({}),
    },
    {
      wsApi: 'time',
      rest: { method: 'GET', path: '/api/v3/time' },
      security: 'NONE',
      weight: 1,
      handle: (_params, ctx) => ({ serverTime: ctx.now }),
    },
    {
      wsApi: 'exchangeInfo',
      rest: { method: 'GET', path: '/api/v3/exchangeInfo' },
      security: 'NONE',
      weight: 20,
      handle: (params, ctx) => {
        const rules = selectSymbols(deps, params);
        const showPermissionSets = params.boolean('showPermissionSets') ?? true;
        const symbols = rules.map((r) => {
          const info = symbolInfo(r);
          return showPermissionSets ? info : { ...info, permissionSets: [] };
        });
        const sors = sorsFor(deps.engine.allSymbols(), rules);
        return {
          timezone: 'UTC',
          serverTime: ctx.now,
          rateLimits: deps.limits.definitions(),
          exchangeFilters: [],
          symbols,
          // "Optional field. Present only when SOR is available" for the symbols answered.
          ...(sors.length > 0 ? { sors } : {}),
        };
      },
    },
  ];
}

/** The symbols exchangeInfo lists: named ones (-1121 when unknown), or all filtered. */
function selectSymbols(deps: ApiDeps, params: Params): SymbolRules[] {
  const single = params.string('symbol');
  const listed = params.list('symbols');
  const permissions = permissionsOf(params);
  const status = symbolStatus(params);
  const named = single !== undefined ? [single] : listed;
  const given = [single, listed, permissions].filter((p) => p !== undefined).length;
  if (given > 1 || (named !== undefined && status !== undefined)) throw badCombination();
  if (named !== undefined) return named.map((s) => deps.engine.symbol(s));
  if (status !== undefined && status !== STATUS_OF_SIMULATED) return [];
  const wanted = new Set(permissions ?? DEFAULT_PERMISSIONS);
  return deps.engine
    .allSymbols()
    .filter((r) => symbolInfo(r).permissionSets.some((set) => set.some((p) => wanted.has(p))));
}

/** `permissions`: one name (`SPOT`) or a JSON list (`["MARGIN","LEVERAGED"]`). */
function permissionsOf(params: Params): string[] | undefined {
  const raw = params.raw['permissions'];
  if (raw === undefined || raw === '') return undefined;
  const names =
    Array.isArray(raw) || String(raw).startsWith('[')
      ? (params.list('permissions') ?? [])
      : [String(raw)];
  if (names.length === 0 || !names.every((n) => PERMISSION.test(n))) {
    throw errors.invalidParam('permissions');
  }
  return names;
}

/** SOR works on every symbol here: one group per base asset. */
/**
 * The SOR groups of the symbols answered. SOR routes an order across the symbols of one base
 * asset, so here it is available for a base asset with two or more symbols (BTCUSDT and BTCUSDC).
 */
function sorsFor(all: readonly SymbolRules[], answered: readonly SymbolRules[]) {
  const asked = new Set(answered.map((r) => r.symbol));
  return sorGroups(all).filter(
    (g) => g.symbols.length > 1 && g.symbols.some((symbol) => asked.has(symbol)),
  );
}

function sorGroups(rules: readonly SymbolRules[]) {
  const groups = new Map<string, string[]>();
  for (const r of rules) groups.set(r.baseAsset, [...(groups.get(r.baseAsset) ?? []), r.symbol]);
  return [...groups].map(([baseAsset, symbols]) => ({ baseAsset, symbols }));
}
