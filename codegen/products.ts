/**
 * The products the repository generates, each from its own spec directory into its own output
 * directory, by the same loader and emitters: Spot from `spec/`, USDⓈ-M futures from
 * `spec/usdm/`. A second product's files are read through a view that lays its directory where
 * the loader looks (`spec/usdm/channels/x.yaml` read as `spec/channels/x.yaml`), beside the
 * shared `spec/schema/` rules; every file name the loader reports or the emitters print is then
 * named by its real path again (`relabel`), so headers, `$comment`s and problems point at the
 * file to edit.
 */
import type { SpecFiles } from './load-spec';
import type { SpecProblem } from './spec-errors';
import type { Spec } from './spec-types';

export interface Product {
  /** Short name, also the folder of its schema ids (`https://binance-rx.dev/schemas/usdm/…`). */
  readonly name: string;
  /** Spec directory relative to the repository root. */
  readonly specDir: string;
  /** Output directory relative to the repository root. */
  readonly outDir: string;
}

export const SPOT: Product = { name: 'spot', specDir: 'spec', outDir: 'generated' };
export const USDM: Product = { name: 'usdm', specDir: 'spec/usdm', outDir: 'generated/usdm' };

/** Every product `npm run generate` renders; the first is the one user spec overlays extend. */
export const PRODUCTS: readonly Product[] = [SPOT, USDM];

/** The files of a product's spec directory keyed as the loader expects them (`spec/…`). */
export function specView(files: SpecFiles, specDir: string): Map<string, string> {
  if (specDir === 'spec') return new Map(files);
  const prefix = `${specDir}/`;
  const view = new Map<string, string>();
  for (const [path, text] of files) {
    if (path.startsWith(prefix)) view.set(`spec/${path.slice(prefix.length)}`, text);
    // Shared: the spec's own rules, and the runtime's export list for the name table.
    else if (path.startsWith('spec/schema/') || !path.startsWith('spec/')) view.set(path, text);
  }
  return view;
}

/** A path of the view (`spec/channels/x.yaml`) as the real file (`spec/usdm/channels/x.yaml`). */
export function realPath(path: string, specDir: string): string {
  if (specDir === 'spec' || !path.startsWith('spec/') || path.startsWith('spec/schema/')) {
    return path;
  }
  return `${specDir}/${path.slice('spec/'.length)}`;
}

/** A loaded spec with every file named by its real path. */
export function relabel(spec: Spec, specDir: string): Spec {
  if (specDir === 'spec') return spec;
  const real = (file: string): string => realPath(file, specDir);
  return {
    ...spec,
    paramsFile: real(spec.paramsFile),
    ...(spec.paramFiles
      ? {
          paramFiles: Object.fromEntries(
            Object.entries(spec.paramFiles).map(([name, file]) => [name, real(file)]),
          ),
        }
      : {}),
    channels: spec.channels.map((c) => ({ ...c, file: real(c.file) })),
    operations: spec.operations.map((o) => ({ ...o, file: real(o.file) })),
    userDataEvents: spec.userDataEvents.map((e) => ({ ...e, file: real(e.file) })),
    ...(spec.orderStages
      ? { orderStages: { ...spec.orderStages, file: real(spec.orderStages.file) } }
      : {}),
    ...(spec.algoOrderStages
      ? { algoOrderStages: { ...spec.algoOrderStages, file: real(spec.algoOrderStages.file) } }
      : {}),
    ...(spec.limits ? { limits: { ...spec.limits, file: real(spec.limits.file) } } : {}),
    ...(spec.product ? { product: { ...spec.product, file: real(spec.product.file) } } : {}),
    fieldGroupsFile: real(spec.fieldGroupsFile),
    ccxtMappings: spec.ccxtMappings.map((m) => ({
      ...m,
      file: real(m.file),
      sources: m.sources.map((s) => ({ ...s, file: real(s.file) })),
      mapFiles: Object.fromEntries(
        Object.entries(m.mapFiles).map(([name, files]) => [name, files.map(real)]),
      ),
      ...(m.layer ? { layer: real(m.layer) } : {}),
    })),
  };
}

/** Problems of the view named by their real files, in their messages too (`must live in …`). */
export const relabelProblems = (problems: readonly SpecProblem[], specDir: string): SpecProblem[] =>
  problems.map((p) => ({
    ...p,
    file: realPath(p.file, specDir),
    message: p.message.replace(SPEC_PATH, (path) => realPath(path, specDir)),
  }));

/**
 * A spec file named in a message (`spec/channels/x.yaml`, a user's layer `spec/params.yaml#user`),
 * not a schema id's `…/spec/…`.
 */
export const SPEC_PATH = /(?<![\w./-])spec\/(?!schema\/)[\w./-]*\.(?:ya?ml|json)(?:#user)?/g;

/**
 * The folder of a spec file's schema ids within `https://binance-rx.dev/schemas/`: '' for
 * Spot's `spec/…`, `usdm/` for `spec/usdm/…`, so two products' `kline` schemas never share an id.
 */
export function schemaScope(file: string): string {
  const product = PRODUCTS.find((p) => p.specDir !== 'spec' && file.startsWith(`${p.specDir}/`));
  return product ? `${product.name}/` : '';
}
