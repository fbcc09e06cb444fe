/** The spec as the generator sees it once loaded and checked (spec/schema/*.schema.json). */

export type FieldType =
  | 'string'
  | 'integer'
  | 'number'
  | 'decimal'
  | 'timestamp'
  | 'boolean'
  | 'object'
  | 'array'
  | 'tuple'
  | 'map'
  | 'null'
  | 'union';

export interface FieldSpec {
  /** Readable name in the parsed model; the wire name when absent. */
  readonly name?: string;
  readonly type: FieldType;
  readonly description: string;
  readonly optional?: boolean;
  readonly nullable?: boolean;
  /** Binance sends the field only when this holds (the docs' words); implies `optional`. */
  readonly conditional?: string;
  readonly const?: string | number | boolean;
  readonly enum?: readonly (string | number)[];
  /** type object: nested fields keyed by wire name. */
  readonly fields?: Readonly<Record<string, FieldSpec>>;
  /** type array: element type. */
  readonly items?: FieldSpec;
  /** type map: the value under every key (an object keyed by data, such as an asset). */
  readonly values?: FieldSpec;
  /** type tuple: each position. */
  readonly elements?: readonly FieldSpec[];
  /** type union: the shapes the value may take. */
  readonly variants?: readonly FieldSpec[];
  /**
   * type object: the field groups it includes (spec/field-groups.yaml) and the wire names each
   * gave it. `fields` holds them too; generated types extend the group's type instead of
   * repeating its members (emit/field-types.ts).
   */
  readonly groups?: readonly FieldGroupRef[];
}

/** A field group an object includes: its name and the wire names of its fields. */
export interface FieldGroupRef {
  readonly name: string;
  readonly wires: readonly string[];
}

