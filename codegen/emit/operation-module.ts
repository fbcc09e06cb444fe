import {
  indentText,
  StructureKind,
  VariableDeclarationKind,
  type StatementStructures,
} from './print';
import type { GeneratorContext } from '../context';
import { operationNames, productConstName, propertyKey } from '../names';
import type { LoadedOperation, RequestParamSpec } from '../spec-types';
import { fieldGroupImports } from './field-groups-module';
import {
  DECIMAL_TYPE_PARAM,
  fieldType,
  groupParts,
  hasDecimal,
  objectMembers,
} from './field-types';
import { operationSchemaId } from './json-schema';
import { converterStatements, OPTIONAL_DECIMAL_FN, parseExpression } from './parse-expression';
import { runtimeImport } from './paths';
import { importFrom, interfaceOf, typeAlias } from './structures';

/**
 * generated/operations/<operation>.ts: parameter, raw and parsed response types, the descriptor
 * (data), and one-line `<name>Http` (REST), `<operation>Factory` (WebSocket API) and
 * `parse<Operation>Response` functions.
 */
export function operationModule(
  ctx: GeneratorContext,
  operation: LoadedOperation,
): StatementStructures[] {
  const { spec, params } = operation;
  const n = operationNames(spec);
  const response = spec.response;
  const decimals = hasDecimal({ response });
  const D = decimals ? `<${DECIMAL_TYPE_PARAM}>` : '';
  const usesOptionalDecimal = parseExpression(response, 'raw', 0, true).includes(
    `${OPTIONAL_DECIMAL_FN}(`,
  );
  const entries = Object.entries(params);
  const wsOptional = spec.wsApi?.optional ?? [];
  const optionalParams = entries.every(([, p]) => !p.required) && !spec.anyOf;
  const where = [
    spec.rest ? `\`${spec.rest.method} ${spec.rest.path}\`` : undefined,
    spec.wsApi ? `WebSocket API \`${spec.wsApi.method}\`` : undefined,
  ].filter(Boolean);
  const weight = `Weight ${spec.weight}${spec.weightType ? ` (${spec.weightType})` : ''}${spec.weightNote ? ` (${spec.weightNote})` : ''}. Security ${spec.security}.`;

  // A REST endpoint's descriptor names its product: where a call without a client goes.
  const product =
    spec.rest && ctx.spec.product ? productConstName(ctx.spec.product.spec) : undefined;
  const statements: StatementStructures[] = [
    importFrom('rxjs', [], ['Observable']),
    importFrom(
      runtimeImport(ctx, `${ctx.outDir}/operations`),
      [
        ...(spec.rest ? ['requestHttp'] : []),
        ...(decimals ? ['decimalOf'] : []),
        ...(decimals && usesOptionalDecimal ? ['optionalOf'] : []),
      ],
      [
        ...(spec.rest ? ['HttpClient'] : []),
        'OperationDescriptor',
        ...(decimals ? ['ParseOptions'] : []),
        'Validator',
        ...(spec.wsApi ? ['WsApiSession'] : []),
      ],
    ),
    importFrom(`../validators/operations/${n.file}`, ['validate'], []),
    ...(product ? [importFrom('../product', [product], [])] : []),
    ...fieldGroupImports([response]),
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`Checks a response against its JSON Schema; \`.errors\` when false.`],
      declarations: [{ name: n.validate, type: 'Validator', initializer: 'validate' }],
    },
  ];

  const paramsDoc = `Parameters of ${spec.title} (${where.join(', ')}).`;
  statements.push(
    entries.length === 0
      ? typeAlias(n.params, 'Record<string, never>', `${paramsDoc} It takes none.`)
      : {
          kind: StructureKind.Interface,
          isExported: true,
          name: n.params,
          docs: [paramsDoc],
          properties: entries.map(([name, param]) => ({
            name,
            hasQuestionToken: !param.required || wsOptional.includes(name),
            type: paramType(param),
            docs: [paramDoc(param)],
          })),
        },
  );

  const rawDoc = `${spec.title}: the response body with Binance's names. ${spec.description}`;
  const parsedDoc = `${spec.title}, parsed: readable names; decimals are exact strings unless \`${n.parse}\` is given a \`decimal\` converter.`;
  if (response.type === 'object') {
    const raw = groupParts(response, 'raw');
    const parsed = groupParts(response, 'parsed');
    statements.push(
      interfaceOf(n.response, objectMembers(raw.own, 'raw'), rawDoc, false, raw.types),
    );
    statements.push(
      interfaceOf(n.parsed, objectMembers(parsed.own, 'parsed'), parsedDoc, decimals, parsed.types),
    );
  } else {
    statements.push(typeAlias(n.response, fieldType(response, 'raw'), rawDoc));
    statements.push(typeAlias(n.parsed, fieldType(response, 'parsed'), parsedDoc, decimals));
  }

  const rules = Object.fromEntries(entries.map(([k, p]) => [k, paramRule(p)]));
  const descriptor = descriptorLiteral(operation, n.validate, rules, spec.anyOf ?? [], product);
  statements.push({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`Descriptor of ${spec.title}: data the runtime interprets.`],
    declarations: [
      {
        name: n.descriptor,
        type: `OperationDescriptor<${n.params}, ${n.response}>`,
        initializer: descriptor,
      },
    ],
  });

  const wsDescriptor = wsApiDescriptor(operation, n);
  if (wsDescriptor) statements.push(wsDescriptor.statement);

  const paramsParameter = {
    name: 'params',
    type: n.params,
    ...(optionalParams ? { hasQuestionToken: true } : {}),
  };
  if (n.http) {
    statements.push({
      kind: StructureKind.Function,
      isExported: true,
      name: n.http,
      docs: [
        `${spec.title}: \`${spec.rest!.method} ${spec.rest!.path}\`. ${spec.description}\n\n` +
          `Emits the full JSON body once, then completes; parse it with \`${n.parse}\` if you want readable names. ${weight}`,
      ],
      parameters: [paramsParameter, { name: 'client', type: 'HttpClient', hasQuestionToken: true }],
      returnType: `Observable<${n.response}>`,
      statements: `return requestHttp(${n.descriptor}, params${optionalParams ? ' ?? {}' : ''}, client);`,
    });
  }
  if (n.factory) {
    statements.push({
      kind: StructureKind.Function,
      isExported: true,
      name: n.factory,
      docs: [
        `${spec.title} over the WebSocket API (\`${spec.wsApi!.method}\`): returns a function that sends one request per subscription and emits its \`result\`. ${spec.description} ${weight}`,
      ],
      parameters: [{ name: 'session', type: 'WsApiSession' }],
      returnType: `(params${optionalParams ? '?' : ''}: ${n.params}) => Observable<${n.response}>`,
      statements: `return (params) => session.request(${wsDescriptor?.name ?? n.descriptor}, params${optionalParams ? ' ?? {}' : ''});`,
    });
  }
  const body = parseExpression(response, 'raw', 0, true);
  statements.push({
    kind: StructureKind.Function,
    isExported: true,
    name: n.parse,
    docs: [
      `Maps a raw \`${n.response}\` to the readable \`${n.parsed}\`.` +
        (decimals
          ? ' Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals.'
          : ''),
    ],
    typeParameters: decimals ? [{ name: DECIMAL_TYPE_PARAM, default: 'string' }] : [],
    parameters: [
      { name: 'raw', type: n.response },
      ...(decimals
        ? [{ name: 'options', type: `ParseOptions<${DECIMAL_TYPE_PARAM}>`, hasQuestionToken: true }]
        : []),
    ],
    returnType: `${n.parsed}${D}`,
    statements: [
      ...(decimals ? converterStatements(body) : []),
      // An empty response reads nothing of `raw`; say so rather than leave an unused parameter.
      ...(isEmptyObject(response) ? ['void raw;'] : []),
      `return ${body};`,
    ],
  });
  return statements;
}

