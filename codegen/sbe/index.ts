/**
 * SBE schemas (spec/sbe/*.xml) to generated/sbe/<package>/: per message its event types, decoder
 * and encoder, plus the schema identity and a decoder that dispatches on the template id.
 * Called once from `generate()`; returns raw (unformatted) files by path.
 */
import { tsHeader } from '../emit/header';
import { runtimeImport as runtimeSpecifier } from '../emit/paths';
import { decoder } from './emit-decoder';
import { encoder } from './emit-encoder';
import { eventTypes } from './emit-types';
import { sbeFile, sbeType } from './names';
import { loadSbeSchema, type SbeSchema } from './schema';

export const isSbeSchemaFile = (path: string): boolean => /^spec\/sbe\/[^/]+\.xml$/.test(path);

/** Every generated SBE file, keyed by path, from the spec files (`spec/sbe/*.xml`). */
export function sbeModules(
  files: ReadonlyMap<string, string>,
  outDir: string,
  ctx: { readonly runtime?: string; readonly regenerate?: string } = {},
): Map<string, string> {
  const out = new Map<string, string>();
  for (const [file, text] of [...files].filter(([path]) => isSbeSchemaFile(path))) {
    const schema = loadSbeSchema(file, text);
    const dir = `${outDir}/sbe/${packageDir(file)}`;
    const runtime = runtimeSpecifier(ctx, dir);
    const header = tsHeader(file, ctx.regenerate);
    out.set(`${dir}/schema.ts`, header + schemaModule(schema));
    for (const message of schema.messages) {
      out.set(`${dir}/${sbeFile(message)}.ts`, header + messageModule(message, runtime));
    }
    out.set(`${dir}/index.ts`, header + indexModule(schema, runtime));
  }
  return out;
}

/** `spec/sbe/stream_1_0.xml` -> `stream`: the schema's family without its version. */
const packageDir = (file: string): string =>
  file
    .replace(/^.*\//, '')
    .replace(/(_\d+)*\.xml$/, '')
    .replace(/_/g, '-');

function schemaModule(schema: SbeSchema): string {
  return `
/** ${schema.description} (semantic version ${schema.semanticVersion}): what every frame's header must carry. */
export const SBE_SCHEMA = { id: ${schema.id}, version: ${schema.version} } as const;
`;
}

const RUNTIME_NAMES = [
  'InvalidParameterError',
  'SBE_HEADER_LENGTH',
  'SbeDecodeError',
  'decimalOf',
  'readSbeTemplateId',
  'sbeBool',
  'sbeDecimal',
  'sbeInt64',
  'sbeNeed',
  'sbeVarString8',
  'sbeVarString8Bytes',
  'writeSbeDecimal',
  'writeSbeHeader',
  'writeSbeInt64',
];
const RUNTIME_TYPES = ['Microseconds', 'SbeDecodeOptions'];

/** The runtime import of `body`: only the names it uses. */
function runtimeImport(body: string, runtime: string): string {
  const uses = (name: string) => new RegExp(`\\b${name}\\b`).test(body);
  const names = [
    ...RUNTIME_NAMES.filter(uses),
    ...RUNTIME_TYPES.filter(uses).map((name) => `type ${name}`),
  ];
  return `import { ${names.join(', ')} } from '${runtime}';`;
}

function messageModule(message: SbeSchema['messages'][number], runtime: string): string {
  const body = `
/** Template id of \`${message.name}\`. */
export const ${message.name.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()}_TEMPLATE_ID = ${message.id};

${eventTypes(message)}
${decoder(message)}
${encoder(message)}
`;
  return `\n${runtimeImport(body, runtime)}\nimport { SBE_SCHEMA } from './schema';\n${body}`;
}

function indexModule(schema: SbeSchema, runtime: string): string {
  const imports = schema.messages
    .map((m) => `import { decode${m.name}Body, type ${sbeType(m)} } from './${sbeFile(m)}';`)
    .join('\n');
  const exports = schema.messages.map((m) => `export * from './${sbeFile(m)}';`).join('\n');
  const cases = schema.messages
    .map((m) => `    case ${m.id}:\n      return decode${m.name}Body(view, toD);`)
    .join('\n');
  return `
import { SbeDecodeError, decimalOf, readSbeTemplateId, type SbeDecodeOptions } from '${runtime}';
import { SBE_SCHEMA } from './schema';
${imports}

export { SBE_SCHEMA } from './schema';
${exports}

/** Every event of the schema, discriminated by \`message\`. */
export type SbeEvent<D = string> =
${schema.messages.map((m) => `  | ${sbeType(m)}<D>`).join('\n')};

/**
 * Decodes one frame of the schema: checks the header's schema id and version, then decodes by
 * template id. A truncated, unknown or invalid frame is an \`SbeDecodeError\`, never a partial event.
 */
export function decodeSbeEvent<D = string>(view: DataView, options?: SbeDecodeOptions<D>): SbeEvent<D> {
  const toD = decimalOf(options);
  const templateId = readSbeTemplateId(view, SBE_SCHEMA);
  switch (templateId) {
${cases}
    default:
      throw new SbeDecodeError('unknown-template', \`template \${templateId} is not in schema \${SBE_SCHEMA.id}\`, templateId);
  }
}
`;
}
