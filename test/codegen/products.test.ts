import { describe, expect, it } from 'vitest';
import { generate, generateAll } from '../../codegen/generate';
import { readSpecFiles } from '../../codegen/io';
import { SPOT, USDM } from '../../codegen/products';
import { SpecError } from '../../codegen/spec-errors';
import { REPO } from './fixture';

describe('a second spec (spec/usdm/ -> generated/usdm/)', () => {
  it('renders both products; the Spot part is what Spot alone renders', async () => {
    const files = await readSpecFiles(REPO);
    const all = generateAll(files);
    const spot = generate(files, { outDir: SPOT.outDir });
    const usdm = [...all.keys()].filter((p) => p.startsWith(`${USDM.outDir}/`));
    expect(usdm.length).toBeGreaterThan(0);
    expect([...all.keys()].filter((p) => !p.startsWith(`${USDM.outDir}/`))).toEqual([
      ...spot.keys(),
    ]);
    for (const [path, text] of spot) expect(all.get(path)).toBe(text);
  });

  it('names every usdm file by its real path and scopes its schema ids', async () => {
    const all = generateAll(await readSpecFiles(REPO));
    const module = all.get('generated/usdm/channels/mark-price.ts')!;
    expect(module).toContain('// Generated from spec/usdm/channels/mark-price.yaml');
    expect(module).toContain('"https://binance-rx.dev/schemas/usdm/channels/mark-price.json"');
    expect(module).toContain('route: "market"');
    const schema = JSON.parse(all.get('generated/usdm/schemas/channels/kline.json')!) as {
      $id: string;
    };
    expect(schema.$id).toBe('https://binance-rx.dev/schemas/usdm/channels/kline.json');
    // Spot's kline keeps its id: the two never collide.
    const spotSchema = JSON.parse(all.get('generated/schemas/channels/kline.json')!) as {
      $id: string;
    };
    expect(spotSchema.$id).toBe('https://binance-rx.dev/schemas/channels/kline.json');
    // Spot's spec is not read as futures, nor the other way round.
    expect(all.has('generated/usdm/channels/avg-price.ts')).toBe(false);
    expect(all.has('generated/channels/mark-price.ts')).toBe(false);
  });

  it('reports a broken usdm file by its real path, beside Spot problems', async () => {
    const files = await readSpecFiles(REPO);
    files.set('spec/usdm/channels/mark-price.yaml', 'channel: markPrice\ntitle: [unclosed\n');
    files.set('spec/channels/trade.yaml', 'channel: trade\n');
    let error: unknown;
    try {
      generateAll(files);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SpecError);
    const problemFiles = (error as SpecError).problems.map((p) => p.file);
    expect(problemFiles).toContain('spec/usdm/channels/mark-price.yaml');
    expect(problemFiles).toContain('spec/channels/trade.yaml');
    expect(problemFiles.every((f) => f !== 'spec/channels/mark-price.yaml')).toBe(true);
  });
});

describe('one validator per distinct schema of a product', () => {
  it('re-exports the first validator for a later schema that accepts the same values', async () => {
    const all = generateAll(await readSpecFiles(REPO));
    expect(all.get('generated/validators/operations/get-margin-open-orders.ts')).toContain(
      "export { validate } from './get-margin-all-orders';",
    );
    expect(all.get('generated/validators/operations/get-book.ts')).toContain(
      "export { validate } from '../partial-depth';",
    );
    expect(all.get('generated/usdm/validators/partial-depth.ts')).toContain(
      "export { validate } from './diff-depth';",
    );
    // USDⓈ-M's kline accepts what Spot's does, but one product never imports another's output.
    expect(all.get('generated/usdm/validators/kline.ts')).toContain('function check0(');
  });

  it('the shared validator still refuses what the schema refuses', async () => {
    const first = await import('../../generated/validators/operations/get-margin-all-orders');
    const shared = await import('../../generated/validators/operations/get-margin-open-orders');
    expect(shared.validate).toBe(first.validate);
    expect(shared.validate([{ orderId: 'not an integer' }])).toBe(false);
    expect(shared.validate.errors?.[0]).toMatchObject({ instancePath: '/0' });
  });
});

describe('a product declares where it is served (product.yaml) and its routes', () => {
  const problemsOf = (files: Map<string, string>) => {
    try {
      generateAll(files);
    } catch (error) {
      if (error instanceof SpecError)
        return error.problems.map((p) => `${p.file}: ${p.path}: ${p.message}`);
      throw error;
    }
    return [];
  };

  it('renders <name>Product and points every REST descriptor of the product at it', async () => {
    const all = generateAll(await readSpecFiles(REPO));
    const product = all.get('generated/usdm/product.ts')!;
    expect(product).toContain('// Generated from spec/usdm/product.yaml');
    expect(product).toContain('export const usdmProduct: ProductDescriptor = { name: "usdm"');
    expect(product).toContain('streamRoutes: ["public","market"]');
    expect(all.get('generated/usdm/operations/get-book.ts')).toContain('product: usdmProduct,');
    expect(all.get('generated/operations/get-book.ts')).toContain('product: spotProduct,');
    expect(all.get('generated/usdm/limits.ts')).toContain('limit: 2400');
  });

  it('refuses a channel without a route where the product has routes, and an undeclared route', async () => {
    const files = await readSpecFiles(REPO);
    const markPrice = files.get('spec/usdm/channels/mark-price.yaml')!;
    files.set('spec/usdm/channels/mark-price.yaml', markPrice.replace(/^route: market\n/m, ''));
    const trade = files.get('spec/channels/trade.yaml')!;
    files.set('spec/channels/trade.yaml', trade.replace(/^stream: /m, 'route: public\nstream: '));
    expect(problemsOf(files)).toEqual([
      "spec/channels/trade.yaml: route: 'public' is not a stream route of product spot (spec/product.yaml streamRoutes: none)",
      'spec/usdm/channels/mark-price.yaml: route: required: product usdm serves streams on routes public, market (spec/usdm/product.yaml streamRoutes)',
    ]);
  });

  it('refuses a product without rate limits beside it', async () => {
    const files = await readSpecFiles(REPO);
    files.delete('spec/usdm/limits.yaml');
    expect(problemsOf(files)).toEqual([
      'spec/usdm/product.yaml: : a product needs limits.yaml with apiRateLimits beside it',
    ]);
  });

  it('refuses a book-synced channel without the update ids its rule reads', async () => {
    const files = await readSpecFiles(REPO);
    const depth = files.get('spec/usdm/channels/diff-depth.yaml')!;
    files.set('spec/usdm/channels/diff-depth.yaml', depth.replace(/^ {2}pu: .*\n/m, ''));
    expect(problemsOf(files)).toEqual([
      "spec/usdm/channels/diff-depth.yaml: bookSync: a book synced by this stream reads field 'pu': it must be a required integer",
    ]);
  });
});
