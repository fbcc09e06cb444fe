/**
 * The error code list is written twice, as a type in src/errors.ts and as a table in
 * docs/errors.md; this keeps them one list, and every code in use listed. Read as text: the
 * type has no run-time form.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BinanceRxError, InvalidOptionError } from '../../src/errors';
import { createHttpClient } from '../../src/rest/http-client';

const REPO = join(import.meta.dirname, '..', '..');

async function sourceCodes(): Promise<string[]> {
  const source = await readFile(join(REPO, 'src/errors.ts'), 'utf8');
  const union = /export type BinanceRxErrorCode =([^;]*);/.exec(source)?.[1] ?? '';
  return [...union.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]!).sort();
}

async function documentedCodes(): Promise<string[]> {
  const doc = await readFile(join(REPO, 'docs/errors.md'), 'utf8');
  return [...doc.matchAll(/^\| `([A-Z_]+)`/gm)].map((m) => m[1]!).sort();
}

describe('error codes', () => {
  it('src/errors.ts and docs/errors.md list the same codes', async () => {
    const codes = await sourceCodes();
    expect(codes.length).toBeGreaterThan(10);
    expect(await documentedCodes()).toEqual(codes);
  });

  it('every code passed to an error class is in the list', async () => {
    const source = await readFile(join(REPO, 'src/errors.ts'), 'utf8');
    const used = new Set(
      [...source.matchAll(/(?:super|code:|=)\s*\(?\s*'([A-Z][A-Z_]+)'/g)].map((m) => m[1]!),
    );
    const codes = new Set(await sourceCodes());
    expect([...used].filter((code) => !codes.has(code))).toEqual([]);
  });
});

describe('bad options are typed errors of the one root class', () => {
  it('createHttpClient refuses a non-positive timeout with INVALID_OPTION', () => {
    let error: unknown;
    try {
      createHttpClient({ timeoutMs: 0 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(BinanceRxError);
    expect(error).toBeInstanceOf(InvalidOptionError);
    expect(error).toMatchObject({
      code: 'INVALID_OPTION',
      target: 'createHttpClient',
      option: 'timeoutMs',
      message: 'createHttpClient: timeoutMs: must be a positive number',
    });
  });
});
