/** Placeholder: filled in by the general methods work. */
import type { ApiDeps } from '../deps';
import type { ApiMethod } from '../method';

export function generalMethods(_deps: ApiDeps): ApiMethod[] {
  return [];
}
