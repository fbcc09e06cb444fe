import { mkdir, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Output } from './generate';
import { RUNTIME_EXPORT_FILES } from './name-table';
import { SpecError, type SpecProblem } from './spec-errors';
import { isLayered, USER_LAYER } from './spec-files';

/** All generator I/O: reading spec/, comparing with and writing generated/. */

async function walk(root: string, dir: string): Promise<string[]> {
  const entries = await readdir(join(root, dir), { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? walk(root, join(dir, e.name)) : [join(dir, e.name)])),
  );
  return nested.flat().map((p) => p.split('\\').join('/'));
}

/** Every file under `<root>/spec/`, keyed `spec/…`, and the runtime's export list. */
export async function readSpecFiles(root: string): Promise<Map<string, string>> {
  const paths = (await walk(root, 'spec')).filter((p) => /\.(ya?ml|json|xml)$/.test(p));
  const files = new Map<string, string>();
  for (const path of paths.sort()) files.set(path, await readFile(join(root, path), 'utf8'));
  // The runtime's exports, for the generator's name table (the first of these that exists).
  for (const path of RUNTIME_EXPORT_FILES) {
    const text = await readFile(join(root, path), 'utf8').catch(() => undefined);
    if (text === undefined) continue;
    files.set(path, text);
    break;
  }
  return files;
}

export interface Drift {
  readonly stale: string[];
  readonly missing: string[];
  readonly orphaned: string[];
}

/** Compares the rendered output with what generated/ holds on disk. */
export async function compare(root: string, outDir: string, output: Output): Promise<Drift> {
  const onDisk = new Set(await walk(root, outDir));
  const drift: Drift = { stale: [], missing: [], orphaned: [] };
  for (const [path, text] of output) {
    if (!onDisk.has(path)) drift.missing.push(path);
    else if ((await readFile(join(root, path), 'utf8')) !== text) drift.stale.push(path);
  }
  for (const path of onDisk) if (!output.has(path)) drift.orphaned.push(path);
  return drift;
}

/** Writes changed files and removes orphans; returns what changed. */
export async function write(root: string, outDir: string, output: Output): Promise<Drift> {
  const drift = await compare(root, outDir, output);
  for (const path of [...drift.stale, ...drift.missing]) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), output.get(path)!);
  }
  for (const path of drift.orphaned) await rm(join(root, path));
  return drift;
}

/** A `--spec` directory that cannot be read as one: missing, a file, or without .yaml files. */
export class SpecDirError extends Error {}

/** Top-level files of a spec directory (each a file kind of spec/README.md). */
const TOP_LEVEL_FILES = [
  'params.yaml',
  'request-params.yaml',
  'field-groups.yaml',
  'limits.yaml',
  'product.yaml',
  'order-stages.yaml',
  'algo-order-stages.yaml',
];
/** Folders of a spec directory holding one file per channel, operation, event or mapping. */
const SPEC_FOLDERS = ['channels/', 'operations/', 'operations/sapi/', 'user-data/', 'ccxt/'];
const EXPECTED_PLACES = `${SPEC_FOLDERS.join(', ')} or, at the top level, ${TOP_LEVEL_FILES.join(', ')}`;

/** Whether a user's file (relative to their spec directory) is in a place the loader reads. */
const inSpecPlace = (path: string): boolean =>
  TOP_LEVEL_FILES.includes(path) ||
  SPEC_FOLDERS.some(
    (folder) => path.startsWith(folder) && /^[^/]+\.ya?ml$/.test(path.slice(folder.length)),
  );

/** Why `dir` (as the user wrote it: `shown`) is not a spec directory, if it is not one. */
export async function specDirProblem(dir: string, shown: string): Promise<string | undefined> {
  const info = await stat(dir).catch(() => undefined);
  if (info === undefined) return `--spec ${shown}: no such directory`;
  if (!info.isDirectory())
    return `--spec ${shown}: not a directory (give the folder holding channels/, operations/, …)`;
  const own = (await walk(dir, '.')).filter((p) => /\.ya?ml$/.test(p));
  if (own.length === 0)
    return `--spec ${shown}: no .yaml files in it (expected ${EXPECTED_PLACES})`;
  return undefined;
}

/**
 * The shipped spec (`<packageRoot>/spec/`) with a user's spec directory laid over the product's
 * (`specDir`: `spec` for Spot, `spec/usdm` for USDⓈ-M futures): a user file at
 * `channels/foo.yaml` becomes `<specDir>/channels/foo.yaml`, adding that channel or replacing the
 * shipped one (a channel's file is named after it, so by name). A user's `params.yaml`,
 * `request-params.yaml` or `field-groups.yaml` is kept beside the shipped one as its layer
 * (`<specDir>/params.yaml#user`): the loader adds its keys to the shipped file's. `schema/` stays the shipped one:
 * the user's files are checked against binance-rx's own rules. A .yaml file anywhere else (a
 * `channel/` typo, a channel at the top level) is a spec error: it would be silently ignored.
 */
export async function readUserSpecFiles(
  packageRoot: string,
  userSpecDir: string,
  specDir = 'spec',
): Promise<Map<string, string>> {
  const problem = await specDirProblem(userSpecDir, userSpecDir);
  if (problem !== undefined) throw new SpecDirError(problem);
  const files = await readSpecFiles(packageRoot);
  const own = (await walk(userSpecDir, '.')).filter((p) => /\.(ya?ml)$/.test(p));
  const misplaced: SpecProblem[] = [];
  for (const path of own.sort()) {
    const relative = path.replace(/^\.\//, '');
    if (relative.startsWith('schema/')) continue;
    const key = `${specDir}/${relative}`;
    if (!inSpecPlace(relative)) {
      const where = relative.includes('/')
        ? `folder '${relative.slice(0, relative.lastIndexOf('/') + 1)}' is not one binance-rx reads`
        : `'${relative}' is not a top-level spec file`;
      misplaced.push({
        file: key,
        path: '',
        message: `${where}: spec files go in ${EXPECTED_PLACES}`,
      });
      continue;
    }
    // params.yaml, request-params.yaml, field-groups.yaml and ccxt/*.yaml: a layer over the
    // shipped file, which it adds to (load-spec merges them); any other file replaces the shipped one.
    const layered = isLayered(relative) && files.has(key);
    files.set(
      layered ? `${key}${USER_LAYER}` : key,
      await readFile(join(userSpecDir, path), 'utf8'),
    );
  }
  if (misplaced.length > 0) throw new SpecError(misplaced);
  return files;
}
