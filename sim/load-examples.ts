/**
 * `binance-rx sim --examples <file>`: loads a user's spec examples for the local exchange. The
 * file is the `examples.ts` that `binance-rx generate --spec my-spec --out …` writes, or what it
 * compiles to (`.js`, `.mjs`, `.cjs`), or a `.json` file of the same two entries
 * (`{ "channelExamples": {…}, "operationExamples": {…} }`).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ProductExamples } from './examples';

/** A `.ts` file on a Node.js that does not strip types: through tsx, when the project has it. */
async function importTypeScript(href: string, path: string): Promise<unknown> {
  let tsImport: (specifier: string, parent: string) => Promise<unknown>;
  // Not a literal: the project's own tsx, never bundled into dist/ nor a dependency of ours.
  const tsx = 'tsx/esm/api';
  try {
    ({ tsImport } = (await import(tsx)) as { tsImport: typeof tsImport });
  } catch {
    throw new Error(
      `cannot load ${path}: this Node.js does not run TypeScript (22.18 or later does); ` +
        'install tsx in the project (npm install --save-dev tsx), or pass the compiled .js file',
    );
  }
  return tsImport(href, import.meta.url);
}

async function loadModule(path: string): Promise<unknown> {
  const file = resolve(path);
  if (file.endsWith('.json')) return JSON.parse(await readFile(file, 'utf8')) as unknown;
  const href = pathToFileURL(file).href;
  try {
    return await import(href);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ERR_UNKNOWN_FILE_EXTENSION' && /\.[cm]?ts$/.test(file)) {
      return importTypeScript(href, path);
    }
    throw error;
  }
}

/** The examples of `path`; throws an Error naming the file when it has none or cannot be read. */
export async function loadExamples(path: string): Promise<ProductExamples> {
  let loaded: unknown;
  try {
    loaded = await loadModule(path);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(message.includes(path) ? message : `cannot load ${path}: ${message}`, {
      cause: error,
    });
  }
  const module = (loaded ?? {}) as Record<string, unknown>;
  const { channelExamples, operationExamples } = module;
  if (channelExamples === undefined && operationExamples === undefined) {
    throw new Error(
      `${path} has neither channelExamples nor operationExamples (the examples.ts of binance-rx generate)`,
    );
  }
  return { channelExamples, operationExamples } as ProductExamples;
}
