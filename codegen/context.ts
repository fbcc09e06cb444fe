import type { Spec } from './spec-types';

/** Passed to every emitter: the loaded spec and where output goes. */
export interface GeneratorContext {
  readonly spec: Spec;
  /** Output directory relative to the repository root (`generated`, or a golden test's). */
  readonly outDir: string;
}
