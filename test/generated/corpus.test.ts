/**
 * The corpus of payloads Binance sent (test/corpus/): every docs example and every recorded
 * capture must validate against the schema the generator emitted for it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const REPO = join(import.meta.dirname, '..', '..');
const CORPUS = join(REPO, 'test', 'corpus');
const ajv = new Ajv({ allErrors: true, strict: false });
const validators = new Map<string, ValidateFunction>();

/**
 * The emitted schema `generated/schemas/<kind>/<name>.json` (`usdm/<kind>/<name>`: USDⓈ-M futures',
 * generated/usdm/schemas/), compiled once.
 */
function validatorOf(schema: string): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate) {
    const [dir, name] = schema.startsWith('usdm/')
      ? [join(REPO, 'generated', 'usdm', 'schemas'), schema.slice('usdm/'.length)]
      : [join(REPO, 'generated', 'schemas'), schema];
    const json = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
    validate = ajv.compile({ ...json, $id: undefined });
    validators.set(schema, validate);
  }
  return validate;
}

const errorsOf = (validate: ValidateFunction): string =>
  (validate.errors ?? [])
    .map((e) => `${e.instancePath || '/'} ${e.message ?? e.keyword}`)
    .join('; ');

/** `doc > heading` -> schema, from the `docs` of every operation and channel file. */
function schemasByHeading(): Map<string, string> {
  const out = new Map<string, string>();
  for (const kind of ['operations', 'channels']) {
    // Files only: spec/operations/sapi/ holds the SAPI section, whose docs this corpus has none of.
    for (const file of readdirSync(join(REPO, 'spec', kind)).filter((f) => f.endsWith('.yaml'))) {
      const spec = parse(readFileSync(join(REPO, 'spec', kind, file), 'utf8')) as {
        docs?: string | string[];
      };
      for (const doc of [spec.docs ?? []].flat())
        out.set(doc.trim(), `${kind}/${file.replace(/\.yaml$/, '')}`);
    }
  }
  return out;
}

/** user data event type (`e`) -> schema. */
function schemasByEventType(): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of readdirSync(join(REPO, 'spec', 'user-data'))) {
    const spec = parse(readFileSync(join(REPO, 'spec', 'user-data', file), 'utf8')) as {
      eventType: string;
    };
    out.set(spec.eventType, `user-data/${file.replace(/\.yaml$/, '')}`);
  }
  return out;
}

interface Case {
  readonly name: string;
  readonly schema: string;
  readonly payload: unknown;
}

const isError = (v: unknown): boolean =>
  typeof v === 'object' && v !== null && 'code' in v && 'msg' in v;
/** The docs' placeholders: `rateLimits: [{}]` (exchangeInfo), `[{}]` ("same as the single stream"). */
const isPlaceholder = (v: unknown): boolean => {
  const list = Array.isArray(v) ? v : (v as { rateLimits?: unknown } | null)?.rateLimits;
  return Array.isArray(list) && list.some((item) => JSON.stringify(item) === '{}');
};

/** The docs examples that are answers or events, each with the schema its heading names. */
function docsCases(): { cases: Case[]; unmapped: string[] } {
  const byHeading = schemasByHeading();
  const byEvent = schemasByEventType();
  const cases: Case[] = [];
  const unmapped: string[] = [];
  for (const file of readdirSync(join(CORPUS, 'docs'))) {
    const doc = file.replace(/\.json$/, '.md');
    const { examples } = JSON.parse(readFileSync(join(CORPUS, 'docs', file), 'utf8')) as {
      examples: { heading: string; example: unknown }[];
    };
    examples.forEach(({ heading, example }, index) => {
      const name = `${doc} #${index} ${heading}`;
      const tail = heading.split(' > ').slice(1).join(' > ');
      let payload = example as Record<string, unknown>;
      if (doc === 'user-data-stream.md') {
        const event = (payload['event'] ?? payload) as { e?: string };
        const schema = byEvent.get(event.e ?? '');
        if (schema) cases.push({ name, schema, payload: event });
        else unmapped.push(name);
        return;
      }
      if (doc === 'web-socket-api.md') {
        if (payload?.['status'] !== 200 || !('result' in payload)) return;
        payload = payload['result'] as Record<string, unknown>;
      } else if (isError(payload) || isPlaceholder(payload)) return;
      const wrapped =
        payload && 'stream' in payload && 'data' in payload ? payload['data'] : payload;
      const schema = byHeading.get(`${doc} > ${tail}`) ?? byHeading.get(`${doc} > ${heading}`);
      if (schema) cases.push({ name, schema, payload: wrapped });
      else unmapped.push(name);
    });
  }
  return { cases, unmapped };
}

function recordedCases(): (Case & { readonly source: string })[] {
  return readdirSync(join(CORPUS, 'recorded')).map((file) => {
    const entry = JSON.parse(readFileSync(join(CORPUS, 'recorded', file), 'utf8')) as {
      source: string;
      schema: string;
      payload: unknown;
    };
    return { name: file, schema: entry.schema, payload: entry.payload, source: entry.source };
  });
}

describe('docs examples validate against the emitted schemas', () => {
  const { cases } = docsCases();
  it('maps most examples to a schema', () => {
    expect(cases.length).toBeGreaterThan(120);
  });
  it.each(cases)('$name ($schema)', ({ schema, payload }) => {
    const validate = validatorOf(schema);
    expect(validate(payload), errorsOf(validate)).toBe(true);
  });
});

describe('recorded captures validate against the emitted schemas', () => {
  it.each(recordedCases())('$name ($schema)', ({ schema, payload, source }) => {
    expect(source.length).toBeGreaterThan(20);
    const validate = validatorOf(schema);
    expect(validate(payload), errorsOf(validate)).toBe(true);
  });
});
