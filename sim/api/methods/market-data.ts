/** Placeholder: filled in by the market-data methods work. */
import type { ApiDeps } from '../deps';
import type { ApiMethod } from '../method';

export function marketDataMethods(_deps: ApiDeps): ApiMethod[] {
  return [];
}