/**
 * A descriptor's object literal: data only (no spread of another descriptor, which a bundler
 * cannot prove free of side effects, so it would keep both descriptors and their validators).
 */
function descriptorLiteral(
  operation: LoadedOperation,
  validate: string,
  rules: Record<string, unknown>,
  anyOf: readonly (readonly string[])[],
  product: string | undefined,
): string {
  const { spec } = operation;
  const fields = [
    `operation: ${JSON.stringify(spec.operation)}`,
    `security: ${JSON.stringify(spec.security)}`,
    `weight: ${spec.weight}`,
    ...(spec.weightType !== undefined ? [`weightType: ${JSON.stringify(spec.weightType)}`] : []),
    ...(spec.weightOnSuccess !== undefined ? [`weightOnSuccess: ${spec.weightOnSuccess}`] : []),
    ...(spec.orders !== undefined ? [`orders: ${spec.orders}`] : []),
    `params: ${JSON.stringify(rules)}`,
    ...(anyOf.length > 0 ? [`anyOf: ${JSON.stringify(anyOf)}`] : []),
    ...(spec.rest
      ? [`rest: ${JSON.stringify({ method: spec.rest.method, path: spec.rest.path })}`]
      : []),
    ...(spec.wsApi ? [`wsApi: ${JSON.stringify({ method: spec.wsApi.method })}`] : []),
    ...(product ? [`product: ${product}`] : []),
    `schemaId: ${JSON.stringify(operationSchemaId(spec.operation, operation.file))}`,
    `validate: ${validate}`,
  ];
  return `{ ${fields.join(', ')} }`;
}

