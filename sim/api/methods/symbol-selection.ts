/**
 * The `symbol` / `symbols` / `symbolStatus` parameters of the market data methods: one symbol
 * (answered with an object), a list (an array), or all symbols; `symbolStatus` gives -1220 for
 * a single symbol in another status and leaves non-matching ones out of lists.
 */
import type { SymbolMarket } from '../../market/symbol-market';
import type { ApiDeps } from '../deps';
import { ApiError, errors } from '../errors';
import type { Params } from '../params';
import { marketOf } from './market-of';

export const SYMBOL_STATUSES = ['TRADING', 'HALT', 'BREAK'] as const;

/** Every simulated symbol trades all the time. */
export const STATUS_OF_SIMULATED = 'TRADING';

export interface Selection {
  /** Whether `symbol` was sent (answer with one object rather than an array). */
  readonly single: boolean;
  readonly markets: readonly SymbolMarket[];
}

export interface SelectionRules {
  /** `symbol` or `symbols` must be sent (-1102 otherwise). */
  readonly required?: boolean;
  /** Most symbols `symbols` may list. */
  readonly max?: number;
}

export const symbolStatus = (params: Params) =>
  params.oneOf(
    'symbolStatus',
    SYMBOL_STATUSES,
    false,
    () => new ApiError(-1122, 'Invalid symbolStatus.'),
  );

export const statusMismatch = () =>
  new ApiError(-1220, "The symbol's status does not match the requested symbolStatus.");

/** The symbols a request names, checked (-1121 unknown, -1151 repeated, -1102 when required). */
export function selectMarkets(
  deps: ApiDeps,
  params: Params,
  rules: SelectionRules = {},
): Selection {
  const single = params.string('symbol');
  const listed = params.list('symbols');
  const status = symbolStatus(params);
  if (single !== undefined && listed !== undefined) {
    throw new ApiError(-1128, 'Combination of optional parameters invalid.');
  }
  if (single !== undefined) {
    const market = marketOf(deps, single);
    if (status !== undefined && status !== STATUS_OF_SIMULATED) throw statusMismatch();
    return { single: true, markets: [market] };
  }
  if (listed === undefined && rules.required) throw errors.eitherMandatory('symbol', 'symbols');
  if (listed !== undefined) {
    if (listed.length === 0) throw errors.invalidParam('symbols');
    if (rules.max !== undefined && listed.length > rules.max) throw errors.invalidParam('symbols');
    if (new Set(listed).size !== listed.length) {
      throw new ApiError(-1151, 'Symbol is present multiple times in the list.');
    }
  }
  const markets = listed?.map((s) => marketOf(deps, s)) ?? [...deps.market.all()];
  const matching = status === undefined || status === STATUS_OF_SIMULATED;
  return { single: false, markets: matching ? markets : [] };
}

/** The number of symbols a request asks for, for weights (`all` when it names none). */
export function requestedCount(params: Params, all: number): number {
  if (params.has('symbol')) return 1;
  const value = params.raw['symbols'];
  if (value === undefined || value === '') return all;
  if (Array.isArray(value)) return value.length;
  try {
    const parsed: unknown = JSON.parse(String(value));
    return Array.isArray(parsed) ? parsed.length : 1;
  } catch {
    return 1;
  }
}
