/**
 * The generator's command line.
 *
 * In this repository (`npm run generate`): spec/ -> generated/. For a package user
 * (`npx binance-rx generate --spec <dir> [--product usdm] --out <dir>`): the user's spec
 * directory merged over the shipped spec of the product (spec/, or spec/usdm/) -> a module in the
 * user's project importing `binance-rx/runtime`.
 * `--check` only compares (exit 1 listing stale, missing and orphaned files); `--watch`
 * regenerates on every change under the spec directory. A broken spec exits 2 naming every
 * problem by file, key path and rule, and writes nothing.
 */
import { existsSync, readdirSync, watch, type FSWatcher } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generate, generateAll, type Output } from './generate';
import {
  SpecDirError,
  compare,
  readSpecFiles,
  readUserSpecFiles,
  specDirProblem,
  write,
  type Drift,
} from './io';
import { SpecError, formatProblem, type SpecProblem } from './spec-errors';
import { isLayered, USER_LAYER } from './spec-files';
import { DEFAULT_OUT_DIR } from './emit/paths';
import { PRODUCTS, SPEC_PATH, type Product } from './products';

/** The package (or repository) root: the nearest folder above this file holding spec/. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'spec', 'params.yaml')) || !existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('generate: cannot find the shipped spec/ folder');
    dir = parent;
  }
  return dir;
}
const PACKAGE_ROOT = packageRoot();

export const GENERATE_USAGE = `Usage: binance-rx generate [--spec <dir>] [--product <name>] [--out <dir>] [--check] [--watch]

Generates the typed SDK module from a spec.

  --spec <dir>  your spec directory, laid out like binance-rx's spec/ (channels/,
                operations/, user-data/, ccxt/, …); each file adds a channel, operation,
                event or mapping, or replaces the shipped one of the same name;
                ccxt/<structure>.yaml adds its sources and value maps to the shipped
                mapping (a source emitting the same parser replaces the shipped one; a
                value map of the same name adds its entries);
                params.yaml, request-params.yaml and field-groups.yaml add their keys
                to the shipped ones (a key the shipped file has is an error)
  --product <name>  the product your spec extends: ${PRODUCTS.map((p) => p.name).join(', ')}
                (with --spec; default ${PRODUCTS[0]!.name}); usdm lays your files over spec/usdm/
  --out <dir>   where the module goes (with --spec; default ./binance-rx-generated); a
                folder inside the current directory, which it is named relative to
  --check       compare only: exit 1 when the output is stale, missing or orphaned
  --watch       regenerate whenever a file under the spec directory changes
`;

/** Where a run reads and writes, and how its output imports the runtime. */
interface Target {
  /** Root the output paths are relative to. */
  readonly root: string;
  readonly outDir: string;
  /** Directory watched with --watch. */
  readonly watchDir: string;
  readonly files: () => Promise<Map<string, string>>;
  /** Renders the output from the spec files. */
  readonly render: (files: Map<string, string>) => Output;
  /** How the output is named in messages. */
  readonly label: string;
  /** How a spec file is named in messages: a user's own file by its path in their project. */
  readonly display: (file: string) => string;
  /** Where a spec file would be in the user's directory (the repository's: as is). */
  readonly own: (file: string) => string;
  /** What to add after the problems of a user's spec (how to mend one in a shipped file). */
  readonly notes?: (problems: readonly SpecProblem[]) => string[];
}

