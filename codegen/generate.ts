import { dirname, posix } from 'node:path';
import { sourceNameOf, type GeneratorContext } from './context';
import { apiMarkdown } from './emit/api-markdown';
import { examplesModule } from './emit/examples-module';
import { FIELD_GROUPS_MODULE, fieldGroupsModule } from './emit/field-groups-module';
import { ccxtModule } from './emit/ccxt-module';
import { channelModule } from './emit/channel-module';
import { DEFAULT_REGENERATE, headerLines, markdownHeader, tsHeader } from './emit/header';
import { indexModule, schemasIndexModule } from './emit/index-module';
import {
  buildChannelSchema,
  buildOperationSchema,
  buildUserDataSchema,
  withComment,
} from './emit/json-schema';
import { operationModule } from './emit/operation-module';
import { printModule, type StatementStructures } from './emit/print';
import { limitsModule } from './emit/limits-module';
import { orderStagesModule } from './emit/order-stages-module';
import { stageTables } from './stage-tables';
import { paramsModule } from './emit/params-module';
import { productModule } from './emit/product-module';
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
import { canonical, sharedValidatorModule, validatorModule } from './emit/validator-code';
import { loadSpec, type SpecFiles } from './load-spec';
import { PRODUCTS, relabel, relabelProblems, specView } from './products';
import { SpecError } from './spec-errors';
import { sbeModules } from './sbe';
import { channelNames, kebab, operationNames, productConstName, userDataNames } from './names';

/** Output files by path relative to the repository root. */
export type Output = Map<string, string>;

export interface GenerateOptions {
  /** Output directory relative to the root the output is written under. Default `generated`. */
  readonly outDir?: string;
  /** See `GeneratorContext.runtime`. */
  readonly runtime?: string;
  /** See `GeneratorContext.regenerate`. */
  readonly regenerate?: string;
  /** Spec directory the output is rendered from (`spec/usdm`); default `spec`. */
  readonly specDir?: string;
  /** See `GeneratorContext.sourceName`. */
  readonly sourceName?: (source: string) => string;
}

/**
 * Every product of the repository (codegen/products.ts), each spec directory into its output
 * directory, as one output: `npm run generate` writes it and `--check` compares it. A broken
 * spec throws one SpecError naming the problems of every product.
 */
