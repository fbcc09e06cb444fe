import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';

/**
 * A validator compiled ahead of time by ajv's standalone mode: no ajv at run time, no
 * compilation on first use. Returns the module's code (ESM, exporting `validate`).
 */
export function validatorModule(schema: object): string {
  const ajv = new Ajv({ code: { source: true, esm: true }, strict: true, allErrors: false });
  const validate = ajv.compile(schema);
  // ajv emits a `/*# sourceURL=… */` comment naming the schema; keep output about the schema only.
  return `// @ts-nocheck -- ajv's standalone output\n${standaloneCode(ajv, validate)}\n`;
}
