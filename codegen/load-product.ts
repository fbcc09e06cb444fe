/**
 * Loading spec/product.yaml (optional): where the product is served, checked against
 * product.schema.json, then the rules the runtime relies on, each a spec error with its key path:
 * - the product needs limits.yaml with `apiRateLimits` (its REST clients are governed by them);
 * - where the product declares `streamRoutes`, every channel names one of them as its `route`
 *   (the connection places a stream on a socket of its route); where it declares none, no
 *   channel has a route.
 */
import type { Ajv } from 'ajv';
import type { SpecFiles } from './load-spec';
import { at, parseChecked } from './spec-files';
import type { SpecProblem } from './spec-errors';
import type { LimitsSpec, LoadedChannel, ProductSpec } from './spec-types';

export const PRODUCT_FILE = 'spec/product.yaml';

export function loadProduct(
  files: SpecFiles,
  ajv: Ajv,
  problems: SpecProblem[],
  spec: { readonly limits?: { readonly file: string; readonly spec: LimitsSpec } },
): { file: string; spec: ProductSpec } | undefined {
  if (!files.has(PRODUCT_FILE)) return undefined;
  const check = ajv.getSchema('https://binance-rx.dev/spec/product.schema.json')!;
  const product = parseChecked(files, PRODUCT_FILE, check, problems) as ProductSpec | undefined;
  if (product === undefined) return undefined;
  if (spec.limits?.spec.apiRateLimits === undefined) {
    problems.push(at(PRODUCT_FILE, '', 'a product needs limits.yaml with apiRateLimits beside it'));
  }
  return { file: PRODUCT_FILE, spec: product };
}

/** Every channel's `route` against the product's `streamRoutes` (none: no channel has one). */
export function routeProblems(
  product: { readonly file: string; readonly spec: ProductSpec } | undefined,
  channels: readonly LoadedChannel[],
): SpecProblem[] {
  if (product === undefined) return [];
  const routes = Object.keys(product.spec.streamRoutes ?? {});
  // Named as rest.path's rule names it: the product, and its file (the shipped one, for a user).
  const name = `product ${product.spec.name}`;
  const problems: SpecProblem[] = [];
  for (const { file, spec } of channels) {
    if (spec.route === undefined && routes.length > 0) {
      problems.push(
        at(
          file,
          'route',
          `required: ${name} serves streams on routes ${routes.join(', ')} (${product.file} streamRoutes)`,
        ),
      );
    } else if (spec.route !== undefined && !routes.includes(spec.route)) {
      const declared = routes.length > 0 ? `one of ${routes.join(', ')}` : 'none';
      problems.push(
        at(
          file,
          'route',
          `'${spec.route}' is not a stream route of ${name} (${product.file} streamRoutes: ${declared})`,
        ),
      );
    }
  }
  return problems;
}