export function generateAll(files: SpecFiles): Output {
  const all = new Map<string, string>();
  const problems = [];
  for (const product of PRODUCTS) {
    try {
      const output = generate(files, { outDir: product.outDir, specDir: product.specDir });
      for (const [path, text] of output) all.set(path, text);
    } catch (error) {
      if (!(error instanceof SpecError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length > 0) throw new SpecError(problems);
  return new Map([...all.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Renders everything generated/ should contain, in memory. Pure: the same spec always gives
 * the same bytes. The output is formatted as it is emitted (emit/print.ts, the validator
 * compiler's own layout); no formatter runs over it.
 */
export function generate(files: SpecFiles, options: GenerateOptions = {}): Output {
  const out = options.outDir ?? DEFAULT_OUT_DIR;
  const specDir = options.specDir ?? 'spec';
  const ctx: GeneratorContext = {
    spec: loadProductSpec(files, specDir),
    outDir: out,
    specDir,
    ...(options.runtime ? { runtime: options.runtime } : {}),
    ...(options.regenerate ? { regenerate: options.regenerate } : {}),
    ...(options.sourceName ? { sourceName: options.sourceName } : {}),
  };
  const named = (source: string): string => sourceNameOf(ctx, source);
  const raw = new Map<string, string>();
  const ts = (path: string, source: string, statements: (StatementStructures | string)[]) =>
    raw.set(path, `${tsHeader(named(source), ctx.regenerate)}\n${printModule(statements)}`);
  // A schema that accepts what an earlier one of this product does (docs aside: Spot's
  // getMarginAllOrders and getMarginOpenOrders, USDⓈ-M diffDepth and partialDepth) gets that
  // validator, re-exported: the checks are written, and bundled, once.
  const validatorByKey = new Map<string, string>();
  // A schema's $comment names its source and the command as the headers do: a user's file by the
  // user's path, with the command that regenerates the user's module.
  const commented = (schema: Record<string, unknown>, source: string) =>
    withComment(schema, named(source), ctx.regenerate ?? DEFAULT_REGENERATE);
  const validator = (path: string, source: string, schema: Record<string, unknown>) => {
    const key = canonical(schema);
    const first = validatorByKey.get(key);
    if (first === undefined) validatorByKey.set(key, path);
    const body =
      first === undefined
        ? validatorModule(schema, runtimeImport(ctx, dirname(path)))
        : sharedValidatorModule(schema, moduleSpecifier(dirname(path), first));
    raw.set(path, `${tsHeader(named(source), ctx.regenerate)}\n${body}`);
  };

  for (const channel of ctx.spec.channels) {
    const { file } = channelNames(channel.spec.channel);
    const schema = commented(buildChannelSchema(channel), channel.file);
    ts(channelModulePath(out, file), channel.file, channelModule(ctx, channel));
    raw.set(channelSchemaPath(out, file), `${JSON.stringify(schema)}\n`);
    validator(validatorPath(out, file), channel.file, schema);
  }
  for (const operation of ctx.spec.operations) {
    const { file } = operationNames(operation.spec);
    const schema = commented(buildOperationSchema(operation), operation.file);
    ts(operationModulePath(out, file), operation.file, operationModule(ctx, operation));
    raw.set(operationSchemaPath(out, file), `${JSON.stringify(schema)}\n`);
    validator(operationValidatorPath(out, file), operation.file, schema);
  }
  for (const event of ctx.spec.userDataEvents) {
    const { file } = userDataNames(event.spec.event);
    const schema = commented(buildUserDataSchema(event), event.file);
    ts(userDataModulePath(out, file), event.file, userDataModule(ctx, event));
    raw.set(userDataSchemaPath(out, file), `${JSON.stringify(schema)}\n`);
    validator(userDataValidatorPath(out, file), event.file, schema);
  }
  for (const [{ file, spec }, names] of stageTables(ctx.spec)) {
    ts(`${out}/${names.module}.ts`, file, orderStagesModule(ctx, spec, names));
  }
  if (ctx.spec.limits) {
    const { file, spec } = ctx.spec.limits;
    ts(`${out}/limits.ts`, file, limitsModule(spec));
  }
  if (ctx.spec.product) {
    const { file, spec } = ctx.spec.product;
    ts(`${out}/product.ts`, file, productModule(ctx, spec));
  }
  for (const mapping of ctx.spec.ccxtMappings) {
    ts(ccxtModulePath(out, kebab(mapping.spec.structure)), mapping.file, ccxtModule(ctx, mapping));
  }
  if (Object.keys(ctx.spec.fieldGroups).length > 0) {
    ts(`${out}/${FIELD_GROUPS_MODULE}.ts`, ctx.spec.fieldGroupsFile, fieldGroupsModule(ctx));
  }
  ts(`${out}/params.ts`, ctx.spec.paramsFile, paramsModule(ctx));
  ts(`${out}/examples.ts`, `${specDir}/`, examplesModule(ctx));
  ts(`${out}/index.ts`, `${specDir}/`, indexModule(ctx));
  ts(`${out}/schemas/index.ts`, `${specDir}/channels/`, schemasIndexModule(ctx));
  raw.set(`${out}/API.md`, apiMarkdown(ctx));
  // The product's own SBE schemas (`<specDir>/sbe/*.xml`, seen through its view as spec/sbe/).
  const sbe = sbeModules(specView(files, specDir), out, ctx);
  for (const [path, text] of sbe) raw.set(path, text);
  raw.set(`${out}/README.md`, generatedReadme(ctx, sbe.size > 0));

  return new Map([...raw.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** How a module in `dir` imports the generated file `path` (`./x`, `../x`). */
function moduleSpecifier(dir: string, path: string): string {
  const specifier = posix.relative(dir, path.replace(/\.ts$/, ''));
  return specifier.startsWith('.') ? specifier : `./${specifier}`;
}

/** The spec of `specDir`, loaded through its view, every file named by its real path. */
function loadProductSpec(files: SpecFiles, specDir: string) {
  try {
    return relabel(loadSpec(specView(files, specDir)), specDir);
  } catch (error) {
    if (error instanceof SpecError) {
      throw new SpecError(relabelProblems(error.problems, specDir));
    }
    throw error;
  }
}

/** The README of an output directory: what it holds, from what the product's spec has. */
function generatedReadme(ctx: GeneratorContext, sbe: boolean): string {
  const folder = `${ctx.specDir ?? 'spec'}/`;
  const source = sourceNameOf(ctx, folder);
  const [, howTo] = headerLines(source, ctx.regenerate ?? DEFAULT_REGENERATE);
  const { spec } = ctx;
  const items = [
    '- `channels/`: per channel, the raw and parsed types, the descriptor, `subscribe<Channel>` and `parse<Channel>`.',
    '- `operations/`: per REST endpoint / WebSocket API method, the parameter and response types, the descriptor, `<name>Http`, `<operation>Factory` and `parse<Operation>Response`.',
    '- `schemas/`: a JSON Schema (draft-07) per payload and per response.',
    '- `validators/`: the same schemas compiled ahead of time into plain checks (no ajv at run time).',
    "- `params.ts`: the stream-name parameters of `params.yaml` and their rules (a channel's own are in its module).",
    ...(Object.keys(spec.fieldGroups).length > 0
      ? [
          "- `field-groups.ts`: a raw and a parsed type per field group of `field-groups.yaml` that a payload includes; the payloads' types extend them.",
        ]
      : []),
    "- `examples.ts`: every channel's, operation's and user data event's spec examples, as data (the local exchange replays the first two for what it does not simulate; its `emitUserData` sends the third).",
    ...(spec.userDataEvents.length > 0
      ? [
          '- `user-data/`: per user data event, the raw and parsed types, `parse<Event>Event` and the `on<Event>()` operator.',
        ]
      : []),
    ...(spec.orderStages
      ? ['- `order-stages.ts`: the stages of an order and the table that moves it between them.']
      : []),
    ...(spec.algoOrderStages
      ? [
          '- `algo-order-stages.ts`: the stages of an algo (conditional) order and the table that moves it between them.',
        ]
      : []),
    ...(spec.ccxtMappings.length > 0
      ? [
          '- `ccxt/`: per CCXT structure (spec/ccxt/), `parse<X>Ccxt` and the `to<X>Ccxt()` operator for every payload that maps to it.',
        ]
      : []),
    ...(spec.limits
      ? ["- `limits.ts`: the product's documented connection and API rate limits."]
      : []),
    ...(spec.product
      ? [
          `- \`product.ts\`: \`${productConstName(spec.product.spec)}\`, where the product is served and its limits: the defaults of \`*Http\` calls and of a connection given \`product\`.`,
        ]
      : []),
    ...(sbe
      ? ['- `sbe/`: per SBE schema, the event types, decoders and encoders of its messages.']
      : []),
    '- `API.md`: the reference of everything above.',
  ];
  return `${markdownHeader(source, ctx.regenerate ?? DEFAULT_REGENERATE)}
# ${ctx.outDir}/

Written only by the generator (\`codegen/\`) from ${source === folder ? `\`${source}\`` : source}. Do not edit. ${howTo}
\`--check\` lists stale, missing and orphaned files.

${items.join('\n')}
`;
}
