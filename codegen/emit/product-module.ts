import { StructureKind, VariableDeclarationKind, type StatementStructures } from './print';
import type { GeneratorContext } from '../context';
import { productConstName } from '../names';
import type { ProductSpec } from '../spec-types';
import { runtimeImport } from './paths';
import { importFrom } from './structures';

/**
 * generated/product.ts: `<name>Product`, where the product is served and its limits as data
 * (spec/product.yaml beside spec/limits.yaml). Its REST descriptors point at it, so a `*Http`
 * call without a client goes to its host under its rate limits; a connection given it takes its
 * stream host, routes and connection limits, a WebSocket API session its endpoint and rate limits.
 */
export function productModule(ctx: GeneratorContext, spec: ProductSpec): StatementStructures[] {
  const routes = Object.keys(spec.streamRoutes ?? {});
  const fields = [
    `name: ${JSON.stringify(spec.name)}`,
    `title: ${JSON.stringify(spec.title)}`,
    `restUrl: ${JSON.stringify(spec.restUrl)}`,
    `streamHost: ${JSON.stringify(spec.streamHost)}`,
    `streamRoutes: ${JSON.stringify(routes)}`,
    ...(spec.wsApiUrl !== undefined ? [`wsApiUrl: ${JSON.stringify(spec.wsApiUrl)}`] : []),
    ...(spec.wsApiUserData === true ? ['wsApiUserData: true'] : []),
    'marketStreamLimits',
    'apiRateLimits',
  ];
  return [
    importFrom(runtimeImport(ctx, ctx.outDir), [], ['ProductDescriptor']),
    importFrom('./limits', ['apiRateLimits', 'marketStreamLimits'], []),
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`${spec.description}\n\nSource: ${spec.docs}.`],
      declarations: [
        {
          name: productConstName(spec),
          type: 'ProductDescriptor',
          initializer: `{ ${fields.join(', ')} }`,
        },
      ],
    },
  ];
}
