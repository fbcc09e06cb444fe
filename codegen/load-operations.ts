/**
 * Loading spec/operations/*.yaml: each file checked against operation.schema.json, parameters
 * resolved through `use` (spec/request-params.yaml), names and response fields checked, and
 * every example validated against the response schema the generator is about to emit.
 */
import type { Ajv, ValidateFunction } from 'ajv';
import { exampleProblems } from './check-examples';
import { buildOperationSchema } from './emit/json-schema';
import { fieldGroups, resolveField } from './field-groups';
import { operationNames } from './names';
import { allObjects, discriminators } from './union-variants';
import type { SpecFiles } from './load-spec';
import { at, mergedSources, misplacedOf, parseChecked, parseMerged } from './spec-files';
import type { SpecProblem } from './spec-errors';
import type {
  FieldSpec,
  LoadedOperation,
  OperationSpec,
  ProductSpec,
  RequestParamRef,
  RequestParamSpec,
} from './spec-types';

export const REQUEST_PARAMS_FILE = 'spec/request-params.yaml';

/** spec/operations/<op>.yaml (Spot: /api/v3, WebSocket API) or spec/operations/sapi/<op>.yaml. */
const isOperationFile = (file: string): boolean =>
  /^spec\/operations\/(sapi\/)?[^/]+\.ya?ml$/.test(file);
const SAPI_DIR = 'spec/operations/sapi/';
/** What the runtime adds itself (signing, API key): two of them would be sent. */
const RESERVED_PARAMS = ['timestamp', 'recvWindow', 'signature', 'apiKey'];
const CAMEL = /^[a-z][A-Za-z0-9]*$/;

export function loadOperations(
  files: SpecFiles,
  ajv: Ajv,
  problems: SpecProblem[],
): LoadedOperation[] {
  const checkOperation = ajv.getSchema('https://binance-rx.dev/spec/operation.schema.json')!;
  const checkParam = ajv.getSchema('https://binance-rx.dev/spec/request-param.schema.json')!;
  const operationFiles = [...files.keys()].filter(isOperationFile).sort();
  if (operationFiles.length === 0) return [];
  const shared: SharedParams = {
    params: loadShared(files, checkParam, problems),
    sources: mergedSources(files, REQUEST_PARAMS_FILE),
  };

  const groups = fieldGroups(files, ajv, problems);
  const loaded: LoadedOperation[] = [];
  const byName = new Map<string, string>();
  for (const file of operationFiles) {
    const written = parseChecked(files, file, checkOperation, problems) as
      OperationSpec | undefined;
    if (!written) continue;
    const spec = {
      ...written,
      response: resolveField(file, 'response', written.response as never, groups, problems),
    };
    const other = byName.get(spec.operation);
    if (other) {
      const { misplaced, kept } = misplacedOf(file, other, expectedFile(spec));
      problems.push(
        at(misplaced, 'operation', `'${spec.operation}' is already defined in ${kept}`),
      );
      continue;
    }
    byName.set(spec.operation, file);
    const before = problems.length;
    const params = resolveParams(file, spec, shared, problems);
    problems.push(
      ...checkOperationRules(file, spec),
      ...checkResponse(file, 'response', spec.response),
    );
    if (problems.length === before) loaded.push({ file, spec, params });
  }
  const names = new Map<string, string>();
  for (const { file, spec } of loaded) {
    const n = operationNames(spec);
    for (const fn of [n.http, n.factory]) {
      if (fn === undefined) continue;
      const previous = names.get(fn);
      if (previous) problems.push(at(file, 'operation', `emits ${fn}, as does ${previous}`));
      names.set(fn, file);
    }
  }
  problems.push(...checkExamples(loaded));
  return loaded.sort((a, b) => (a.spec.operation < b.spec.operation ? -1 : 1));
}

/** The shared request parameters, and the files they are looked up in (for a message). */
interface SharedParams {
  readonly params: Readonly<Record<string, RequestParamSpec>>;
  readonly sources: string;
}

