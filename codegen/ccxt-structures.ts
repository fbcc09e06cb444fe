/**
 * The runtime side of each CCXT structure, as the generator needs it: the type a parser returns,
 * the src/ccxt/ function that completes it, whether it takes the payload's market and `info`,
 * and which fields a mapping may set (the keys of that function's `*Fields` input).
 */
import type { CcxtStructureName } from './spec-types';

export interface CcxtStructure {
  /** Type of src/ccxt/types.ts the parsers return. */
  readonly type: string;
  /** The src/ccxt/ function that completes it: `build(info?, market?, fields)`. */
  readonly build: string;
  /** Takes the payload's market (`symbol` in the mapping). */
  readonly market: boolean;
  /** Takes the raw payload as `info`. */
  readonly info: boolean;
  /** Fields a mapping may set. */
  readonly fields: readonly string[];
  /** Fields every mapping of it must set. */
  readonly required: readonly string[];
  /** Fields that are lists of plain objects (`each` without `structure`), with their keys. */
  readonly lists?: Readonly<Record<string, readonly string[]>>;
  /** Fields that are lists of another structure (`each` with `structure`). */
  readonly structureLists?: Readonly<Record<string, CcxtStructureName>>;
}

export const CCXT_STRUCTURES: Readonly<Record<CcxtStructureName, CcxtStructure>> = {
  ticker: {
    type: 'CcxtTicker',
    build: 'ccxtTicker',
    market: true,
    info: true,
    fields: [
      'timestamp',
      'high',
      'low',
      'bid',
      'bidVolume',
      'ask',
      'askVolume',
      'vwap',
      'open',
      'close',
      'last',
      'previousClose',
      'change',
      'percentage',
      'average',
      'baseVolume',
      'quoteVolume',
      'markPrice',
      'indexPrice',
    ],
    required: [],
  },
  trade: {
    type: 'CcxtTrade',
    build: 'ccxtTrade',
    market: true,
    info: true,
    fields: [
      'timestamp',
      'id',
      'order',
      'type',
      'side',
      'takerOrMaker',
      'price',
      'amount',
      'cost',
      'fee',
    ],
    required: [],
  },
  ohlcv: {
    type: 'CcxtOHLCV',
    build: 'ccxtOhlcv',
    market: false,
    info: false,
    fields: ['timestamp', 'open', 'high', 'low', 'close', 'volume'],
    required: ['timestamp', 'open', 'high', 'low', 'close', 'volume'],
  },
  orderBook: {
    type: 'CcxtOrderBook',
    build: 'ccxtOrderBook',
    market: true,
    info: false,
    fields: ['bids', 'asks', 'nonce', 'timestamp'],
    required: ['bids', 'asks'],
  },
  order: {
    type: 'CcxtOrder',
    build: 'ccxtOrder',
    market: true,
    info: true,
    fields: [
      'id',
      'clientOrderId',
      'timestamp',
      'lastTradeTimestamp',
      'lastUpdateTimestamp',
      'status',
      'type',
      'timeInForce',
      'postOnly',
      'reduceOnly',
      'side',
      'price',
      'triggerPrice',
      'amount',
      'cost',
      'average',
      'filled',
      'remaining',
      'fee',
      'trades',
    ],
    required: [],
    structureLists: { trades: 'trade' },
  },
  balance: {
    type: 'CcxtBalances',
    build: 'ccxtBalances',
    market: false,
    info: true,
    fields: ['timestamp', 'accounts'],
    required: ['accounts'],
    lists: { accounts: ['currency', 'free', 'used', 'total'] },
  },
  market: {
    type: 'CcxtMarket',
    build: 'ccxtMarket',
    market: false,
    info: true,
    fields: [
      'id',
      'baseId',
      'quoteId',
      'status',
      'permissions',
      'isMarginTradingAllowed',
      'baseAssetPrecision',
      'quotePrecision',
      'filters',
      'pricePrecision',
      'quantityPrecision',
      'contractType',
      'deliveryDate',
      'marginAsset',
      'onboardDate',
    ],
    required: ['id', 'baseId', 'quoteId'],
  },
  fundingRate: {
    type: 'CcxtFundingRate',
    build: 'ccxtFundingRate',
    market: true,
    info: true,
    fields: [
      'timestamp',
      'markPrice',
      'indexPrice',
      'interestRate',
      'estimatedSettlePrice',
      'fundingRate',
      'fundingTimestamp',
      'interval',
    ],
    required: [],
  },
  fundingRateHistory: {
    type: 'CcxtFundingRateHistory',
    build: 'ccxtFundingRateHistory',
    market: true,
    info: true,
    fields: ['fundingRate', 'timestamp'],
    required: [],
  },
  position: {
    type: 'CcxtPosition',
    build: 'ccxtPosition',
    market: true,
    info: true,
    fields: [
      'contracts',
      'entryPrice',
      'markPrice',
      'unrealizedPnl',
      'liquidationPrice',
      'isolatedMargin',
      'notional',
      'initialMargin',
      'maintenanceMargin',
      'positionSide',
      'timestamp',
    ],
    required: [],
  },
};

/** Helpers a rule may name (`helper:`), all exported by src/generated-runtime.ts. */
export const CCXT_HELPERS = [
  'currencyCode',
  'fee',
  'positiveFee',
  'firstNonEmpty',
  'nonZero',
  'postOnly',
  'lastTradeTime',
  'tradeTime',
] as const;
