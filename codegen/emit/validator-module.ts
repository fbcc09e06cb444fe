import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

/**
 * A validator compiled ahead of time by ajv's standalone mode: no ajv at run time, no
 * compilation on first use. Returns the module's code (ESM, exporting `validate`).
 *
 * `allErrors` (operations and user data events): ajv then writes the checks one after another
 * instead of nesting each in the previous one's success, which keeps large answers (order lists
 * with every conditional order field) small and within TypeScript's flow-analysis depth, and
 * reports every failing field. Channels keep the first-error form (the hot path).
 */
export function validatorModule(schema: object, options: { allErrors?: boolean } = {}): string {
  const ajv = new Ajv({
    code: { source: true, esm: true },
    strict: true,
    allErrors: options.allErrors === true,
  });
  const validate = ajv.compile(schema);
  // ajv emits a `/*# sourceURL=… */` comment naming the schema; keep output about the schema only.
  return `// @ts-nocheck -- ajv's standalone output\n${standaloneCode(ajv, validate)}\n`;
}
