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
  const code = standaloneCode(ajv, validate).replace(REGEXP_CALL, regExpLiteral);
  return `// @ts-nocheck -- ajv's standalone output\n${code}\n`;
}

/** ajv's module-level `new RegExp("…", "u")`, with a JSON string source. */
const REGEXP_CALL = /new RegExp\(("(?:[^"\\]|\\.)*"), "([a-z]*)"\)/g;

/**
 * The same pattern as a literal. A bundler cannot tell that `new RegExp(…)` has no side effects
 * (and minifiers drop `@__PURE__` marks), so a module-level call would keep every validator in a
 * bundle built from dist/; a literal lets it drop the ones a program does not use.
 */
function regExpLiteral(_call: string, source: string, flags: string): string {
  return `/${new RegExp(JSON.parse(source) as string, flags).source}/${flags}`;
}
