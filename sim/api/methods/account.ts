/** Placeholder: filled in by the account methods work. */
import type { ApiDeps } from '../deps';
import type { ApiMethod } from '../method';

export function accountMethods(_deps: ApiDeps): ApiMethod[] {
  return [];
}
