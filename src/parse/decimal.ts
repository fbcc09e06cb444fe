/** Options of every generated `parse<Thing>` function. */
export interface ParseOptions<D> {
  /**
   * Converts an exact decimal string (a price, a quantity) to the type you compute with:
   * `Number`, or a big-decimal constructor such as `(s) => new Big(s)`. Left out, decimals
   * stay exact strings.
   */
  readonly decimal?: (value: string) => D;
}

const keep = (value: string): string => value;

/**
 * The converter of an optional field: `undefined` stays `undefined`. Generated parse functions of
 * operations and user data events use it rather than a conditional per field, which keeps their
 * control flow flat (a long chain of conditionals overflows TypeScript's flow analysis).
 */
export function optionalOf<T, R>(
  convert: (value: T) => R,
): (value: T | undefined) => R | undefined {
  return (value) => (value === undefined ? undefined : convert(value));
}

/** The decimal converter a parse function applies: the user's, or identity. */
export function decimalOf<D>(options: ParseOptions<D> | undefined): (value: string) => D {
  return (options?.decimal ?? keep) as (value: string) => D;
}