/** spec/request-params.yaml, with a user's request-params.yaml over it (its keys added). */
function loadShared(
  files: SpecFiles,
  checkParam: ValidateFunction,
  problems: SpecProblem[],
): Record<string, RequestParamSpec> {
  const merged = parseMerged<RequestParamSpec>(
    files,
    REQUEST_PARAMS_FILE,
    mapOf(checkParam),
    problems,
  );
  if (merged === undefined) return {};
  for (const [name, param] of Object.entries(merged.data)) {
    const file = merged.origin[name]!;
    for (const key of ['type', 'description'] as const) {
      if (param[key] === undefined) {
        problems.push(at(file, name, `missing required key '${key}'`));
      }
    }
    if ('use' in param)
      problems.push(at(file, `${name}.use`, 'shared definitions cannot use others'));
  }
  return merged.data;
}

/** A validator of `{name: param}` maps built from the single-parameter validator. */
function mapOf(check: ValidateFunction): ValidateFunction {
  const validate = ((data: unknown) => {
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      validate.errors = [
        {
          instancePath: '',
          schemaPath: '#/type',
          keyword: 'type',
          params: { type: 'object' },
          message: 'must be object',
        },
      ];
      return false;
    }
    const errors = Object.entries(data).flatMap(([name, value]) =>
      check(value)
        ? []
        : (check.errors ?? []).map((e) => ({ ...e, instancePath: `/${name}${e.instancePath}` })),
    );
    validate.errors = errors;
    return errors.length === 0;
  }) as ValidateFunction;
  return validate;
}

function resolveParams(
  file: string,
  spec: OperationSpec,
  shared: SharedParams,
  problems: SpecProblem[],
): Record<string, RequestParamSpec> {
  return resolveParamMap(file, 'params', spec.params, shared, problems);
}

/** Each parameter (or item field, under `<path>`) resolved through `use`, with its own rules. */
function resolveParamMap(
  file: string,
  path: string,
  refs: Readonly<Record<string, RequestParamRef>>,
  shared: SharedParams,
  problems: SpecProblem[],
): Record<string, RequestParamSpec> {
  const params: Record<string, RequestParamSpec> = {};
  for (const [name, ref] of Object.entries(refs)) {
    const param = resolveParam(file, `${path}.${name}`, ref, shared, problems);
    if (param !== undefined) params[name] = param;
  }
  return params;
}

function resolveParam(
  file: string,
  path: string,
  ref: RequestParamRef,
  shared: SharedParams,
  problems: SpecProblem[],
): RequestParamSpec | undefined {
  const { use, ...own } = ref;
  const base = use === undefined ? undefined : shared.params[use];
  if (use !== undefined && base === undefined) {
    problems.push(at(file, `${path}.use`, `'${use}' is not defined in ${shared.sources}`));
    return undefined;
  }
  // Item fields are references too (a shared definition's included): resolved below.
  const { fields, ...rest } = { ...base, ...own } as RequestParamRef;
  const param = rest as RequestParamSpec;
  for (const key of ['type', 'description'] as const) {
    if (param[key] === undefined)
      problems.push(at(file, path, `missing required key '${key}' (or 'use')`));
  }
  if (param.type === 'decimal' && param.minimum === undefined) {
    // The runtime refuses negative values (and a minus sign) only where `minimum` says so.
    problems.push(at(file, path, "a decimal parameter needs 'minimum' (0 when never negative)"));
  }
  if (param.pattern !== undefined) {
    try {
      new RegExp(param.pattern);
    } catch (error) {
      const why = `not a valid regular expression: ${(error as Error).message}`;
      problems.push(at(file, `${path}.pattern`, why));
    }
  }
  problems.push(...checkKindKeys(file, path, param, fields !== undefined));
  if (fields === undefined) return param;
  const items = resolveParamMap(file, `${path}.fields`, fields, shared, problems);
  problems.push(...checkItemRules(file, path, items, param.anyOf ?? []));
  return { ...param, fields: items };
}

/** Keys that belong to one kind of parameter: item fields to `objects`, `itemType` to `list`. */
const KIND_KEYS = {
  fields: ['objects'],
  anyOf: ['objects'],
  itemType: ['list'],
  maxItems: ['list', 'objects'],
} as const;

