import { posix } from 'node:path';

/** Where generated files go (relative to the repository root) and how they import the runtime. */

export const DEFAULT_OUT_DIR = 'generated';

/** The one module of src/ that generated code imports. */
const RUNTIME_ENTRY = 'src/generated-runtime';

/** Import specifier of the runtime from a generated file in `dir`. */
export const runtimeImport = (ctx: { readonly runtime?: string }, dir: string): string =>
  ctx.runtime ?? posix.relative(dir, RUNTIME_ENTRY);

export const channelModulePath = (out: string, file: string): string =>
  `${out}/channels/${file}.ts`;
export const channelSchemaPath = (out: string, file: string): string =>
  `${out}/schemas/channels/${file}.json`;
export const validatorPath = (out: string, file: string): string => `${out}/validators/${file}.ts`;
export const operationModulePath = (out: string, file: string): string =>
  `${out}/operations/${file}.ts`;
export const operationSchemaPath = (out: string, file: string): string =>
  `${out}/schemas/operations/${file}.json`;
export const operationValidatorPath = (out: string, file: string): string =>
  `${out}/validators/operations/${file}.ts`;
export const userDataModulePath = (out: string, file: string): string =>
  `${out}/user-data/${file}.ts`;
export const userDataSchemaPath = (out: string, file: string): string =>
  `${out}/schemas/user-data/${file}.json`;
export const userDataValidatorPath = (out: string, file: string): string =>
  `${out}/validators/user-data/${file}.ts`;
export const ccxtModulePath = (out: string, file: string): string => `${out}/ccxt/${file}.ts`;