/**
 * When the WebSocket API method checks its parameters differently (`wsApi.optional`,
 * `wsApi.anyOf`), its own descriptor: the operation's, with those rules.
 */
function wsApiDescriptor(
  operation: LoadedOperation,
  n: ReturnType<typeof operationNames>,
): { name: string; statement: StatementStructures } | undefined {
  const { spec, params } = operation;
  const ws = spec.wsApi;
  if (!ws || (ws.optional === undefined && ws.anyOf === undefined)) return undefined;
  const name = `${n.descriptor.replace(/Operation$/, '')}WsApiOperation`;
  const rules = Object.fromEntries(
    Object.entries(params).map(([key, param]) => {
      const { required, ...rule } = paramRule(param);
      return [key, ws.optional?.includes(key) || !required ? rule : { ...rule, required }];
    }),
  );
  const anyOf = [...(spec.anyOf ?? []), ...(ws.anyOf ?? [])];
  return {
    name,
    statement: {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [
        `Descriptor of ${spec.title} on the WebSocket API (\`${ws.method}\`), which checks its parameters differently from REST.`,
      ],
      declarations: [
        {
          name,
          type: `OperationDescriptor<${n.params}, ${n.response}>`,
          initializer: descriptorLiteral(operation, n.validate, rules, anyOf, undefined),
        },
      ],
    },
  };
}

function paramType(param: RequestParamSpec): string {
  if (param.enum) return param.enum.map((v) => JSON.stringify(v)).join(' | ');
  switch (param.type) {
    case 'integer':
      return 'number';
    case 'decimal':
      return 'string | number';
    case 'list':
      return param.itemType === 'integer' ? 'readonly number[]' : 'readonly string[]';
    case 'objects':
      return `ReadonlyArray<${itemType(param.fields!)}>`;
    default:
      return param.type;
  }
}

/** One item of an `objects` parameter: an inline object type with JSDoc on every field. */
function itemType(fields: Readonly<Record<string, RequestParamSpec>>): string {
  const members = Object.entries(fields).map(
    ([name, field]) =>
      `/** ${paramDoc(field)} */\n${propertyKey(name)}${field.required ? '' : '?'}: ${paramType(field)};`,
  );
  return `{\n${members.map((m) => indentText(m)).join('\n')}\n}`;
}

function paramDoc(param: RequestParamSpec): string {
  const parts = [param.description.trim()];
  if (param.default !== undefined) parts.push(`Default: \`${String(param.default)}\`.`);
  if (param.type === 'decimal') parts.push('Strings keep their exact digits.');
  if (param.maxItems !== undefined) parts.push(`At most ${param.maxItems} items.`);
  if (param.anyOf !== undefined) {
    const groups = param.anyOf.map((g) => g.map((k) => `\`${k}\``).join(' or ')).join('; ');
    parts.push(`Each item needs ${groups}.`);
  }
  return parts.join(' ').replace(/\*\//g, '*\\/');
}

/** The runtime's rule for a parameter: the spec entry without its prose (item fields too). */
function paramRule(param: RequestParamSpec): Record<string, unknown> {
  const { description: _description, default: _default, fields, ...rule } = param;
  if (fields === undefined) return rule;
  const items = Object.fromEntries(Object.entries(fields).map(([k, f]) => [k, paramRule(f)]));
  return { ...rule, fields: items };
}

const isEmptyObject = (field: { type: string; fields?: object }): boolean =>
  field.type === 'object' && Object.keys(field.fields ?? {}).length === 0;
