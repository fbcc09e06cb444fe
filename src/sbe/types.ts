/** Types shared by the generated SBE decoders and encoders. */

/** A UTC timestamp in microseconds since the epoch (SBE streams); divide by 1000 for `Date`. */
export type Microseconds = number & { readonly __unit: 'microseconds' };

/** Options of every generated `decodeSbe<Message>`. */
export interface SbeDecodeOptions<D> {
  /**
   * Converts an exact decimal string (a price, a quantity) to the type you compute with:
   * `Number`, or a big-decimal constructor such as `(s) => new Big(s)`. Left out, decimals stay
   * exact strings (`"0.00100000"`, as Binance's JSON streams write them).
   */
  readonly decimal?: (value: string) => D;
}

/** The identity of an SBE schema: every frame's header must carry these. */
export interface SbeSchemaId {
  readonly id: number;
  readonly version: number;
}
