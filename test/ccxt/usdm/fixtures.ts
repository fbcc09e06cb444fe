/**
 * USDⓈ-M inputs of the differential tests: the futures exchangeInfo both sides load (contracts on
 * the local exchange's symbol rules, `sim/engine/symbol-rules.ts`, in the shape of
 * `spec/usdm/operations/get-exchange-info.yaml`; the local exchange serves no futures
 * exchangeInfo yet), the contract ids, and the overrides that make generated payloads name them.
 */
import fc from 'fast-check';
import { validate as validateGetExchangeInfo } from '../../../generated/usdm/validators/operations/get-exchange-info';
import { channelSchemas, operationSchemas } from '../../../generated/usdm/schemas';
import { symbolInfo } from '../../../sim/engine/symbol-rules';
import { symbolSpec } from '../../../sim/market/symbols';
import { decimal, timestamp, type JsonSchema, type Overrides } from '../arbitraries';

/** Binance's delivery date of perpetual contracts (2100-12-25). */
export const PERPETUAL_DELIVERY = 4_133_404_800_000;
/** A quarterly contract's delivery (2026-12-25 08:00 UTC). */
const QUARTER_DELIVERY = 1_798_185_600_000;

interface Contract {
  readonly id: string;
  /** The Spot symbol whose local-exchange rules (tick, lot) the contract takes. */
  readonly rules: string;
  readonly base: string;
  readonly quote: string;
  readonly contractType: string;
  readonly deliveryDate: number;
  /** ccxt's unified symbol of the contract. */
  readonly unified: string;
}

const CONTRACTS: readonly Contract[] = [
  perpetual('BTCUSDT', 'BTC', 'USDT'),
  perpetual('ETHUSDT', 'ETH', 'USDT'),
  perpetual('BNBUSDT', 'BNB', 'USDT'),
  perpetual('BTCUSDC', 'BTC', 'USDC', 'XBTUSDC'),
  {
    id: 'BTCUSDT_261225',
    rules: 'BTCUSDT',
    base: 'BTC',
    quote: 'USDT',
    contractType: 'CURRENT_QUARTER',
    deliveryDate: QUARTER_DELIVERY,
    unified: 'BTC/USDT:USDT-261225',
  },
];

function perpetual(id: string, base: string, quote: string, rules = id): Contract {
  const unified = `${base}/${quote}:${quote}`;
  return {
    id,
    rules,
    base,
    quote,
    contractType: 'PERPETUAL',
    deliveryDate: PERPETUAL_DELIVERY,
    unified,
  };
}

/** Contract ids of the loaded markets. */
export const CONTRACT_IDS = CONTRACTS.map((c) => c.id);
/** ccxt's unified symbols of `CONTRACT_IDS`. */
export const CONTRACT_SYMBOLS: Readonly<Record<string, string>> = Object.fromEntries(
  CONTRACTS.map((c) => [c.id, c.unified]),
);

/** One contract of the futures exchangeInfo, on the local exchange's rules of `rules`. */
function contractInfo(c: Contract) {
  const spot = symbolInfo(symbolSpec(c.rules));
  const filter = (type: string) => spot.filters.find((f) => f.filterType === type)!;
  return {
    symbol: c.id,
    pair: c.id.split('_')[0]!,
    contractType: c.contractType,
    deliveryDate: c.deliveryDate,
    onboardDate: 1_569_398_400_000,
    status: 'TRADING',
    maintMarginPercent: '2.5000',
    requiredMarginPercent: '5.0000',
    baseAsset: c.base,
    quoteAsset: c.quote,
    marginAsset: c.quote,
    pricePrecision: 2,
    quantityPrecision: 3,
    baseAssetPrecision: 8,
    quotePrecision: 8,
    underlyingType: 'COIN',
    underlyingSubType: ['PoW'],
    triggerProtect: '0.0500',
    liquidationFee: '0.012500',
    marketTakeBound: '0.05',
    filters: [
      filter('PRICE_FILTER'),
      filter('LOT_SIZE'),
      filter('MARKET_LOT_SIZE'),
      { filterType: 'MAX_NUM_ORDERS', limit: 200 },
      { filterType: 'MIN_NOTIONAL', notional: '5' },
    ],
    orderTypes: ['LIMIT', 'MARKET', 'STOP', 'STOP_MARKET', 'TAKE_PROFIT', 'TAKE_PROFIT_MARKET'],
    timeInForce: ['GTC', 'IOC', 'FOK', 'GTX'],
  };
}