function checkKindKeys(
  file: string,
  path: string,
  param: RequestParamSpec,
  hasFields: boolean,
): SpecProblem[] {
  if (param.type === 'objects' && !hasFields)
    return [at(file, path, "a list of objects (type objects) needs 'fields'")];
  return Object.entries(KIND_KEYS).flatMap(([key, types]) => {
    const given = key === 'fields' ? hasFields : param[key as keyof RequestParamSpec] !== undefined;
    const allowed = (types as readonly string[]).includes(param.type);
    const why = `'${key}' belongs to type ${types.join(' or ')} only (this is ${param.type})`;
    return given && !allowed ? [at(file, `${path}.${key}`, why)] : [];
  });
}

/**
 * A list of objects holds one level of objects (an item field is never `objects` itself), and
 * its `anyOf` groups name its item fields.
 */
function checkItemRules(
  file: string,
  path: string,
  fields: Readonly<Record<string, RequestParamSpec>>,
  anyOf: readonly (readonly string[])[],
): SpecProblem[] {
  const problems: SpecProblem[] = [];
  for (const [name, field] of Object.entries(fields)) {
    if (field.type === 'objects')
      problems.push(at(file, `${path}.fields.${name}.type`, 'an item field cannot be objects'));
  }
  anyOf.forEach((group, g) =>
    group.forEach((name, i) => {
      if (!Object.hasOwn(fields, name))
        problems.push(at(file, `${path}.anyOf.${g}.${i}`, `'${name}' is not an item field`));
    }),
  );
  return problems;
}

/** Where an operation's file lives: `spec/operations/`, or `spec/operations/sapi/` for a SAPI path. */
function expectedFile(spec: OperationSpec): string {
  const sapi = spec.rest?.path.startsWith('/sapi/') === true;
  return `${sapi ? SAPI_DIR : 'spec/operations/'}${operationNames(spec).file}.yaml`;
}

function checkOperationRules(file: string, spec: OperationSpec): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const sapi = spec.rest?.path.startsWith('/sapi/') === true;
  const expected = expectedFile(spec);
  if (file !== expected) {
    problems.push(at(file, 'operation', `operation '${spec.operation}' must live in ${expected}`));
  }
  problems.push(...checkSapiRules(file, spec, sapi));
  for (const name of Object.keys(spec.params)) {
    if (RESERVED_PARAMS.includes(name))
      problems.push(
        at(
          file,
          `params.${name}`,
          `'${name}' is added by the runtime to every request that needs it (never a parameter: ${RESERVED_PARAMS.join(', ')})`,
        ),
      );
  }
  spec.examples.forEach((example, i) => {
    for (const name of Object.keys(example.params ?? {})) {
      if (!Object.hasOwn(spec.params, name))
        problems.push(at(file, `examples.${i}.params.${name}`, `'${name}' is not a parameter`));
    }
  });
  (spec.wsApi?.optional ?? []).forEach((name, i) => {
    if (!(name in spec.params))
      problems.push(at(file, `wsApi.optional.${i}`, `'${name}' is not a parameter`));
    else if (spec.params[name]?.required !== true)
      problems.push(at(file, `wsApi.optional.${i}`, `'${name}' is not required on REST`));
  });
  (spec.wsApi?.anyOf ?? []).forEach((group, g) =>
    group.forEach((name, i) => {
      if (!(name in spec.params))
        problems.push(at(file, `wsApi.anyOf.${g}.${i}`, `'${name}' is not a parameter`));
    }),
  );
  (spec.anyOf ?? []).forEach((group, g) =>
    group.forEach((name, i) => {
      if (!(name in spec.params))
        problems.push(at(file, `anyOf.${g}.${i}`, `'${name}' is not a parameter`));
    }),
  );
  return problems;
}

/**
 * A /sapi/ endpoint (margin, wallet, sub-account) is REST only and says which of its limits the
 * weight counts against (`weightType`); Spot's /api/v3 weights are REQUEST_WEIGHT, so they have
 * none. Order counts (`orders`, `weightOnSuccess`) are Spot's rules and stay with /api/v3.
 */
