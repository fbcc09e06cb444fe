/** Exchange-wide fault switches read by connections, the router and the publisher. */
export interface FaultState {
  /** Every outgoing message is held this long (0 = off). */
  delayMs: number;
  /** Diff-depth updates still to drop, optionally of one stream only. */
  skipDepth: { remaining: number; stream: string | undefined };
  /** New connections are refused while this is true. */
  refusing: boolean;
}

export const createFaultState = (): FaultState => ({
  delayMs: 0,
  skipDepth: { remaining: 0, stream: undefined },
  refusing: false,
});
