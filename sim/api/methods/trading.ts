/** Placeholder: filled in by the trading methods work. */
import type { ApiDeps } from '../deps';
import type { ApiMethod } from '../method';

export function tradingMethods(_deps: ApiDeps): ApiMethod[] {
  return [];
}
