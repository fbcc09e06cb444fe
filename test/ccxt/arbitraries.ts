/**
 * Input generators for the differential tests: fast-check arbitraries built from the generated JSON
 * Schemas (`generated/schemas/**`), so every property a schema declares is generated, optional
 * ones both present and absent, and every generated payload is checked against the generated
 * ahead-of-time validator of its schema (`generated/validators/**`) before it is used.
 *
 * The schemas say `string` / `integer` where Binance's documents name the values, so the
 * generator refines a few kinds of property by name and description:
 * - decimals (`^-?[0-9]+(\.[0-9]+)?$`): 0 to 12 integer digits, 0 to 8 (sometimes 18) decimals,
 *   trailing zeros, `0`, `0.00000000`, large values; negative only where a change is described;
 * - integers described as a time: milliseconds in 2017..2030, plus 0 (and -1 where described);
 *   other integers: small and large ids (up to 2^53 - 1), -1 where the description allows it;
 * - symbols (`s`, `symbol`): the loaded markets' ids and one id no market has (`UNKNOWNXYZ`);
 * - assets: the markets' assets and ids ccxt renames (`XBT`, `BCHSV`, `YOYO`);
 * - enums from `docs-ref/enums.md` (order status, side, type, time in force, execution type,
 *   self-trade prevention mode, symbol status, kline intervals) where the schema leaves the
 *   string open; `const` and `enum` of the schema as they are.
 */
import fc from 'fast-check';
import { channelSchemas, operationSchemas, userDataSchemas } from '../../generated/schemas';

/** The piece of JSON Schema (draft-07) the generated schemas use. */
export interface JsonSchema {
  readonly type?: string | readonly string[];
  readonly description?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly items?: JsonSchema | readonly JsonSchema[];
  readonly minItems?: number;
  readonly maxItems?: number;
  readonly anyOf?: readonly JsonSchema[];
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly pattern?: string;
}

/** A validator as the generated ones are: a function with `errors`. */
export interface Validator {
  (value: unknown): boolean;
  errors?: unknown;
}

/** Symbols of the markets every test loads (ccxt's and ours), and one no market has. */
export const MARKET_IDS = ['BTCUSDT', 'ETHUSDT', 'BNBUSDT', 'ETHBTC', 'YOYOBTC', 'XBTUSDC'];
export const UNKNOWN_ID = 'UNKNOWNXYZ';
/** Assets: of the markets, renamed by ccxt, and unknown. */
export const ASSETS = ['BTC', 'ETH', 'BNB', 'USDT', 'USDC', 'YOYO', 'XBT', 'BCHSV', 'BCC', 'SATS'];

// Binance's enums (docs-ref/enums.md); the schemas keep these as open strings.
export const ORDER_STATUS = [
  'NEW',
  'PENDING_NEW',
  'PARTIALLY_FILLED',
  'FILLED',
  'CANCELED',
  'PENDING_CANCEL',
  'REJECTED',
  'EXPIRED',
  'EXPIRED_IN_MATCH',
];
export const ORDER_TYPES = [
  'LIMIT',
  'MARKET',
  'STOP_LOSS',
  'STOP_LOSS_LIMIT',
  'TAKE_PROFIT',
  'TAKE_PROFIT_LIMIT',
  'LIMIT_MAKER',
];
const TIME_IN_FORCE = ['GTC', 'IOC', 'FOK'];
const SIDES = ['BUY', 'SELL'];
const EXECUTION_TYPES = [
  'NEW',
  'CANCELED',
  'REPLACED',
  'REJECTED',
  'TRADE',
  'EXPIRED',
  'TRADE_PREVENTION',
];
const STP_MODES = ['NONE', 'EXPIRE_TAKER', 'EXPIRE_MAKER', 'EXPIRE_BOTH', 'DECREMENT'];
const SYMBOL_STATUS = ['TRADING', 'END_OF_DAY', 'HALT', 'BREAK', 'CANCEL_ONLY'];
export const KLINE_INTERVALS = [
  '1s',
  '1m',
  '3m',
  '5m',
  '15m',
  '30m',
  '1h',
  '2h',
  '4h',
  '6h',
  '8h',
  '12h',
  '1d',
  '3d',
  '1w',
  '1M',
];
const PERMISSIONS = ['SPOT', 'MARGIN', 'LEVERAGED', 'TRD_GRP_002', 'TRD_GRP_003', 'TRD_GRP_004'];

