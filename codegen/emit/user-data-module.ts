import { StructureKind, VariableDeclarationKind, type StatementStructures } from './print';
import type { GeneratorContext } from '../context';
import { userDataNames } from '../names';
import type { LoadedUserDataEvent } from '../spec-types';
import { fieldGroupImports } from './field-groups-module';
import { DECIMAL_TYPE_PARAM, hasDecimal, objectMembers } from './field-types';
import { userDataSchemaId } from './json-schema';
import { converterStatements, objectLiteral, OPTIONAL_DECIMAL_FN } from './parse-expression';
import { runtimeImport } from './paths';
import { importFrom, interfaceOf } from './structures';

/**
 * generated/user-data/<event>.ts: the raw and parsed types of one user data event, its
 * validator, `parse<Event>Event`, and `on<Event>()`, the operator that picks it out of
 * `session.userData()` or `session.userData(credentials)` (checked against its schema).
 */
export function userDataModule(
  ctx: GeneratorContext,
  loaded: LoadedUserDataEvent,
): StatementStructures[] {
  const { spec } = loaded;
  const n = userDataNames(spec.event);
  const decimals = hasDecimal(spec.fields);
  const D = decimals ? `<${DECIMAL_TYPE_PARAM}>` : '';
  const body = objectLiteral(spec.fields, 'raw', 0, true);
  const optional = body.includes(`${OPTIONAL_DECIMAL_FN}(`) ? ['optionalOf'] : [];
  return [
    importFrom('rxjs', [], ['OperatorFunction']),
    importFrom(
      runtimeImport(ctx, `${ctx.outDir}/user-data`),
      ['userDataOperator', ...(decimals ? ['decimalOf', ...optional] : [])],
      ['UserDataMessage', 'UserDataOptions', 'Validator', ...(decimals ? ['ParseOptions'] : [])],
    ),
    importFrom(`../validators/user-data/${n.file}`, ['validate'], []),
    ...fieldGroupImports(Object.values(spec.fields)),
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: [`Checks an event against its JSON Schema; \`.errors\` when false.`],
      declarations: [{ name: n.validate, type: 'Validator', initializer: 'validate' }],
    },
    interfaceOf(
      n.event,
      objectMembers(spec.fields, 'raw'),
      `${spec.title} (\`e\` = \`${spec.eventType}\`), with Binance's wire names. ${spec.description}`,
    ),
    interfaceOf(
      n.parsed,
      objectMembers(spec.fields, 'parsed'),
      `${spec.title}, parsed: readable names; decimals are exact strings unless \`${n.parse}\` is given a \`decimal\` converter.`,
      decimals,
    ),
    {
      kind: StructureKind.Function,
      isExported: true,
      name: n.operator,
      docs: [
        `Picks the \`${spec.eventType}\` events out of \`session.userData()\` (or another account's \`session.userData(credentials)\`), each checked against its schema (pass \`{ validate: false }\` not to; an event that fails is dropped and given to \`onInvalid\`).`,
      ],
      parameters: [{ name: 'options', type: 'UserDataOptions', hasQuestionToken: true }],
      returnType: `OperatorFunction<UserDataMessage, ${n.event}>`,
      statements: `return userDataOperator<${n.event}>(${JSON.stringify(spec.eventType)}, ${JSON.stringify(userDataSchemaId(spec.event, loaded.file))}, ${n.validate}, options);`,
    },
    {
      kind: StructureKind.Function,
      isExported: true,
      name: n.parse,
      docs: [`Maps a raw \`${n.event}\` to the readable \`${n.parsed}\`.`],
      typeParameters: decimals ? [{ name: DECIMAL_TYPE_PARAM, default: 'string' }] : [],
      parameters: [
        { name: 'raw', type: n.event },
        ...(decimals
          ? [
              {
                name: 'options',
                type: `ParseOptions<${DECIMAL_TYPE_PARAM}>`,
                hasQuestionToken: true,
              },
            ]
          : []),
      ],
      returnType: `${n.parsed}${D}`,
      statements: [...(decimals ? converterStatements(body) : []), `return ${body};`],
    },
  ];
}