/** A field group of spec/field-groups.yaml, resolved. */
export interface FieldGroup {
  readonly description: string;
  readonly fields: Readonly<Record<string, FieldSpec>>;
  /** The file it is defined in (a user's layer `spec/field-groups.yaml#user`, or the shipped). */
  readonly file?: string;
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

/**
 * An item of a channel's `params`: the name of a parameter of params.yaml, or a map of one key,
 * `{ <name>: <definition> }`, a parameter of the channel's own.
 */
export type ChannelParamRef = string | Readonly<Record<string, ParamSpec>>;

/** A channel's parameter after loading: its name and rules, and where they are defined. */
export interface ChannelParam {
  readonly name: string;
  readonly param: ParamSpec;
  /** Defined in the channel's own `params` list, not in params.yaml. */
  readonly inline: boolean;
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
  /** Where Binance documents it: one `document > heading`, or several. */
  readonly docs?: string | readonly string[];
  readonly stream: string;
  readonly params: readonly ChannelParamRef[];
  readonly implicit?: boolean;
  /** How a local order book lines the stream up with a REST snapshot (channel.schema.json). */
  readonly bookSync?: {
    readonly firstUpdateOffset: 0 | 1;
    readonly link: 'U' | 'pu';
    readonly description: string;
  };
  /** The URL route serving the stream (USDⓈ-M futures: public | market). */
  readonly route?: 'public' | 'market';
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
  /** Its `params` in order, each resolved to its rules (from params.yaml, or its own). */
  readonly params: readonly ChannelParam[];
  readonly fields: Readonly<Record<string, FieldSpec>>;
}

/** A request parameter (spec/request-params.yaml, or inline in an operation). */
export interface RequestParamSpec {
  readonly type: 'string' | 'integer' | 'decimal' | 'boolean' | 'list' | 'objects';
  readonly description: string;
  readonly required?: boolean;
  readonly enum?: readonly (string | number)[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly pattern?: string;
  readonly default?: string | number | boolean;
  /** `list` only: what the list holds (strings unless `integer`). */
  readonly itemType?: 'string' | 'integer';
  /** `list` and `objects`: how many items Binance takes at most. */
  readonly maxItems?: number;
  /** `objects` only: each item's fields, written and resolved like an operation's params. */
  readonly fields?: Readonly<Record<string, RequestParamSpec>>;
  /** `objects` only: groups of item fields of which each item must have at least one. */
  readonly anyOf?: readonly (readonly string[])[];
}

/** As written in an operation: `use` names a shared definition that the other keys override. */
export type RequestParamRef = Partial<Omit<RequestParamSpec, 'fields'>> & {
  readonly use?: string;
  readonly fields?: Readonly<Record<string, RequestParamRef>>;
};

export interface OperationSpec {
  readonly operation: string;
  readonly title: string;
  readonly description: string;
  /** Where Binance documents it: one `document > heading`, or several. */
  readonly docs?: string | readonly string[];
  readonly security: 'NONE' | 'USER_STREAM' | 'USER_DATA' | 'TRADE';
  readonly weight: number;
  readonly weightNote?: string;
  /** SAPI (`/sapi/…`) only: the weight counts against the endpoint's own IP or UID limit. */
  readonly weightType?: 'IP' | 'UID';
  readonly weightOnSuccess?: number;
  readonly orders?: number;
  readonly rest?: {
    readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
    readonly path: string;
    readonly name?: string;
  };
  readonly wsApi?: {
    readonly method: string;
    /** Parameters required on REST but not on the WebSocket API. */
    readonly optional?: readonly string[];
    /** "At least one of" groups of the WebSocket API only. */
    readonly anyOf?: readonly (readonly string[])[];
  };
  readonly params: Readonly<Record<string, RequestParamRef>>;
  readonly anyOf?: readonly (readonly string[])[];
  readonly response: FieldSpec;
  readonly examples: readonly { source: string; params?: object; response: unknown }[];
}

/** An operation after loading: its parameters resolved through `use`. */
export interface LoadedOperation {
  readonly file: string;
  readonly spec: OperationSpec;
  readonly params: Readonly<Record<string, RequestParamSpec>>;
}

/** spec/user-data/<event>.yaml: one event of the user data stream. */
export interface UserDataEventSpec {
  readonly event: string;
  readonly title: string;
  readonly description: string;
  /** Where Binance documents it: one `document > heading`, or several. */
  readonly docs?: string | readonly string[];
  readonly eventType: string;
  readonly fields: Readonly<Record<string, FieldSpec>>;
  readonly examples: readonly { readonly source: string; readonly payload: unknown }[];
}

export interface LoadedUserDataEvent {
  readonly file: string;
  readonly spec: UserDataEventSpec;
}

export interface OrderStagesSpec {
  readonly description: string;
  /** The stage every order starts in. */
  readonly initial: string;
  readonly stages: Readonly<
    Record<string, { rank: number; description: string; terminal?: boolean; repeatable?: boolean }>
  >;
  readonly events: Readonly<Record<string, { description: string }>>;
  readonly statusEvents: Readonly<Record<string, string>>;
  readonly executionTypeEvents?: Readonly<Record<string, string>>;
  readonly transitions: readonly { from: readonly string[]; on: string; to: string }[];
  readonly through?: readonly { from: string; on: readonly string[]; stage: string }[];
}

export interface Spec {
  readonly params: Readonly<Record<string, ParamSpec>>;
  readonly paramsFile: string;
  /** The file each parameter is defined in, where a user's params.yaml adds to paramsFile. */
  readonly paramFiles?: Readonly<Record<string, string>>;
  /** Sorted by channel name, so output order never depends on the file system. */
  readonly channels: readonly LoadedChannel[];
  /** Sorted by operation name. */
  readonly operations: readonly LoadedOperation[];
  /** Sorted by event name. */
  readonly userDataEvents: readonly LoadedUserDataEvent[];
  /** spec/order-stages.yaml, when the spec has one. */
  readonly orderStages?: { readonly file: string; readonly spec: OrderStagesSpec };
  /** spec/algo-order-stages.yaml (USDⓈ-M's algo orders), when the spec has one. */
  readonly algoOrderStages?: { readonly file: string; readonly spec: OrderStagesSpec };
  /** spec/limits.yaml, when the spec has one. */
  readonly limits?: { readonly file: string; readonly spec: LimitsSpec };
  /** spec/product.yaml, when the spec has one (it needs limits.yaml with `apiRateLimits`). */
  readonly product?: { readonly file: string; readonly spec: ProductSpec };
  /** spec/ccxt/*.yaml, sorted by structure. */
  readonly ccxtMappings: readonly LoadedCcxtMapping[];
  /**
   * The groups of spec/field-groups.yaml (a user's added) that a payload includes, by name,
   * sorted; objects refer to them (`groups`), and each gets its types.
   */
  readonly fieldGroups: Readonly<Record<string, FieldGroup>>;
  readonly fieldGroupsFile: string;
}

/** spec/limits.yaml: Binance's documented connection limits and API rate limits. */
export interface LimitsSpec {
  readonly docs: string;
  readonly description: string;
  readonly marketStreams: Readonly<
    Record<string, { readonly value: number; readonly description: string }>
  >;
  readonly apiRateLimits?: {
    readonly docs: string;
    readonly description: string;
    readonly rules: readonly ApiRateLimitSpec[];
  };
  readonly sapiRateLimits?: {
    readonly docs: string;
    readonly description: string;
    readonly rules: readonly SapiRateLimitSpec[];
  };
}

/** One SAPI budget: per endpoint, of the operations of one `weightType`. */
export interface SapiRateLimitSpec {
  readonly weightType: 'IP' | 'UID';
  readonly interval: 'SECOND' | 'MINUTE' | 'HOUR' | 'DAY';
  readonly intervalNum: number;
  readonly limit: number;
  readonly description: string;
}

/** spec/product.yaml: where the product is served (product.schema.json). */
export interface ProductSpec {
  readonly name: string;
  readonly title: string;
  readonly docs: string;
  readonly description: string;
  readonly restUrl: string;
  readonly streamHost: string;
  /** Production WebSocket API endpoint, where the product has one. */
  readonly wsApiUrl?: string;
  /** The WebSocket API subscribes user data streams (Spot). */
  readonly wsApiUserData?: boolean;
  /** Route name -> what it serves; then every channel has a `route` among them. */
  readonly streamRoutes?: Readonly<Partial<Record<'public' | 'market', string>>>;
  /** The REST path prefixes the product serves (`/api/v3/`, `/sapi/`); every `rest.path` has one. */
  readonly restPaths?: readonly string[];
}

/** One rate limit as `exchangeInfo.rateLimits` lists it, with a description. */
export interface ApiRateLimitSpec {
  readonly rateLimitType: 'REQUEST_WEIGHT' | 'ORDERS' | 'RAW_REQUESTS';
  readonly interval: 'SECOND' | 'MINUTE' | 'HOUR' | 'DAY';
  readonly intervalNum: number;
  readonly limit: number;
  readonly description: string;
}

/** A CCXT structure of spec/ccxt/ (ccxt-mapping.schema.json). */
export type CcxtStructureName =
  | 'ticker'
  | 'trade'
  | 'ohlcv'
  | 'orderBook'
  | 'order'
  | 'balance'
  | 'market'
  | 'fundingRate'
  | 'fundingRateHistory'
  | 'position';

/** How one CCXT field is read: a wire path, or one of the rule objects. */
export type CcxtRuleSpec =
  | string
  | {
      readonly from?: string | readonly string[];
      readonly lower?: true;
      readonly map?: string;
      readonly default?: string;
      readonly helper?: string;
      readonly args?: readonly string[];
      readonly const?: string | number | boolean;
      readonly each?: string;
      readonly structure?: 'trade';
      readonly sortBy?: readonly string[];
      readonly fields?: Readonly<Record<string, CcxtRuleSpec>>;
    };

export interface CcxtSourceSpec {
  readonly channel?: string;
  readonly operation?: string;
  readonly userData?: string;
  readonly name?: string;
  readonly follows: string;
  readonly each?: string;
  readonly symbol?: string;
  readonly marketInLists?: boolean;
  readonly sortBy?: readonly string[];
  readonly fields: Readonly<Record<string, CcxtRuleSpec>>;
}

export interface CcxtMappingSpec {
  readonly structure: CcxtStructureName;
  /** What ids name without markets (`spot` when absent): see ccxt-mapping.schema.json. */
  readonly marketType?: 'spot' | 'swap';
  readonly title: string;
  readonly description: string;
  readonly valueMaps?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly sources: readonly CcxtSourceSpec[];
}

/** How a source's payload is shaped: one entry, a list, either (by parameters), or a list inside. */
export type CcxtSourceMode = 'single' | 'list' | 'union' | 'each';

/** A source after loading: what it reads, the names it gets and the shape of its payload. */
export interface LoadedCcxtSource {
  readonly spec: CcxtSourceSpec;
  /** The file it is written in (a user's layer `spec/ccxt/x.yaml#user`, or the mapping's). */
  readonly file: string;
  /** `sources.<index>` in its file, for messages. */
  readonly index: number;
  readonly kind: 'channel' | 'operation' | 'userData';
  /** The channel, operation or event name. */
  readonly target: string;
  /** `TickerEvent`, `GetBookResponse`, …: the generated raw type. */
  readonly rawType: string;
  /**
   * The name imported from `rawModule` when `rawType` is an expression over it: an answer with
   * object variants (an order, or its order list) maps its first variant,
   * `Extract<CancelOrderResponse, { orderId: unknown }>`.
   */
  readonly rawImport?: string;
  /** Module of the raw type, relative to generated/ (`channels/ticker`). */
  readonly rawModule: string;
  readonly mode: CcxtSourceMode;
  /** The payload's root field (object, array or union). */
  readonly root: FieldSpec;
  /** parse<X>Ccxt and to<X>Ccxt. */
  readonly parse: string;
  readonly operator: string;
}

export interface LoadedCcxtMapping {
  readonly file: string;
  readonly spec: CcxtMappingSpec;
  readonly sources: readonly LoadedCcxtSource[];
  /** The files each of `spec.valueMaps` takes its entries from (shipped, then a user's layer). */
  readonly mapFiles: Readonly<Record<string, readonly string[]>>;
  /** The user's layer over `file` (`spec/ccxt/trade.yaml#user`), when there is one. */
  readonly layer?: string;
}