// ---------------------------------------------------------------------------------------------
// Leaves

const digits = (min: number, max: number) =>
  fc
    .array(fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9'), {
      minLength: min,
      maxLength: max,
    })
    .map((d) => d.join(''));

/** A decimal string as Binance sends them (exact, often with 8 decimals and trailing zeros). */
export function decimal(negative = false): fc.Arbitrary<string> {
  const whole = fc.oneof(
    fc.constant('0'),
    fc.integer({ min: 1, max: 999 }).map(String),
    fc.bigInt({ min: 1n, max: 999_999_999_999n }).map(String),
  );
  const fraction = fc.oneof(
    { weight: 1, arbitrary: fc.constant('') },
    { weight: 4, arbitrary: digits(8, 8) },
    { weight: 3, arbitrary: digits(1, 8) },
    { weight: 1, arbitrary: digits(9, 18) },
  );
  const generated = fc.tuple(whole, fraction).map(([w, f]) => (f === '' ? w : `${w}.${f}`));
  const special = fc.constantFrom(
    '0',
    '0.00000000',
    '0.0',
    '1.00000000',
    '0.00000001',
    '100.10000000',
    '99999999999.99999999',
    '123456789012.12345678',
    '0.000000000000000001',
    '000.10000000',
    '0001',
  );
  const unsigned = fc.oneof({ weight: 5, arbitrary: generated }, { weight: 1, arbitrary: special });
  if (!negative) return unsigned;
  return fc.oneof(
    { weight: 20, arbitrary: fc.tuple(fc.boolean(), unsigned).map(([m, d]) => (m ? `-${d}` : d)) },
    { weight: 1, arbitrary: fc.constantFrom('-0.00000000', '-0') },
  );
}

/** Milliseconds in a realistic range (2017..2030), with 0 as an edge. */
export const timestamp = (minusOne = false): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: 1_500_000_000_000, max: 1_900_000_000_000 }) },
    { weight: 1, arbitrary: fc.constant(minusOne ? -1 : 0) },
  );

const id = (minusOne = false): fc.Arbitrary<number> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 100_000 }) },
    { weight: 4, arbitrary: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }) },
    { weight: 1, arbitrary: fc.constant(minusOne ? -1 : 1) },
  );

export const symbolId: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...MARKET_IDS) },
  { weight: 1, arbitrary: fc.constant(UNKNOWN_ID) },
);
// Binance always names an asset: never '' (ccxt would make `BTC/undefined` of an empty quote
// asset, and reorders fees whose currency is empty).
const asset = fc.constantFrom(...ASSETS);
// Binance sends an empty string in a few places (executionReport `C`); the schemas allow it in
// every string, and ccxt reads '' as absent, so it is generated now and then everywhere.
const clientId = fc.oneof(
  { weight: 8, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{1,36}$/) },
  { weight: 2, arbitrary: fc.constantFrom('web_3f6d9b2c', 'x-R4BD3S82') },
  { weight: 1, arbitrary: fc.constant('') },
);

// ---------------------------------------------------------------------------------------------
// Schema walk

const DECIMAL_PATTERN = '^-?[0-9]+(\\.[0-9]+)?$';
const TIME = /\btime\b|^when |start of the window|end of the window|last change/i;
const CHANGE = /change/i;

/** The string leaf for a property, refined by name and description. */
function stringLeaf(name: string, schema: JsonSchema): fc.Arbitrary<unknown> {
  const text = schema.description ?? '';
  if (schema.pattern === DECIMAL_PATTERN) return decimal(CHANGE.test(text) || CHANGE.test(name));
  if (/^symbol\.?$/i.test(text) || name === 'symbol') return symbolId;
  if (/asset|commission was paid in/i.test(text) || /asset$/i.test(name) || name === 'N')
    return asset;
  if (/order status|^status\b/i.test(text) || name === 'X' || name === 'status')
    return fc.constantFrom(...(/symbol/i.test(text) ? SYMBOL_STATUS : ORDER_STATUS));
  if (/^(order )?type\b|order type/i.test(text) || name === 'type' || name === 'o')
    return fc.constantFrom(...ORDER_TYPES);
  if (/time in force/i.test(text) || name === 'timeInForce')
    return fc.constantFrom(...TIME_IN_FORCE);
  if (/^side\b/i.test(text) || name === 'side') return fc.constantFrom(...SIDES);
  if (name === 'x' && /what happened/i.test(text)) return fc.constantFrom(...EXECUTION_TYPES);
  if (/self-trade prevention mode/i.test(text)) return fc.constantFrom(...STP_MODES);
  if (/interval/i.test(text) && name === 'i') return fc.constantFrom(...KLINE_INTERVALS);
  if (/client order id/i.test(text) || /clientorderid/i.test(name)) return clientId;
  if (name === 'permissions' || /permission/i.test(text)) return fc.constantFrom(...PERMISSIONS);
  return fc.oneof(
    { weight: 9, arbitrary: fc.stringMatching(/^[A-Z0-9_]{1,12}$/) },
    { weight: 1, arbitrary: fc.constant('') },
  );
}

