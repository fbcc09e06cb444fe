/**
 * A JSON Schema (draft-07) as emitted by the generator: `channelSchemas`, `operationSchemas` and
 * `userDataSchemas` hold one per channel, operation and user data event, the same objects as the
 * files of `binance-rx/schemas/*`. Typed by their identity, not by their contents: a literal type
 * of every schema would be most of the package's declarations and tells a validator nothing.
 */
export interface JsonSchema {
  readonly $schema: string;
  readonly $id: string;
  readonly title?: string;
  readonly description?: string;
  readonly [keyword: string]: unknown;
}
