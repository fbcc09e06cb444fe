/** The simulated market of a symbol parameter, or -1121 "Invalid symbol." */
import type { SymbolMarket } from '../../market/symbol-market';
import type { ApiDeps } from '../deps';
import { errors } from '../errors';

export function marketOf(deps: ApiDeps, symbol: string): SymbolMarket {
  const m = deps.market.get(symbol.toLowerCase());
  if (m === undefined || m.symbol !== symbol) throw errors.badSymbol();
  return m;
}
