import type { Spec } from './spec-types';

/** Passed to every emitter: the loaded spec and where output goes. */
export interface GeneratorContext {
  readonly spec: Spec;
  /** Output directory relative to the repository root (`generated`, or a golden test's). */
  readonly outDir: string;
  /** Spec directory the output comes from (`spec`, or `spec/usdm`), for headers. */
  readonly specDir?: string;
  /**
   * Module specifier generated code imports the runtime from. Unset: the relative path to
   * src/generated-runtime (this repository); a package user's output imports `binance-rx/runtime`.
   */
  readonly runtime?: string;
  /** The command the DO-NOT-EDIT header tells a reader to run. Default `npm run generate`. */
  readonly regenerate?: string;
  /**
   * How headers and the README name a spec file or folder (`spec/channels/x.yaml`, `spec/`).
   * Unset: as is; a package user's own files by their path in the user's project.
   */
  readonly sourceName?: (source: string) => string;
}

/** A spec file or folder as `ctx` names it (`sourceName`, else as is). */
export const sourceNameOf = (ctx: GeneratorContext, source: string): string =>
  ctx.sourceName?.(source) ?? source;
