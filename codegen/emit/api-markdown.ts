import { sourceNameOf, type GeneratorContext } from '../context';
import { channelNames, operationNames, pascal, readableName, userDataNames } from '../names';
import { CCXT_STRUCTURES } from '../ccxt-structures';
import { fileOfEntry } from '../ccxt-layer';
import type {
  FieldSpec,
  LoadedCcxtMapping,
  LoadedChannel,
  LoadedOperation,
  LoadedUserDataEvent,
  ParamSpec,
  RequestParamSpec,
} from '../spec-types';
import { markdownHeader } from './header';
import { conditionalFieldsSection } from './conditional-fields-markdown';

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

/**
 * generated/API.md: every channel, its function, stream, parameters and fields; every operation;
 * every user data event, its operator and fields; the CCXT parsers.
 */
export function apiMarkdown(ctx: GeneratorContext): string {
  const { channels, params } = ctx.spec;
  // A source as file headers name it: a user's file by the user's path (generate --spec).
  const named = (file: string): string => sourceNameOf(ctx, file);
  const lines = [
    markdownHeader(sourceNameOf(ctx, `${ctx.specDir ?? 'spec'}/`), ctx.regenerate),
    '# binance-rx generated API',
    '',
    '## Market streams',
    '',
    '| function | stream | event (raw) | parsed | description |',
    '| --- | --- | --- | --- | --- |',
    ...channels.map(({ spec }) => {
      const n = channelNames(spec.channel);
      return `| [\`${n.subscribe}\`](#${n.subscribe.toLowerCase()}) | \`${spec.stream}\` | \`${n.event}\` | \`${n.parsed}\` | ${cell(spec.title)} |`;
    }),
    '',
    '## Stream parameters',
    '',
    ...streamParamTable(Object.entries(params).sort(([a], [b]) => (a < b ? -1 : 1))),
    '',
    ...channels.flatMap((channel) => channelSection(channel, named)),
    ...operationsSection(ctx.spec.operations, named),
    ...userDataSection(ctx.spec.userDataEvents, named),
    ...conditionalFieldsSection(ctx.spec.operations, ctx.spec.userDataEvents),
    ...ccxtSection(ctx.spec.ccxtMappings, named),
  ];
  return lines.join('\n') + '\n';
}

/** A table of stream parameters: name, the values allowed, description. */
function streamParamTable(params: readonly (readonly [string, ParamSpec])[]): string[] {
  return [
    '| parameter | rule | description |',
    '| --- | --- | --- |',
    ...params.map(([name, p]) => {
      const rule = p.enum
        ? `one of ${p.enum.map((v) => `\`${v}\``).join(', ')}`
        : `matches \`${p.pattern}\``;
      return `| \`${name}\` | ${cell(`${rule}${p.optional ? ' (optional)' : ''}`)} | ${cell(p.description)} |`;
    }),
  ];
}

/** How a section names its spec file. */
type Named = (file: string) => string;

function channelSection(channel: LoadedChannel, named: Named): string[] {
  const { spec } = channel;
  const n = channelNames(spec.channel);
  const call =
    spec.params.length === 0 ? `${n.subscribe}(messages)` : `${n.subscribe}(params, messages)`;
  // Parameters of params.yaml are in the table above; the channel's own are listed here.
  const own = channel.params.filter((p) => p.inline).map((p) => [p.name, p.param] as const);
  return [
    `### ${n.subscribe}`,
    '',
    `\`${call}\` — stream \`${spec.stream}\`${spec.updateSpeed ? `, every ${spec.updateSpeed}` : ''}. Source: \`${named(channel.file)}\`.`,
    '',
    spec.description.trim(),
    '',
    ...(own.length > 0
      ? ['Stream parameters of its own (defined in its file):', '', ...streamParamTable(own), '']
      : []),
    spec.payload === 'array'
      ? `Payload: an array of [\`${pascal(spec.sameAs!)}Event\`](#subscribe${spec.sameAs!.toLowerCase()}).`
      : '| wire | name | type | description |',
    ...(spec.payload === 'array'
      ? []
      : ['| --- | --- | --- | --- |', ...fieldRows(channel.fields, '')]),
    '',
  ];
}

function fieldRows(fields: Readonly<Record<string, FieldSpec>>, prefix: string): string[] {
  return Object.entries(fields).flatMap(([wire, field]) => {
    const type =
      field.const !== undefined
        ? `${field.type} = \`${field.const}\``
        : field.values
          ? `map of ${field.values.type}`
          : field.type;
    const row = `| \`${prefix}${wire}\` | \`${readableName(wire, field)}\` | ${type}${field.optional ? ' (optional)' : ''} | ${cell(field.description)}${field.conditional ? ` Sent only when: ${cell(field.conditional)}` : ''} |`;
    return [row, ...(field.fields ? fieldRows(field.fields, `${prefix}${wire}.`) : [])];
  });
}

