/**
 * Loading spec/limits.yaml (optional): Binance's documented connection limits, checked against
 * limits.schema.json. The runtime takes its connection defaults from what it renders.
 */
import type { Ajv } from 'ajv';
import type { SpecFiles } from './load-spec';
import { parseChecked } from './spec-files';
import type { SpecProblem } from './spec-errors';
import type { LimitsSpec } from './spec-types';

export const LIMITS_FILE = 'spec/limits.yaml';

export function loadLimits(
  files: SpecFiles,
  ajv: Ajv,
  problems: SpecProblem[],
): { file: string; spec: LimitsSpec } | undefined {
  if (!files.has(LIMITS_FILE)) return undefined;
  const check = ajv.getSchema('https://binance-rx.dev/spec/limits.schema.json')!;
  const spec = parseChecked(files, LIMITS_FILE, check, problems) as LimitsSpec | undefined;
  return spec ? { file: LIMITS_FILE, spec } : undefined;
}
