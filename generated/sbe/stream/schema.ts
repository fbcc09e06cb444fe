// Generated from spec/sbe/stream_1_0.xml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Spot data streams SBE message schema (semantic version 5.2): what every frame's header must carry. */
export const SBE_SCHEMA = { id: 1, version: 0 } as const;