function userDataSection(events: readonly LoadedUserDataEvent[], named: Named): string[] {
  if (events.length === 0) return [];
  return [
    '## User data events',
    '',
    '| operator | `e` | event (raw) | parsed | description |',
    '| --- | --- | --- | --- | --- |',
    ...events.map(({ spec }) => {
      const n = userDataNames(spec.event);
      return `| [\`${n.operator}\`](#${n.operator.toLowerCase()}) | \`${spec.eventType}\` | \`${n.event}\` | \`${n.parsed}\` | ${cell(spec.title)} |`;
    }),
    '',
    ...events.flatMap(({ file, spec }) => {
      const n = userDataNames(spec.event);
      return [
        `### ${n.operator}`,
        '',
        `\`.pipe(${n.operator}())\` on the user data stream — \`e\` = \`${spec.eventType}\`. Source: \`${named(file)}\`.`,
        '',
        spec.description.trim(),
        '',
        '| wire | name | type | description |',
        '| --- | --- | --- | --- |',
        ...fieldRows(spec.fields, ''),
        '',
      ];
    }),
  ];
}

function operationsSection(operations: readonly LoadedOperation[], named: Named): string[] {
  if (operations.length === 0) return [];
  return [
    '## REST endpoints and WebSocket API methods',
    '',
    '| operation | REST | `*Http` | WebSocket API | `*Factory` | security | weight |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...operations.map(({ spec }) => {
      const n = operationNames(spec);
      const rest = spec.rest ? `\`${spec.rest.method} ${spec.rest.path}\`` : '';
      return `| [${cell(spec.title)}](#${n.descriptor.toLowerCase()}) | ${rest} | ${n.http ? `\`${n.http}\`` : ''} | ${spec.wsApi ? `\`${spec.wsApi.method}\`` : ''} | ${n.factory ? `\`${n.factory}\`` : ''} | ${spec.security} | ${spec.weight}${spec.weightType ? ` (${spec.weightType})` : ''} |`;
    }),
    '',
    ...operations.flatMap((operation) => operationSection(operation, named)),
  ];
}

function operationSection({ file, spec, params }: LoadedOperation, named: Named): string[] {
  const n = operationNames(spec);
  const entries = Object.entries(params);
  return [
    `### ${n.descriptor}`,
    '',
    `${cell(spec.description)} Returns \`${n.response}\`; \`${n.parse}\` gives \`${n.parsed}\`. Source: \`${named(file)}\`.${spec.weightNote ? ` Weight: ${cell(spec.weightNote)}` : ''}`,
    '',
    ...(entries.length === 0
      ? ['No parameters.']
      : [
          '| parameter | type | required | description |',
          '| --- | --- | --- | --- |',
          ...entries.flatMap(([name, p]) => [
            paramRow(name, p),
            // An `objects` parameter: one row per item field, after its own.
            ...Object.entries(p.fields ?? {}).map(([key, f]) => paramRow(`${name}[].${key}`, f)),
          ]),
        ]),
    ...(spec.anyOf
      ? ['', `At least one of: ${spec.anyOf.map((g) => g.join(', ')).join('; ')}.`]
      : []),
    '',
  ];
}

function paramRow(name: string, p: RequestParamSpec): string {
  const type = p.enum
    ? p.enum.map((v) => `\`${v}\``).join(', ')
    : p.type === 'list' && p.itemType === 'integer'
      ? 'list of integers'
      : p.type;
  const text = [
    p.description,
    p.maxItems !== undefined ? `At most ${p.maxItems} items.` : '',
    p.anyOf ? `Each item needs ${p.anyOf.map((g) => g.join(' or ')).join('; ')}.` : '',
  ].filter((part) => part !== '');
  return `| \`${name}\` | ${type} | ${p.required ? 'yes' : ''} | ${cell(text.join(' '))} |`;
}

function ccxtSection(mappings: readonly LoadedCcxtMapping[], named: Named): string[] {
  if (mappings.length === 0) return [];
  const rows = mappings.flatMap((mapping) =>
    mapping.sources.map((source) => {
      const { type } = CCXT_STRUCTURES[mapping.spec.structure];
      const out =
        source.mode === 'single'
          ? type
          : source.mode === 'union'
            ? `${type} or ${type}[]`
            : `${type}[]`;
      const from = `${source.kind === 'userData' ? 'user data' : source.kind} \`${source.target}\``;
      const symbol =
        source.spec.symbol === '$context'
          ? 'context.symbol'
          : source.spec.symbol
            ? `\`${source.spec.symbol}\``
            : '';
      return `| ${from} | \`${source.parse}\` / \`${source.operator}()\` | \`${out}\` | ${symbol} | ${cell(source.spec.follows)} | \`${fileOfEntry(mapping, source.file, named)}\` |`;
    }),
  );
  return [
    '## CCXT structures',
    '',
    "Each payload below maps to one of CCXT's unified structures (`src/ccxt/types.ts`); `context` is `{ markets?, symbol? }`.",
    '',
    '| payload | parser / operator | returns | symbol from | matches ccxt | mapping |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ];
}