function checkSapiRules(file: string, spec: OperationSpec, sapi: boolean): SpecProblem[] {
  if (!sapi) {
    return spec.weightType === undefined
      ? []
      : [at(file, 'weightType', 'only /sapi/ endpoints have a weightType')];
  }
  const problems: SpecProblem[] = [];
  if (spec.weightType === undefined)
    problems.push(at(file, 'weightType', "a /sapi/ endpoint needs 'weightType' (IP or UID)"));
  if (spec.wsApi !== undefined)
    problems.push(at(file, 'wsApi', 'a /sapi/ endpoint is REST only (no WebSocket API method)'));
  for (const key of ['orders', 'weightOnSuccess'] as const) {
    if (spec[key] !== undefined)
      problems.push(at(file, key, `'${key}' is a Spot (/api/v3) rule, not a /sapi/ one`));
  }
  return problems;
}

/**
 * Response fields: readable names unique per object, a wire name without `name` must itself be
 * camelCase, tuple elements need names, union variants must differ in JSON kind.
 */
function checkResponse(file: string, path: string, field: FieldSpec): SpecProblem[] {
  const problems: SpecProblem[] = [];
  if (field.fields) {
    const seen = new Map<string, string>();
    for (const [wire, child] of Object.entries(field.fields)) {
      const name = child.name ?? wire;
      if (child.name === undefined && !CAMEL.test(wire)) {
        problems.push(
          at(
            file,
            `${path}.fields.${wire}`,
            `wire name '${wire}' is not camelCase: give it a 'name'`,
          ),
        );
      }
      const previous = seen.get(name);
      if (previous !== undefined) {
        problems.push(
          at(
            file,
            `${path}.fields.${wire}.name`,
            `'${name}' is already the name of field '${previous}'`,
          ),
        );
      }
      seen.set(name, wire);
      problems.push(...checkResponse(file, `${path}.fields.${wire}`, child));
    }
  }
  if (field.items) problems.push(...checkResponse(file, `${path}.items`, field.items));
  if (field.values) problems.push(...checkResponse(file, `${path}.values`, field.values));
  field.elements?.forEach((element, i) => {
    if (element.name === undefined)
      problems.push(at(file, `${path}.elements.${i}`, `tuple elements need a 'name'`));
    problems.push(...checkResponse(file, `${path}.elements.${i}`, element));
  });
  if (field.variants && allObjects(field.variants)) {
    if (discriminators(field.variants) === undefined) {
      problems.push(
        at(
          file,
          `${path}.variants`,
          'object variants need each a required field that no other variant has (to tell them apart)',
        ),
      );
    }
    field.variants.forEach((v, i) =>
      problems.push(...checkResponse(file, `${path}.variants.${i}`, v)),
    );
  } else if (field.variants) {
    const kinds = field.variants.map(jsonKind);
    if (new Set(kinds).size !== kinds.length) {
      problems.push(
        at(file, `${path}.variants`, `variants must differ in JSON kind (got ${kinds.join(', ')})`),
      );
    }
    field.variants.forEach((v, i) =>
      problems.push(...checkResponse(file, `${path}.variants.${i}`, v)),
    );
  }
  return problems;
}

/** The JSON kind a union tells its variants apart by at run time. */
export const jsonKind = (field: FieldSpec): string =>
  field.type === 'array' || field.type === 'tuple'
    ? 'array'
    : field.type === 'object' || field.type === 'map'
      ? 'object'
      : 'scalar';

function checkExamples(operations: readonly LoadedOperation[]): SpecProblem[] {
  return operations.flatMap((operation) =>
    exampleProblems(
      operation.file,
      buildOperationSchema(operation),
      operation.spec.examples.map((example) => example.response),
      'response',
    ),
  );
}

/**
 * Every REST path is one the product serves (product.yaml `restPaths`): a `/fapi/` path in the
 * Spot spec would be sent to api.binance.com.
 */
export function restPathProblems(
  product: { readonly file: string; readonly spec: ProductSpec } | undefined,
  operations: readonly LoadedOperation[],
): SpecProblem[] {
  const prefixes = product?.spec.restPaths;
  if (prefixes === undefined) return [];
  return operations.flatMap(({ file, spec }) =>
    spec.rest === undefined || prefixes.some((prefix) => spec.rest!.path.startsWith(prefix))
      ? []
      : [
          at(
            file,
            'rest.path',
            `'${spec.rest.path}' is not a path of product ${product!.spec.name} (${product!.spec.restUrl}), whose paths start with ${prefixes.join(', ')} (${product!.file} restPaths)`,
          ),
        ],
  );
}
