import { StructureKind, VariableDeclarationKind, type StatementStructures } from './print';
import type { GeneratorContext } from '../context';
import { channelNames, paramTypeName, pascal, streamParamName } from '../names';
import type { ChannelParam, LoadedChannel } from '../spec-types';
import { fieldGroupImports } from './field-groups-module';
import { DECIMAL_TYPE_PARAM, hasDecimal, objectMembers } from './field-types';
import { channelSchemaId } from './json-schema';
import { DECIMAL_FN, objectLiteral } from './parse-expression';
import { enumType, streamParamLiteral } from './params-module';
import { runtimeImport } from './paths';
import { decimalTypeParams, importFrom, interfaceOf, typeAlias } from './structures';

/**
 * generated/channels/<channel>.ts: the raw and parsed types, the descriptor (data), and the
 * one-line `subscribe<Channel>` and `parse<Channel>` functions.
 */
export function channelModule(
  ctx: GeneratorContext,
  channel: LoadedChannel,
): StatementStructures[] {
  const { spec } = channel;
  const n = channelNames(spec.channel);
  const decimals = hasDecimal(channel.fields);
  const array = spec.payload === 'array';
  const base = array ? channelNames(spec.sameAs!) : undefined;
  const D = decimals ? `<${DECIMAL_TYPE_PARAM}>` : '';
  // A parameter of params.yaml is imported from ../params; one of the channel's own is written
  // here: its value type inline, its rules in the descriptor (no exported name of its own).
  const { params } = channel;
  const shared = params.filter((p) => !p.inline);
  const shorthand = params.length > 0 && params.slice(1).every((p) => p.param.optional);
  const enumParams = shared.filter((p) => p.param.enum).map((p) => paramTypeName(p.name));

  const statements: StatementStructures[] = [
    importFrom('rxjs', [], ['Observable', 'OperatorFunction']),
    importFrom(
      runtimeImport(ctx, `${ctx.outDir}/channels`),
      ['subscribeChannel', ...(decimals && !base ? ['decimalOf'] : [])],
      [
        'ChannelDescriptor',
        'NewSocketEvent',
        'SubscribeOptions',
        'Validator',
        ...(decimals ? ['ParseOptions'] : []),
      ],
    ),
  ];
  if (shared.length > 0) {
    const values = shared.map(({ name }) => streamParamName(name));
    statements.push(importFrom('../params', values, enumParams));
  }
  statements.push(importFrom(`../validators/${n.file}`, ['validate'], []));
  if (base) statements.push(importFrom(`./${base.file}`, [base.parse], [base.event, base.parsed]));
  else statements.push(...fieldGroupImports(Object.values(channel.fields)));
  statements.push({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`Checks a payload against the channel's JSON Schema; \`.errors\` when false.`],
    declarations: [{ name: n.validate, type: 'Validator', initializer: 'validate' }],
  });

  const paramsDoc = `Parameters of the ${spec.title} stream \`${spec.stream}\`.`;
  statements.push(
    params.length === 0
      ? typeAlias(n.params, 'Record<string, never>', `${paramsDoc} It takes none.`)
      : {
          kind: StructureKind.Interface,
          isExported: true,
          name: n.params,
          docs: [paramsDoc],
          properties: params.map((p) => ({
            name: p.name,
            hasQuestionToken: p.param.optional === true,
            type: valueType(p),
            docs: [
              p.param.description +
                (p.param.default !== undefined ? ` Default: \`${p.param.default}\`.` : ''),
            ],
          })),
        },
  );

  const eventDoc = `${spec.title}: raw payload of \`${spec.stream}\`, with Binance's wire names. ${spec.description}${
    spec.updateSpeed ? ` Update speed: ${spec.updateSpeed}.` : ''
  }`;
  const parsedDoc = `${spec.title}, parsed: readable names; decimals are exact strings unless \`parse${pascal(spec.channel)}\` is given a \`decimal\` converter.`;
  if (base) {
    statements.push(typeAlias(n.event, `${base.event}[]`, eventDoc));
    statements.push(typeAlias(n.parsed, `${base.parsed}${D}[]`, parsedDoc, decimals));
  } else {
    statements.push(interfaceOf(n.event, objectMembers(channel.fields, 'raw'), eventDoc));
    statements.push(
      interfaceOf(n.parsed, objectMembers(channel.fields, 'parsed'), parsedDoc, decimals),
    );
  }

  const descriptor = {
    channel: spec.channel,
    stream: spec.stream,
    schemaId: channelSchemaId(spec.channel, channel.file),
    ...(spec.implicit ? { implicit: true } : {}),
    ...(spec.route ? { route: spec.route } : {}),
    ...(spec.bookSync
      ? {
          bookSync: {
            firstUpdateOffset: spec.bookSync.firstUpdateOffset,
            link: spec.bookSync.link,
          },
        }
      : {}),
  };
  statements.push({
    kind: StructureKind.VariableStatement,
    isExported: true,
    declarationKind: VariableDeclarationKind.Const,
    docs: [`Descriptor of \`${spec.stream}\`: data the runtime interprets.`],
    declarations: [
      {
        name: n.descriptor,
        type: `ChannelDescriptor<${n.params}, ${n.event}>`,
        initializer: `{ ${Object.entries(descriptor)
          .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
          .join(
            ', ',
          )}, params: { ${params.map(({ name, param, inline }) => `${name}: ${inline ? streamParamLiteral(param) : streamParamName(name)}`).join(', ')} }, validate: ${n.validate} }`,
      },
    ],
  });

  // An optional first parameter (`!markPrice@arr<markPriceSpeed>`) is still a value when given
  // as the shorthand (`{}` leaves it out).
  const first = params[0];
  const firstOptional = first?.param.optional === true;
  const shorthandType = firstOptional
    ? `NonNullable<${n.params}['${first!.name}']>`
    : `${n.params}['${first?.name}']`;
  const paramsType = shorthand ? `${n.params} | ${shorthandType}` : n.params;
  const example = first?.param.enum
    ? JSON.stringify(String(first.param.enum.at(-1))).replace(/"/g, "'")
    : "'BTCUSDT'";
  statements.push({
    kind: StructureKind.Function,
    isExported: true,
    name: n.subscribe,
    docs: [
      `Subscribes to \`${spec.stream}\` on every new socket and emits its payloads. ${spec.description}` +
        (shorthand ? `\n\n@example ${n.subscribe}(${example}, messages)` : ''),
    ],
    parameters: [
      ...(params.length > 0 ? [{ name: 'params', type: paramsType }] : []),
      { name: 'messages', type: 'Observable<unknown>' },
      { name: 'options', type: 'SubscribeOptions', hasQuestionToken: true },
    ],
    returnType: `OperatorFunction<NewSocketEvent, ${n.event}>`,
    statements: `return subscribeChannel(${n.descriptor}, ${params.length > 0 ? 'params' : '{}'}, messages, options);`,
  });

  statements.push({
    kind: StructureKind.Function,
    isExported: true,
    name: n.parse,
    docs: [
      `Maps a raw \`${n.event}\` to the readable \`${n.parsed}\`.` +
        (decimals
          ? ' Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals.'
          : ''),
    ],
    typeParameters: decimalTypeParams(decimals),
    parameters: [
      { name: 'raw', type: n.event },
      ...(decimals
        ? [{ name: 'options', type: `ParseOptions<${DECIMAL_TYPE_PARAM}>`, hasQuestionToken: true }]
        : []),
    ],
    returnType: `${n.parsed}${D}`,
    statements: base
      ? `return raw.map((item) => ${base.parse}(item${decimals ? ', options' : ''}));`
      : [
          ...(decimals ? [`const ${DECIMAL_FN} = decimalOf(options);`] : []),
          `return ${objectLiteral(channel.fields, 'raw')};`,
        ],
  });
  return statements;
}

/** The type of a parameter's value: its enum's union (by name when params.yaml exports one). */
function valueType({ name, param, inline }: ChannelParam): string {
  if (param.enum) return inline ? enumType(param) : paramTypeName(name);
  return param.type === 'integer' ? 'number' : 'string';
}
