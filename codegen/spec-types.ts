/** The spec as the generator sees it once loaded and checked (spec/schema/*.schema.json). */

export type FieldType =
  | 'string'
  | 'integer'
  | 'decimal'
  | 'timestamp'
  | 'boolean'
  | 'object'
  | 'array'
  | 'tuple'
  | 'null';

export interface FieldSpec {
  readonly name: string;
  readonly type: FieldType;
  readonly description: string;
  readonly optional?: boolean;
  readonly nullable?: boolean;
  readonly const?: string | number | boolean;
  readonly enum?: readonly (string | number)[];
  /** type object: nested fields keyed by wire name. */
  readonly fields?: Readonly<Record<string, FieldSpec>>;
  /** type array: element type. */
  readonly items?: FieldSpec;
  /** type tuple: each position. */
  readonly elements?: readonly FieldSpec[];
}

export interface ParamSpec {
  readonly description: string;
  readonly type: 'string' | 'integer';
  readonly pattern?: string;
  readonly enum?: readonly (string | number)[];
  readonly case?: 'lower' | 'asis';
  readonly optional?: boolean;
  readonly default?: string | number;
  readonly render?: Readonly<Record<string, string>>;
}

export interface ExampleSpec {
  readonly source: string;
  readonly stream?: string;
  readonly payload: unknown;
}

export interface ChannelSpec {
  readonly channel: string;
  readonly title: string;
  readonly description: string;
  readonly docs?: string;
  readonly stream: string;
  readonly params: readonly string[];
  readonly implicit?: boolean;
  readonly updateSpeed?: string;
  readonly eventType?: string;
  readonly payload?: 'object' | 'array';
  readonly fields?: Readonly<Record<string, FieldSpec>>;
  readonly sameAs?: string;
  readonly examples: readonly ExampleSpec[];
}

/** A channel after loading: where it came from, and its fields resolved through `sameAs`. */
export interface LoadedChannel {
  /** Path relative to the repository root, e.g. `spec/channels/ticker.yaml`. */
  readonly file: string;
  readonly spec: ChannelSpec;
  readonly fields: Readonly<Record<string, FieldSpec>>;
}

export interface Spec {
  readonly params: Readonly<Record<string, ParamSpec>>;
  readonly paramsFile: string;
  /** Sorted by channel name, so output order never depends on the file system. */
  readonly channels: readonly LoadedChannel[];
}