function integerLeaf(name: string, schema: JsonSchema): fc.Arbitrary<number> {
  const text = schema.description ?? '';
  const minusOne = /-1/.test(text);
  if (TIME.test(text)) return timestamp(minusOne);
  if (/precision|decimals of/i.test(text)) return fc.integer({ min: 0, max: 18 });
  if (/basis points|commission/i.test(text)) return fc.integer({ min: 0, max: 100 });
  return id(minusOne);
}

/** Overrides of whole properties, by name, where a bare schema walk would be unrealistic. */
export type Overrides = Readonly<Record<string, fc.Arbitrary<unknown>>>;

/** An arbitrary of every value the schema accepts (as far as this generator goes). */
export function fromSchema(
  schema: JsonSchema,
  overrides: Overrides = {},
  name = '',
): fc.Arbitrary<unknown> {
  const override = overrides[name];
  if (override) return override;
  if (schema.anyOf) {
    const variants = schema.anyOf.map((s) => ({ description: schema.description, ...s }));
    return fc.oneof(...variants.map((s) => fromSchema(s, overrides, name)));
  }
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (type.length > 1) {
    return fc.oneof(...type.map((t) => fromSchema({ ...schema, type: t }, overrides, name)));
  }
  switch (type[0]) {
    case 'string':
      return stringLeaf(name, schema);
    case 'integer':
      return integerLeaf(name, schema);
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const items = schema.items;
      if (Array.isArray(items)) {
        return fc.tuple(...items.map((s, i) => fromSchema(s, overrides, `${name}[${i}]`)));
      }
      return fc.array(fromSchema((items ?? {}) as JsonSchema, overrides, name), {
        minLength: schema.minItems ?? 0,
        maxLength: Math.min(schema.maxItems ?? 6, 6),
      });
    }
    case 'object': {
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [key, property] of Object.entries(schema.properties ?? {})) {
        model[key] = fromSchema(property, overrides, key);
      }
      return fc.record(model, { requiredKeys: [...(schema.required ?? [])] });
    }
    default:
      return fc.anything();
  }
}

/**
 * An arbitrary of payloads of `schema`, each checked with `validate` (the generated validator of
 * the same schema); a payload it refuses throws with ajv's errors, so no test runs on a payload
 * Binance could not send by our own spec.
 */
export function payloads<T>(
  schema: JsonSchema,
  validate: Validator,
  options: { overrides?: Overrides; fix?: (raw: T) => T } = {},
): fc.Arbitrary<T> {
  return fromSchema(schema, options.overrides)
    .map((raw) => (options.fix ? options.fix(raw as T) : (raw as T)))
    .map((raw) => {
      if (!validate(raw)) {
        throw new Error(
          `generated payload breaks its schema: ${JSON.stringify(validate.errors)}\n${JSON.stringify(raw)}`,
        );
      }
      return raw;
    });
}

// ---------------------------------------------------------------------------------------------
// exchangeInfo: filters the schema leaves open (`{ filterType }` plus anything)