/** The futures exchangeInfo of the tests; checked against the spec's schema when loaded. */
export const USDM_EXCHANGE_INFO = (() => {
  const body = {
    timezone: 'UTC',
    serverTime: 1_764_000_000_000,
    rateLimits: [],
    exchangeFilters: [],
    assets: [{ asset: 'USDT', marginAvailable: true, autoAssetExchange: '0' }],
    symbols: CONTRACTS.map(contractInfo),
  };
  if (!validateGetExchangeInfo(body)) {
    throw new Error(
      `USDM_EXCHANGE_INFO breaks its schema: ${JSON.stringify(validateGetExchangeInfo.errors)}`,
    );
  }
  return body;
})();

/** Contract ids, and one no market has. */
export const contractId: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CONTRACT_IDS) },
  { weight: 1, arbitrary: fc.constant('UNKNOWNXYZ') },
);

/** Payloads naming the loaded contracts (`s` on streams, `symbol` on REST). */
export const CONTRACT_OVERRIDES: Overrides = { s: contractId, symbol: contractId };

/** A contract a caller requests: its id, and the symbol named in the context (id or unified). */
export const requestedContract: fc.Arbitrary<string> = fc
  .constantFrom(...CONTRACT_IDS)
  .chain((id) => fc.constantFrom(id, CONTRACT_SYMBOLS[id]!));

const CONTRACT_TYPES = ['PERPETUAL', 'CURRENT_QUARTER', 'NEXT_QUARTER', 'TRADIFI_PERPETUAL', ''];
const CONTRACT_STATUS = ['TRADING', 'PENDING_TRADING', 'SETTLING', 'CLOSE', 'DELIVERING'];

/** Generated futures exchangeInfo: contract kinds, delivery dates and statuses as Binance's. */
export const USDM_EXCHANGE_INFO_OVERRIDES = (spotOverrides: Overrides): Overrides => ({
  ...spotOverrides,
  symbol: fc.oneof(fc.constantFrom(...CONTRACT_IDS), fc.stringMatching(/^[A-Z0-9_]{2,14}$/)),
  contractType: fc.constantFrom(...CONTRACT_TYPES),
  deliveryDate: fc.oneof(fc.constant(PERPETUAL_DELIVERY), timestamp()),
  onboardDate: timestamp(),
  status: fc.constantFrom(...CONTRACT_STATUS),
  autoAssetExchange: fc.option(decimal(), { nil: null }),
});

/** The futures schemas the parsers read. */
export const usdmSchemas = {
  ticker: channelSchemas.ticker as JsonSchema,
  miniTicker: channelSchemas.miniTicker as JsonSchema,
  bookTicker: channelSchemas.bookTicker as JsonSchema,
  markPrice: channelSchemas.markPrice as JsonSchema,
  aggTrade: channelSchemas.aggTrade as JsonSchema,
  kline: channelSchemas.kline as JsonSchema,
  partialDepth: channelSchemas.partialDepth as JsonSchema,
  get24hrTicker: operationSchemas.get24hrTicker as JsonSchema,
  getBookTicker: operationSchemas.getBookTicker as JsonSchema,
  getPriceTicker: operationSchemas.getPriceTicker as JsonSchema,
  getRecentTrades: operationSchemas.getRecentTrades as JsonSchema,
  getAggTrades: operationSchemas.getAggTrades as JsonSchema,
  getKlines: operationSchemas.getKlines as JsonSchema,
  getBook: operationSchemas.getBook as JsonSchema,
  getExchangeInfo: operationSchemas.getExchangeInfo as JsonSchema,
  getPremiumIndex: operationSchemas.getPremiumIndex as JsonSchema,
  getPositionRisk: operationSchemas.getPositionRisk as JsonSchema,
  getFundingRateHistory: operationSchemas.getFundingRateHistory as JsonSchema,
};
