import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readSpecFiles } from '../../codegen/io';
import { SCHEMA_FILES } from '../../codegen/load-spec';

export const REPO = join(import.meta.dirname, '..', '..');
export const FIXTURE = 'test/codegen/fixtures/basic';
export const FIXTURE_OUT = `${FIXTURE}/generated`;

/** The fixture spec, plus the real spec/schema files it is checked against. */
export async function fixtureFiles(): Promise<Map<string, string>> {
  const files = await readSpecFiles(join(REPO, FIXTURE));
  for (const path of SCHEMA_FILES) files.set(path, await readFile(join(REPO, path), 'utf8'));
  return files;
}