const positive = decimal(false);
const filter = fc.oneof(
  fc.record({
    filterType: fc.constant('PRICE_FILTER'),
    minPrice: positive,
    maxPrice: positive,
    tickSize: positive,
  }),
  fc.record({
    filterType: fc.constant('LOT_SIZE'),
    minQty: positive,
    maxQty: positive,
    stepSize: positive,
  }),
  fc.record({
    filterType: fc.constant('MARKET_LOT_SIZE'),
    minQty: positive,
    maxQty: positive,
    stepSize: positive,
  }),
  fc.record({
    filterType: fc.constant('NOTIONAL'),
    minNotional: positive,
    applyMinToMarket: fc.boolean(),
    maxNotional: positive,
    applyMaxToMarket: fc.boolean(),
    avgPriceMins: fc.integer({ min: 0, max: 10 }),
  }),
  fc.record({
    filterType: fc.constant('MIN_NOTIONAL'),
    minNotional: positive,
    applyToMarket: fc.boolean(),
    avgPriceMins: fc.integer({ min: 0, max: 10 }),
  }),
  fc.record({ filterType: fc.constant('MAX_NUM_ORDERS'), maxNumOrders: fc.integer({ min: 1 }) }),
  fc.record({
    filterType: fc.constant('PERCENT_PRICE_BY_SIDE'),
    bidMultiplierUp: positive,
    bidMultiplierDown: positive,
    askMultiplierUp: positive,
    askMultiplierDown: positive,
    avgPriceMins: fc.integer({ min: 0, max: 10 }),
  }),
);

/** Filters of one symbol: each type at most once, as Binance lists them. */
const filters = fc
  .array(filter, { maxLength: 7 })
  .map((list) => [...new Map(list.map((f) => [f.filterType, f])).values()]);

export const EXCHANGE_INFO_OVERRIDES: Overrides = {
  filters,
  symbol: fc.oneof(fc.constantFrom(...MARKET_IDS), fc.stringMatching(/^[A-Z0-9]{2,12}$/)),
  permissions: fc.array(fc.constantFrom(...PERMISSIONS), { maxLength: 3 }),
  status: fc.constantFrom(...SYMBOL_STATUS),
  orderTypes: fc.subarray(ORDER_TYPES),
};

// ---------------------------------------------------------------------------------------------
// The schemas of the payloads each parser reads

export const schemas = {
  ticker: channelSchemas.ticker as JsonSchema,
  rollingWindowTicker: channelSchemas.rollingWindowTicker as JsonSchema,
  miniTicker: channelSchemas.miniTicker as JsonSchema,
  bookTicker: channelSchemas.bookTicker as JsonSchema,
  trade: channelSchemas.trade as JsonSchema,
  aggTrade: channelSchemas.aggTrade as JsonSchema,
  kline: channelSchemas.kline as JsonSchema,
  partialDepth: channelSchemas.partialDepth as JsonSchema,
  get24hrTicker: operationSchemas.get24hrTicker as JsonSchema,
  getPriceTicker: operationSchemas.getPriceTicker as JsonSchema,
  getBookTicker: operationSchemas.getBookTicker as JsonSchema,
  getRecentTrades: operationSchemas.getRecentTrades as JsonSchema,
  getHistoricalTrades: operationSchemas.getHistoricalTrades as JsonSchema,
  getAggTrades: operationSchemas.getAggTrades as JsonSchema,
  getMyTrades: operationSchemas.getMyTrades as JsonSchema,
  getKlines: operationSchemas.getKlines as JsonSchema,
  getUiKlines: operationSchemas.getUiKlines as JsonSchema,
  getBook: operationSchemas.getBook as JsonSchema,
  placeOrder: operationSchemas.placeOrder as JsonSchema,
  getOrder: operationSchemas.getOrder as JsonSchema,
  // The order variant: CCXT maps the order, not the order list a leg's cancel answers with.
  cancelOrder: (operationSchemas.cancelOrder as unknown as { anyOf: readonly JsonSchema[] })
    .anyOf[0]!,
  getOpenOrders: operationSchemas.getOpenOrders as JsonSchema,
  getAllOrders: operationSchemas.getAllOrders as JsonSchema,
  getAccount: operationSchemas.getAccount as JsonSchema,
  getExchangeInfo: operationSchemas.getExchangeInfo as JsonSchema,
  executionReport: userDataSchemas.executionReport as JsonSchema,
  outboundAccountPosition: userDataSchemas.outboundAccountPosition as JsonSchema,
};

// ---------------------------------------------------------------------------------------------
// Overrides of some payloads

/** executionReport: `C` is empty unless the report is of a cancel (Binance's own example). */
export const EXECUTION_REPORT_OVERRIDES: Overrides = {
  C: fc.oneof(fc.constant(''), clientId),
};

/** Known market ids only: the calls that read these payloads need a loaded market in ccxt. */
export const knownSymbolId: fc.Arbitrary<string> = fc.constantFrom(...MARKET_IDS);
