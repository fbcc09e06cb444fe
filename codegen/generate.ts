import { dirname } from 'node:path';
import type { GeneratorContext } from './context';
import { apiMarkdown } from './emit/api-markdown';
import { examplesModule } from './emit/examples-module';
import { ccxtModule } from './emit/ccxt-module';
import { channelModule } from './emit/channel-module';
import { DEFAULT_REGENERATE, headerLines, markdownHeader, tsHeader } from './emit/header';
import { indexModule, schemasIndexModule } from './emit/index-module';
import { buildChannelSchema, buildOperationSchema, buildUserDataSchema } from './emit/json-schema';
import { operationModule } from './emit/operation-module';
import { printModule, type StatementStructures } from './emit/print';
import { limitsModule } from './emit/limits-module';
import { orderStagesModule } from './emit/order-stages-module';
import { paramsModule } from './emit/params-module';
import {
  DEFAULT_OUT_DIR,
  ccxtModulePath,
  channelModulePath,
  channelSchemaPath,
  operationModulePath,
  operationSchemaPath,
  operationValidatorPath,
  userDataModulePath,
  userDataSchemaPath,
  userDataValidatorPath,
  validatorPath,
  runtimeImport,
} from './emit/paths';
import { userDataModule } from './emit/user-data-module';
import { validatorModule } from './emit/validator-code';
import { loadSpec, type SpecFiles } from './load-spec';
import { sbeModules } from './sbe';
import { channelNames, kebab, operationNames, userDataNames } from './names';

/** Output files by path relative to the repository root. */
export type Output = Map<string, string>;

export interface GenerateOptions {
  /** Output directory relative to the root the output is written under. Default `generated`. */
  readonly outDir?: string;
  /** See `GeneratorContext.runtime`. */
  readonly runtime?: string;
  /** See `GeneratorContext.regenerate`. */
  readonly regenerate?: string;
}

/**
 * Renders everything generated/ should contain, in memory. Pure: the same spec always gives
 * the same bytes. The output is formatted as it is emitted (emit/print.ts, the validator
 * compiler's own layout); no formatter runs over it.
 */
export function generate(files: SpecFiles, options: GenerateOptions = {}): Output {
  const out = options.outDir ?? DEFAULT_OUT_DIR;
  const ctx: GeneratorContext = {
    spec: loadSpec(files),
    outDir: out,
    ...(options.runtime ? { runtime: options.runtime } : {}),
    ...(options.regenerate ? { regenerate: options.regenerate } : {}),
  };
  const raw = new Map<string, string>();
  const ts = (path: string, source: string, statements: (StatementStructures | string)[]) =>
    raw.set(path, `${tsHeader(source, ctx.regenerate)}\n${printModule(statements)}`);
  const validator = (path: string, source: string, schema: Record<string, unknown>) =>
    raw.set(
      path,
      `${tsHeader(source, ctx.regenerate)}\n${validatorModule(schema, runtimeImport(ctx, dirname(path)))}`,
    );

  for (const channel of ctx.spec.channels) {
    const { file } = channelNames(channel.spec.channel);
    const schema = buildChannelSchema(channel);
    ts(channelModulePath(out, file), channel.file, channelModule(ctx, channel));
    raw.set(channelSchemaPath(out, file), `${JSON.stringify(schema, null, 2)}\n`);
    validator(validatorPath(out, file), channel.file, schema);
  }
  for (const operation of ctx.spec.operations) {
    const { file } = operationNames(operation.spec);
    const schema = buildOperationSchema(operation);
    ts(operationModulePath(out, file), operation.file, operationModule(ctx, operation));
    raw.set(operationSchemaPath(out, file), `${JSON.stringify(schema, null, 2)}\n`);
    validator(operationValidatorPath(out, file), operation.file, schema);
  }
  for (const event of ctx.spec.userDataEvents) {
    const { file } = userDataNames(event.spec.event);
    const schema = buildUserDataSchema(event);
    ts(userDataModulePath(out, file), event.file, userDataModule(ctx, event));
    raw.set(userDataSchemaPath(out, file), `${JSON.stringify(schema, null, 2)}\n`);
    validator(userDataValidatorPath(out, file), event.file, schema);
  }
  if (ctx.spec.orderStages) {
    const { file, spec } = ctx.spec.orderStages;
    ts(`${out}/order-stages.ts`, file, orderStagesModule(ctx, spec));
  }
  if (ctx.spec.limits) {
    const { file, spec } = ctx.spec.limits;
    ts(`${out}/limits.ts`, file, limitsModule(spec));
  }
  for (const mapping of ctx.spec.ccxtMappings) {
    ts(ccxtModulePath(out, kebab(mapping.spec.structure)), mapping.file, ccxtModule(ctx, mapping));
  }
  ts(`${out}/params.ts`, ctx.spec.paramsFile, paramsModule(ctx));
  ts(`${out}/examples.ts`, 'spec/', examplesModule(ctx));
  ts(`${out}/index.ts`, 'spec/', indexModule(ctx));
  ts(`${out}/schemas/index.ts`, 'spec/channels/', schemasIndexModule(ctx));
  raw.set(`${out}/API.md`, apiMarkdown(ctx));
  raw.set(`${out}/README.md`, generatedReadme(ctx.regenerate));
  for (const [path, text] of sbeModules(files, out, ctx)) raw.set(path, text);

  return new Map([...raw.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function generatedReadme(command = DEFAULT_REGENERATE): string {
  const [, howTo] = headerLines('spec/', command);
  return `${markdownHeader('spec/', command)}
# generated/

Written only by the generator (\`codegen/\`) from \`spec/\`. Do not edit. ${howTo}
\`--check\` lists stale, missing and orphaned files.

- \`channels/\`: per channel, the raw and parsed types, the descriptor, \`subscribe<Channel>\` and \`parse<Channel>\`.
- \`operations/\`: per REST endpoint / WebSocket API method, the parameter and response types, the descriptor, \`<name>Http\`, \`<operation>Factory\` and \`parse<Operation>Response\`.
- \`schemas/\`: a JSON Schema (draft-07) per payload and per response.
- \`validators/\`: the same schemas compiled ahead of time into plain checks (no ajv at run time).
- \`params.ts\`: stream-name parameters and their rules.
- \`examples.ts\`: every channel's and operation's spec examples, as data (the local exchange replays them for what it does not simulate).
- \`user-data/\`: per user data event, the raw and parsed types, \`parse<Event>Event\` and the \`on<Event>()\` operator.
- \`order-stages.ts\`: the stages of an order and the table that moves it between them.
- \`ccxt/\`: per CCXT structure (spec/ccxt/), \`parse<X>Ccxt\` and the \`to<X>Ccxt()\` operator for every payload that maps to it.
- \`API.md\`: the reference of everything above.
`;
}
