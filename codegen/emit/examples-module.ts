import { sourceNameOf, type GeneratorContext } from '../context';
import { VariableDeclarationKind, StructureKind, type StatementStructures } from './print';

/**
 * generated/examples.ts: every channel's, operation's and user data event's spec examples, as
 * data. The local exchange (sim/) replays them for a channel or operation it does not simulate,
 * so one YAML file is enough for the whole test suite; a user data event's are what a test hands
 * to the exchange's `emitUserData`; users may use them all as fixtures.
 */
export function examplesModule(ctx: GeneratorContext): StatementStructures[] {
  // A user's file by the user's path, as headers name it (the local exchange logs it).
  const named = (file: string): string => sourceNameOf(ctx, file);
  const channels = Object.fromEntries(
    ctx.spec.channels.map(({ file, spec }) => [
      spec.channel,
      {
        file: named(file),
        stream: spec.stream,
        ...(spec.implicit ? { implicit: true } : {}),
        streams: spec.examples.flatMap((e) => (e.stream ? [e.stream] : [])),
        payloads: spec.examples.map((e) => e.payload),
      },
    ]),
  );
  const operations = Object.fromEntries(
    ctx.spec.operations.map(({ file, spec }) => [
      spec.operation,
      {
        file: named(file),
        security: spec.security,
        weight: spec.weight,
        ...(spec.weightType ? { weightType: spec.weightType } : {}),
        ...(spec.rest ? { rest: { method: spec.rest.method, path: spec.rest.path } } : {}),
        ...(spec.wsApi ? { wsApi: spec.wsApi.method } : {}),
        examples: spec.examples.map((e) => ({
          ...(e.params ? { params: e.params } : {}),
          response: e.response,
        })),
      },
    ]),
  );
  const userData = Object.fromEntries(
    ctx.spec.userDataEvents.map(({ file, spec }) => [
      spec.event,
      {
        file: named(file),
        eventType: spec.eventType,
        payloads: spec.examples.map((e) => e.payload),
      },
    ]),
  );
  return [
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'ChannelExamples',
      docs: [
        "A channel's spec file, stream template, whether it is implicit (sent unasked), and its examples' stream names and payloads.",
      ],
      type: '{ readonly file: string; readonly stream: string; readonly implicit?: boolean; readonly streams: readonly string[]; readonly payloads: readonly unknown[] }',
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'OperationExamples',
      docs: ["An operation's spec file, bindings and example requests and responses."],
      type: `{ readonly file: string; readonly security: 'NONE' | 'USER_STREAM' | 'USER_DATA' | 'TRADE'; readonly weight: number; readonly weightType?: 'IP' | 'UID'; readonly rest?: { readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE'; readonly path: string }; readonly wsApi?: string; readonly examples: readonly { readonly params?: object; readonly response: unknown }[] }`,
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Example payloads of every channel, by channel name.'],
      declarations: [
        {
          name: 'channelExamples',
          type: 'Readonly<Record<string, ChannelExamples>>',
          initializer: JSON.stringify(channels, null, 2),
        },
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Example requests and responses of every operation, by operation name.'],
      declarations: [
        {
          name: 'operationExamples',
          type: 'Readonly<Record<string, OperationExamples>>',
          initializer: JSON.stringify(operations, null, 2),
        },
      ],
    },
    {
      kind: StructureKind.TypeAlias,
      isExported: true,
      name: 'UserDataExamples',
      docs: [
        "A user data event's spec file, its `e`, and its example payloads (for the local exchange's `emitUserData`).",
      ],
      type: '{ readonly file: string; readonly eventType: string; readonly payloads: readonly object[] }',
    },
    {
      kind: StructureKind.VariableStatement,
      isExported: true,
      declarationKind: VariableDeclarationKind.Const,
      docs: ['Example payloads of every user data event, by event name.'],
      declarations: [
        {
          name: 'userDataExamples',
          type: 'Readonly<Record<string, UserDataExamples>>',
          initializer: JSON.stringify(userData, null, 2),
        },
      ],
    },
  ];
}
