import { Project, type StatementStructures } from 'ts-morph';
import type { GeneratorContext } from './context';
import { apiMarkdown } from './emit/api-markdown';
import { ccxtModule } from './emit/ccxt-module';
import { channelModule } from './emit/channel-module';
import { tsHeader, markdownHeader } from './emit/header';
import { indexModule, schemasIndexModule } from './emit/index-module';
import { buildChannelSchema, buildOperationSchema, buildUserDataSchema } from './emit/json-schema';
import { operationModule } from './emit/operation-module';
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
} from './emit/paths';
import { userDataModule } from './emit/user-data-module';
import { validatorModule } from './emit/validator-module';
import { formatFile } from './format';
import { loadSpec, type SpecFiles } from './load-spec';
import { sbeModules } from './sbe';
import { channelNames, kebab, operationNames, userDataNames } from './names';

/** Output files by path relative to the repository root. */
export type Output = Map<string, string>;

/**
 * Renders everything generated/ should contain, in memory. Pure apart from reading the
 * Prettier config: the same spec always gives the same bytes.
 */
export interface GenerateOptions {
  /** Prettier config file the output is formatted with. */
  readonly prettierConfig: string;
  /** Output directory relative to the repository root. Default `generated`. */
  readonly outDir?: string;
}

export async function generate(files: SpecFiles, options: GenerateOptions): Promise<Output> {
  const out = options.outDir ?? DEFAULT_OUT_DIR;
  const ctx: GeneratorContext = { spec: loadSpec(files), outDir: out };
  const project = new Project({ useInMemoryFileSystem: true });
  const raw = new Map<string, string>();
  const ts = (path: string, source: string, statements: (StatementStructures | string)[]) => {
    const file = project.createSourceFile(path, { statements }, { overwrite: true });
    raw.set(path, tsHeader(source) + '\n' + file.getFullText());
  };

  for (const channel of ctx.spec.channels) {
    const { file } = channelNames(channel.spec.channel);
    const schema = buildChannelSchema(channel);
    ts(channelModulePath(out, file), channel.file, channelModule(ctx, channel));
    raw.set(channelSchemaPath(out, file), JSON.stringify(schema));
    raw.set(validatorPath(out, file), tsHeader(channel.file) + validatorModule(schema));
  }
  for (const operation of ctx.spec.operations) {
    const { file } = operationNames(operation.spec);
    const schema = buildOperationSchema(operation);
    ts(operationModulePath(out, file), operation.file, operationModule(ctx, operation));
    raw.set(operationSchemaPath(out, file), JSON.stringify(schema));
    raw.set(operationValidatorPath(out, file), tsHeader(operation.file) + validatorModule(schema));
  }
  for (const event of ctx.spec.userDataEvents) {
    const { file } = userDataNames(event.spec.event);
    const schema = buildUserDataSchema(event);
    ts(userDataModulePath(out, file), event.file, userDataModule(ctx, event));
    raw.set(userDataSchemaPath(out, file), JSON.stringify(schema));
    raw.set(userDataValidatorPath(out, file), tsHeader(event.file) + validatorModule(schema));
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
  ts(`${out}/index.ts`, 'spec/', indexModule(ctx));
  ts(`${out}/schemas/index.ts`, 'spec/channels/', schemasIndexModule(ctx));
  raw.set(`${out}/API.md`, apiMarkdown(ctx));
  raw.set(`${out}/README.md`, generatedReadme());
  for (const [path, text] of sbeModules(files, out)) raw.set(path, text);

  const output: Output = new Map();
  for (const path of [...raw.keys()].sort()) {
    output.set(path, await formatFile(path, raw.get(path)!, options.prettierConfig));
  }
  return output;
}

function generatedReadme(): string {
  return `${markdownHeader('spec/')}
# generated/

Written only by the generator (\`codegen/\`) from \`spec/\`. Do not edit: edit the spec and run
\`npm run generate\`; \`npm run generate -- --check\` lists stale, missing and orphaned files.

- \`channels/\`: per channel, the raw and parsed types, the descriptor, \`subscribe<Channel>\` and \`parse<Channel>\`.
- \`operations/\`: per REST endpoint / WebSocket API method, the parameter and response types, the descriptor, \`<name>Http\`, \`<operation>Factory\` and \`parse<Operation>Response\`.
- \`schemas/\`: a JSON Schema (draft-07) per payload and per response.
- \`validators/\`: the same schemas compiled ahead of time by ajv (standalone).
- \`params.ts\`: stream-name parameters and their rules.
- \`user-data/\`: per user data event, the raw and parsed types, \`parse<Event>Event\` and the \`on<Event>()\` operator.
- \`order-stages.ts\`: the stages of an order and the table that moves it between them.
- \`ccxt/\`: per CCXT structure (spec/ccxt/), \`parse<X>Ccxt\` and the \`to<X>Ccxt()\` operator for every payload that maps to it.
- \`API.md\`: the reference of everything above.
`;
}
