import type { Validator, ValidatorError } from '../channels/descriptor';

/**
 * The helpers generated validators (generated/validators/**) call: type tests and the error
 * objects they return. A generated check returns the first error at or below `path`, or
 * undefined; `validatorOf` turns it into a `Validator` with ajv's `errors` convention, so the
 * runtime and users read failures the same way whoever compiled the validator.
 */
export type Check = (data: unknown, path: string) => ValidatorError | undefined;

/** A `Validator` from a generated check: `errors` holds the first error after a failed call. */
export function validatorOf(check: Check): Validator {
  const validate: Validator = (data: unknown): boolean => {
    const error = check(data, '');
    validate.errors = error === undefined ? null : [error];
    return error === undefined;
  };
  validate.errors = null;
  return validate;
}

export const isObject = (data: unknown): data is Record<string, unknown> =>
  typeof data === 'object' && data !== null && !Array.isArray(data);

/** JSON Schema `integer`: a finite number without a fractional part. */
export const isInteger = (data: unknown): data is number =>
  typeof data === 'number' && Number.isInteger(data);

/** JSON Schema `number`: a finite number. */
export const isNumber = (data: unknown): data is number =>
  typeof data === 'number' && Number.isFinite(data);

const error = (
  instancePath: string,
  schemaPath: string,
  keyword: string,
  message: string,
  params: Record<string, unknown>,
): ValidatorError => ({ instancePath, schemaPath, keyword, message, params });

export const typeError = (path: string, schemaPath: string, type: string): ValidatorError =>
  error(path, schemaPath, 'type', `must be ${type}`, { type });

export const requiredError = (path: string, schemaPath: string, key: string): ValidatorError =>
  error(path, schemaPath, 'required', `must have required property '${key}'`, {
    missingProperty: key,
  });

export const patternError = (path: string, schemaPath: string, pattern: string): ValidatorError =>
  error(path, schemaPath, 'pattern', `must match pattern "${pattern}"`, { pattern });

/** Whether `value` is a string matching `pattern` (tiny: V8 inlines it into each validator). */
export const matches = (value: unknown, pattern: RegExp): boolean =>
  typeof value === 'string' && pattern.test(value);

/**
 * A string with a pattern: the type, then the pattern, as two generated checks would; the first
 * error (`schemaPath` + `/type` or `/pattern`), or undefined. Generated validators test with
 * `matches` and call it only to build the error (calling it on every field cost 20 % on diff
 * depth), where `source` is the schema's pattern as written (`pattern.source` unless the
 * generator tests it without capturing groups).
 */
export const stringError = (
  value: unknown,
  pattern: RegExp,
  path: string,
  schemaPath: string,
  source: string = pattern.source,
): ValidatorError | undefined =>
  typeof value !== 'string'
    ? typeError(path, `${schemaPath}/type`, 'string')
    : pattern.test(value)
      ? undefined
      : patternError(path, `${schemaPath}/pattern`, source);

export const constError = (path: string, schemaPath: string, value: unknown): ValidatorError =>
  error(path, schemaPath, 'const', 'must be equal to constant', { allowedValue: value });

export const enumError = (
  path: string,
  schemaPath: string,
  values: readonly unknown[],
): ValidatorError =>
  error(path, schemaPath, 'enum', 'must be equal to one of the allowed values', {
    allowedValues: values,
  });

export const minItemsError = (path: string, schemaPath: string, limit: number): ValidatorError =>
  error(path, schemaPath, 'minItems', `must NOT have fewer than ${limit} items`, { limit });

export const maxItemsError = (path: string, schemaPath: string, limit: number): ValidatorError =>
  error(path, schemaPath, 'maxItems', `must NOT have more than ${limit} items`, { limit });

/*
 * The same errors for property `key` of `data`, the object at `path` whose schema is at
 * `schemaPath`: generated validators pass the object, its two paths and the key, and the error's
 * paths (`path/key`, `schemaPath/properties/key/<keyword>`) are built only when an error is
 * returned (written out, they were half the text of a validator). `key` is one a JSON Pointer
 * writes as it is (no `~` or `/`); the generator gives the plain helpers the paths of any other.
 * A missing property fails the type test of a required one, whose helper (`typeErrorAt`,
 * `stringErrorAt`, `stringConstErrorAt`) then returns the object's `required` error (the
 * object's path, `schemaPath/required`), as a test of the key of its own would.
 */
type Data = Readonly<Record<string, unknown>>;

/** `make`'s error (`keyword`) for property `key`: its paths built from the object's. */
function propertyError<T>(
  make: (path: string, schemaPath: string, arg: T) => ValidatorError,
  path: string,
  schemaPath: string,
  key: string,
  keyword: string,
  arg: T,
): ValidatorError {
  return make(`${path}/${key}`, `${schemaPath}/properties/${key}/${keyword}`, arg);
}

export const typeErrorAt = (
  data: Data,
  path: string,
  schemaPath: string,
  key: string,
  type: string,
): ValidatorError =>
  data[key] === undefined
    ? requiredError(path, `${schemaPath}/required`, key)
    : propertyError(typeError, path, schemaPath, key, 'type', type);

/** `make`'s error for a property, as a helper of the `…At` form (the object unused). */
const atProperty =
  <T>(make: (path: string, schemaPath: string, arg: T) => ValidatorError, keyword: string) =>
  (_data: Data, path: string, schemaPath: string, key: string, arg: T): ValidatorError =>
    propertyError(make, path, schemaPath, key, keyword, arg);

export const patternErrorAt = /* @__PURE__ */ atProperty(patternError, 'pattern');
export const constErrorAt = /* @__PURE__ */ atProperty(constError, 'const');
export const enumErrorAt = /* @__PURE__ */ atProperty(enumError, 'enum');
export const minItemsErrorAt = /* @__PURE__ */ atProperty(minItemsError, 'minItems');
export const maxItemsErrorAt = /* @__PURE__ */ atProperty(maxItemsError, 'maxItems');

/**
 * A helper of the `…At` form for a string property with one more rule: not a string (or left out)
 * is its type (or `required`) error, else `make`'s error (`keyword`).
 */
const stringAt =
  <T>(make: (path: string, schemaPath: string, arg: T) => ValidatorError, keyword: string) =>
  (data: Data, path: string, schemaPath: string, key: string, arg: T): ValidatorError =>
    typeof data[key] !== 'string'
      ? typeErrorAt(data, path, schemaPath, key, 'string')
      : propertyError(make, path, schemaPath, key, keyword, arg);

/** `stringError` for a property whose `matches` test failed; `pattern` as the schema writes it. */
export const stringErrorAt = /* @__PURE__ */ stringAt(patternError, 'pattern');
/** For a property that must be string `value` (an event's type), tested `!== value`. */
export const stringConstErrorAt = /* @__PURE__ */ stringAt(constError, 'const');