/** A CCXT mapping, not a user's layer over one (`spec/usdm/ccxt/trade.yaml`). */
const CCXT_MAPPING = /^spec\/(?:[\w-]+\/)?ccxt\/[^/#]+\.ya?ml$/;

/**
 * A problem in a shipped CCXT mapping, in a user's run, comes from a payload of theirs it reads:
 * say how to re-map it (codegen/ccxt-layer.ts).
 */
function userSpecNotes(problems: readonly SpecProblem[]): string[] {
  const mappings = new Set(
    problems
      .filter((p) => CCXT_MAPPING.test(p.file) && existsSync(join(PACKAGE_ROOT, p.file)))
      .map((p) => p.file.replace(/^.*\//, '')),
  );
  return [...mappings].map(
    (name) =>
      `note: binance-rx's own ccxt/${name} reads a channel, operation or event your files replace: a source in your ccxt/${name} that emits the same parse…Ccxt replaces the shipped one`,
  );
}

/** The product named by `--product` (default the first, Spot). */
function productOf(name: string | undefined): Product {
  const product = PRODUCTS.find((p) => p.name === (name ?? PRODUCTS[0]!.name));
  if (product === undefined) {
    const names = PRODUCTS.map((p) => p.name).join(', ');
    throw new UsageError(`--product must be one of ${names} (got ${name})`);
  }
  return product;
}

function targetOf(
  spec: string | undefined,
  out: string | undefined,
  productName: string | undefined,
): Target {
  const product = productOf(productName);
  if (spec === undefined) {
    if (out !== undefined || productName !== undefined)
      throw new UsageError('--out and --product need --spec (the repository writes generated/)');
    return {
      root: PACKAGE_ROOT,
      outDir: DEFAULT_OUT_DIR,
      watchDir: join(PACKAGE_ROOT, 'spec'),
      files: () => readSpecFiles(PACKAGE_ROOT),
      // Every product: spec/ -> generated/, spec/usdm/ -> generated/usdm/ (codegen/products.ts).
      render: generateAll,
      label: 'generated/',
      display: (file) => file,
      own: (file) => file,
    };
  }
  const cwd = process.cwd();
  const outAbs = resolve(cwd, out ?? 'binance-rx-generated');
  const outDir = relative(cwd, outAbs).split('\\').join('/');
  if (outDir === '' || outDir.startsWith('..') || isAbsolute(outDir)) {
    throw new UsageError(`--out must be a folder inside the current directory (got ${out})`);
  }
  const specDir = resolve(cwd, spec);
  const productFlag = productName === undefined ? '' : ` --product ${product.name}`;
  const command = `npx binance-rx generate --spec ${spec}${productFlag} --out ${outDir}`;
  return {
    root: cwd,
    outDir,
    watchDir: specDir,
    files: () => readUserSpecFiles(PACKAGE_ROOT, specDir, product.specDir),
    render: (files) =>
      generate(files, {
        outDir,
        runtime: 'binance-rx/runtime',
        regenerate: command,
        specDir: product.specDir,
        sourceName: (source) => sourceName(source, specDir, product.specDir),
      }),
    label: `${outDir}/`,
    display: (file) => shownPath(file, specDir, product.specDir),
    notes: userSpecNotes,
    own: (file) =>
      file.startsWith(`${product.specDir}/`)
        ? fromCwd(join(specDir, file.slice(product.specDir.length + 1)))
        : file,
  };
}

/** A path as the user sees it from the current directory. */
const fromCwd = (path: string): string => {
  const shown = relative(process.cwd(), path).split('\\').join('/');
  return shown === '' ? '.' : shown;
};

/**
 * A file of the merged spec (`spec/channels/x.yaml`, `spec/usdm/…`) by its path from the current
 * directory: the user's own (`my-spec/channels/x.yaml`) when they have it or the package does
 * not (where such a file goes), else the shipped one (`node_modules/binance-rx/spec/…`).
 */
function shownPath(file: string, userSpecDir: string, specDir: string): string {
  if (!file.startsWith(`${specDir}/`)) return file;
  const rest = file.slice(specDir.length + 1);
  // A user's layer (params.yaml, ccxt/trade.yaml, …) is theirs; the file itself is the shipped one.
  if (rest.endsWith(USER_LAYER)) return layerPath(rest, userSpecDir);
  const own = join(userSpecDir, rest);
  const shipped = join(PACKAGE_ROOT, file);
  if (isLayered(rest) && existsSync(shipped)) return fromCwd(shipped);
  return existsSync(own) || !existsSync(shipped) ? fromCwd(own) : fromCwd(shipped);
}

const layerPath = (rest: string, userSpecDir: string): string =>
  fromCwd(join(userSpecDir, rest.slice(0, -USER_LAYER.length)));

/** Every spec path a message names (`must live in spec/channels/x.yaml`), as `shownPath` does. */
const shownMessage = (
  message: string,
  show: (file: string) => string,
  own: (file: string) => string,
): string =>
  message.replace(SPEC_PATH, (file, offset: number) =>
    // Where a file must live is a place in the user's directory, even where we ship one.
    message.slice(0, offset).endsWith('must live in ') ? own(file) : show(file),
  );

/** How headers name a source: a user's file by its path, a folder as both the user's and ours. */
function sourceName(source: string, userSpecDir: string, specDir: string): string {
  if (!source.startsWith(`${specDir}/`)) return source;
  const rest = source.slice(specDir.length + 1);
  const own = `${fromCwd(join(userSpecDir, rest))}${rest === '' || rest.endsWith('/') ? '/' : ''}`;
  if (source.endsWith('/')) return `${own.replace(/^\.\/\/?/, './')} over binance-rx's ${source}`;
  if (rest.endsWith(USER_LAYER)) return layerPath(rest, userSpecDir);
  if (!existsSync(join(userSpecDir, rest))) return source;
  // A layered file: the shipped one with the user's keys or sources added.
  return isLayered(rest) && existsSync(join(PACKAGE_ROOT, source)) ? `${source} and ${own}` : own;
}

class UsageError extends Error {}

/** One generation: 0 current or written, 1 stale (--check), 2 broken spec. */
async function runOnce(target: Target, check: boolean): Promise<number> {
  const started = performance.now();
  let output: Output;
  try {
    output = target.render(await target.files());
  } catch (error) {
    if (error instanceof SpecDirError) {
      console.error(`generate: ${error.message}`);
      return 2;
    }
    if (!(error instanceof SpecError)) throw error;
    const problems = error.problems.map((p) =>
      formatProblem({
        ...p,
        file: target.display(p.file),
        message: shownMessage(p.message, target.display, target.own),
      }),
    );
    const notes = target.notes?.(error.problems) ?? [];
    console.error(
      `generate: the spec has ${problems.length} problem(s):\n${[...problems, ...notes].join('\n')}`,
    );
    return 2;
  }
  const ms = () => Math.round(performance.now() - started);
  if (check) {
    const drift = await compare(target.root, target.outDir, output);
    if (isClean(drift)) {
      console.log(
        `generate --check: ${target.label} is current (${output.size} files, ${ms()} ms)`,
      );
      return 0;
    }
    console.error(
      `generate --check: ${target.label} is out of date with the spec; regenerate it.\n${describe(drift)}`,
    );
    return 1;
  }
  const drift = await write(target.root, target.outDir, output);
  console.log(
    isClean(drift)
      ? `generate: ${target.label}: ${output.size} files, all current (${ms()} ms)`
      : `generate: ${target.label}: ${written(drift, output.size)} (${ms()} ms)${listWritten(drift)}`,
  );
  return 0;
}

/** Every folder under `dir`, `dir` included. */
function folders(dir: string): string[] {
  const nested = readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .flatMap((e) => folders(join(dir, e.name)));
  return [dir, ...nested];
}

/**
 * Regenerates on every change, one run at a time; resolves never (Ctrl-C ends it). Each folder
 * is watched on its own: editors save by replacing the file, which a folder's watch sees.
 */
async function watchSpec(target: Target): Promise<number> {
  await runOnce(target, false);
  console.log(`generate --watch: watching ${target.watchDir}`);
  const watched = new Map<string, FSWatcher>();
  let running = false;
  let again = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const changed = (): void => {
    // Editors write a file in several steps: wait for the burst to end.
    clearTimeout(timer);
    timer = setTimeout(() => void run(), 30);
  };
  const watchFolders = (): void => {
    for (const dir of folders(target.watchDir)) {
      if (!watched.has(dir)) watched.set(dir, watch(dir, changed));
    }
  };
  const run = async (): Promise<void> => {
    if (running) {
      again = true;
      return;
    }
    running = true;
    await runOnce(target, false).catch((error: unknown) => console.error(error));
    watchFolders();
    running = false;
    if (again) {
      again = false;
      await run();
    }
  };
  watchFolders();
  return new Promise<number>(() => undefined);
}

export async function generateCli(argv: readonly string[]): Promise<number> {
  let values: {
    spec?: string;
    out?: string;
    product?: string;
    check?: boolean;
    watch?: boolean;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        spec: { type: 'string' },
        out: { type: 'string' },
        product: { type: 'string' },
        check: { type: 'boolean' },
        watch: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    console.error(`generate: ${(error as Error).message}\n\n${GENERATE_USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(GENERATE_USAGE);
    return 0;
  }
  if (values.check && values.watch) {
    console.error('generate: --check and --watch do not go together');
    return 2;
  }
  let target: Target;
  try {
    target = targetOf(values.spec, values.out, values.product);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`generate: ${error.message}`);
    return 2;
  }
  if (values.spec !== undefined) {
    const problem = await specDirProblem(resolve(values.spec), values.spec);
    if (problem !== undefined) {
      console.error(`generate: ${problem}`);
      return 2;
    }
  }
  return values.watch ? watchSpec(target) : runOnce(target, values.check === true);
}

const isClean = (d: Drift): boolean => d.stale.length + d.missing.length + d.orphaned.length === 0;

/** What a write did: `wrote 3 of 397 files, removed 1`. */
const written = (d: Drift, total: number): string =>
  `wrote ${d.stale.length + d.missing.length} of ${total} files` +
  (d.orphaned.length > 0 ? `, removed ${d.orphaned.length} no longer generated` : '');

/** The files a write changed, when few enough to read (a first run writes every file). */
const listWritten = (d: Drift): string => {
  const lines = [
    ...[...d.stale, ...d.missing].sort().map((p) => `  written:  ${p}`),
    ...d.orphaned.map((p) => `  removed:  ${p}`),
  ];
  return lines.length > 0 && lines.length <= 20 ? `\n${lines.join('\n')}` : '';
};

const describe = (d: Drift): string =>
  [
    ...d.stale.map((p) => `  stale:    ${p}`),
    ...d.missing.map((p) => `  missing:  ${p}`),
    ...d.orphaned.map((p) => `  orphaned: ${p}`),
  ].join('\n');
