import type { FieldSpec, LoadedChannel, LoadedOperation, LoadedUserDataEvent } from '../spec-types';
import { channelNames, operationNames, userDataNames } from '../names';
import { schemaScope } from '../products';

/** Exact decimal as Binance sends it: a JSON string such as "0.00100000" or "-1.5". */
export const DECIMAL_PATTERN = '^-?[0-9]+(\\.[0-9]+)?$';

export const SCHEMA_BASE_URI = 'https://binance-rx.dev/schemas/';

/** `$id` of a channel's payload schema; `file` (its spec file) scopes it to its product. */
export const channelSchemaId = (channel: string, file: string): string =>
  `${SCHEMA_BASE_URI}${schemaScope(file)}channels/${channelNames(channel).file}.json`;

/** `$id` of an operation's response schema. */
export const operationSchemaId = (operation: string, file: string): string =>
  `${SCHEMA_BASE_URI}${schemaScope(file)}operations/${operationNames({ operation }).file}.json`;

/** `$id` of a user data event's schema. */
export const userDataSchemaId = (event: string, file: string): string =>
  `${SCHEMA_BASE_URI}${schemaScope(file)}user-data/${userDataNames(event).file}.json`;

type JsonSchema = Record<string, unknown>;

/**
 * A schema with its `$comment` (its spec file, DO NOT EDIT, the command that regenerates it)
 * after `$schema` and `$id`: the builders below leave it to the generator, which knows how the
 * file and the command are named (a user's own, for `generate --spec`).
 */
export function withComment(schema: JsonSchema, source: string, command: string): JsonSchema {
  const { $schema, $id, ...rest } = schema;
  const $comment = `Generated from ${source} by codegen/. DO NOT EDIT: edit the spec and run \`${command}\`.`;
  return { $schema, $id, $comment, ...rest };
}

/** The JSON Schema (draft-07) of one user data event (the `event` of `{subscriptionId, event}`). */
export function buildUserDataSchema(loaded: LoadedUserDataEvent): JsonSchema {
  const { spec } = loaded;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: userDataSchemaId(spec.event, loaded.file),
    title: `${spec.title} (user data stream, e = ${spec.eventType})`,
    description: spec.description,
    ...objectSchema(spec.fields),
  };
}

/**
 * The JSON Schema (draft-07) of one channel's payload. Unknown extra properties are allowed:
 * Binance adds fields without notice, and a new field must not break a running bot.
 */
export function buildChannelSchema(channel: LoadedChannel): JsonSchema {
  const { spec } = channel;
  const object = objectSchema(channel.fields);
  const body = spec.payload === 'array' ? { type: 'array', items: object } : object;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: channelSchemaId(spec.channel, channel.file),
    title: `${spec.title} (${spec.stream})`,
    description: spec.description,
    ...body,
  };
}

/**
 * The JSON Schema (draft-07) of one operation's response: the REST body and the WebSocket API
 * `result` (they are the same). Extra properties allowed, as for channels.
 */
export function buildOperationSchema(operation: LoadedOperation): JsonSchema {
  const { spec } = operation;
  const binding = [
    spec.rest ? `${spec.rest.method} ${spec.rest.path}` : undefined,
    spec.wsApi?.method,
  ].filter(Boolean);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: operationSchemaId(spec.operation, operation.file),
    title: `${spec.title} (${binding.join(', ')})`,
    ...fieldSchema(spec.response),
    description: spec.description,
  };
}

function objectSchema(fields: Readonly<Record<string, FieldSpec>>): JsonSchema {
  const entries = Object.entries(fields);
  return {
    type: 'object',
    required: entries.filter(([, field]) => !field.optional).map(([wire]) => wire),
    properties: Object.fromEntries(entries.map(([wire, field]) => [wire, fieldSchema(field)])),
  };
}

function fieldSchema(field: FieldSpec): JsonSchema {
  const schema: JsonSchema = { description: field.description, ...typeSchema(field) };
  if (field.const !== undefined) schema.const = field.const;
  if (field.enum !== undefined) schema.enum = field.enum;
  if (!field.nullable) return schema;
  const { description, ...rest } = schema;
  return { description, anyOf: [rest, { type: 'null' }] };
}

function typeSchema(field: FieldSpec): JsonSchema {
  switch (field.type) {
    case 'decimal':
      return { type: 'string', pattern: DECIMAL_PATTERN };
    case 'timestamp':
    case 'integer':
      return { type: 'integer' };
    case 'number':
      return { type: 'number' };
    case 'object':
      return objectSchema(field.fields!);
    case 'array':
      return { type: 'array', items: fieldSchema(field.items!) };
    case 'map':
      return { type: 'object', additionalProperties: fieldSchema(field.values!) };
    case 'union':
      return { anyOf: field.variants!.map(fieldSchema) };
    case 'tuple':
      return {
        type: 'array',
        items: field.elements!.map(fieldSchema),
        minItems: field.elements!.length,
        maxItems: field.elements!.length,
      };
    default:
      return { type: field.type };
  }
}
