// Generated from spec/field-groups.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Field group `marginAssetFields`: One asset of a margin account (cross margin account, a sub-account's margin account). */
export interface MarginAssetFields {
  /** Asset. */
  asset: string;
  /** Borrowed. Exact decimal. */
  borrowed: string;
  /** Free balance. Exact decimal. */
  free: string;
  /** Interest owed. Exact decimal. */
  interest: string;
  /** Balance locked in open orders. Exact decimal. */
  locked: string;
  /** Net balance: free plus locked, less borrowed and interest. Exact decimal. */
  netAsset: string;
}

/** Field group `marginAssetFields`: One asset of a margin account (cross margin account, a sub-account's margin account). Parsed: readable names. */
export interface ParsedMarginAssetFields<D = string> {
  /** Asset. */
  asset: string;
  /** Borrowed. Exact decimal. */
  borrowed: D;
  /** Free balance. Exact decimal. */
  free: D;
  /** Interest owed. Exact decimal. */
  interest: D;
  /** Balance locked in open orders. Exact decimal. */
  locked: D;
  /** Net balance: free plus locked, less borrowed and interest. Exact decimal. */
  netAsset: D;
}

/** Field group `marginBtcTotals`: A margin account's totals in BTC (cross margin account, sub-account margin summary and detail). */
export interface MarginBtcTotals {
  /** Total assets in BTC. Exact decimal. */
  totalAssetOfBtc: string;
  /** Total liabilities in BTC. Exact decimal. */
  totalLiabilityOfBtc: string;
  /** Net assets in BTC. Exact decimal. */
  totalNetAssetOfBtc: string;
}

/** Field group `marginBtcTotals`: A margin account's totals in BTC (cross margin account, sub-account margin summary and detail). Parsed: readable names. */
export interface ParsedMarginBtcTotals<D = string> {
  /** Total assets in BTC. Exact decimal. */
  totalAssetOfBtc: D;
  /** Total liabilities in BTC. Exact decimal. */
  totalLiabilityOfBtc: D;
  /** Net assets in BTC. Exact decimal. */
  totalNetAssetOfBtc: D;
}

/** Field group `marginListOrderFields`: One order of a margin order list as the placement and cancel answers report it (orderReports), and one plain order of the cancel-all answer. */
export interface MarginListOrderFields {
  /** Symbol. */
  symbol: string;
  /** Client order id of the order before the cancel (cancel answers only). */
  origClientOrderId?: string;
  /** Order id. */
  orderId: number;
  /** Order list id; -1 unless the order is part of an order list. */
  orderListId: number;
  /** Client order id (of the cancel, in cancel answers). */
  clientOrderId: string;
  /** When the order was placed (placement answers only). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  transactTime?: number;
  /** Limit price (0 when the order has none). Exact decimal. */
  price: string;
  /** Quantity ordered. Exact decimal. */
  origQty: string;
  /** Quantity filled so far. Exact decimal. */
  executedQty: string;
  /** Quote amount filled so far; Binance's spelling on the wire. Exact decimal. */
  cummulativeQuoteQty: string;
  /** Order status. */
  status: string;
  /** Time in force. */
  timeInForce: string;
  /** Order type. */
  type: string;
  /** BUY or SELL. */
  side: string;
  /** Price the order is triggered at. Sent only when: Appears for STOP_LOSS, TAKE_PROFIT, STOP_LOSS_LIMIT and TAKE_PROFIT_LIMIT orders. Exact decimal. */
  stopPrice?: string;
  /** Visible quantity of an iceberg order. Sent only when: Appears only if an iceberg quantity was sent for the order. Exact decimal. */
  icebergQty?: string;
  /** Self-trade prevention mode; the docs' examples show it in some answers and not in others, so it is left optional. */
  selfTradePreventionMode?: string;
}

/** Field group `marginListOrderFields`: One order of a margin order list as the placement and cancel answers report it (orderReports), and one plain order of the cancel-all answer. Parsed: readable names. */
export interface ParsedMarginListOrderFields<D = string> {
  /** Symbol. */
  symbol: string;
  /** Client order id of the order before the cancel (cancel answers only). */
  origClientOrderId?: string | undefined;
  /** Order id. */
  orderId: number;
  /** Order list id; -1 unless the order is part of an order list. */
  orderListId: number;
  /** Client order id (of the cancel, in cancel answers). */
  clientOrderId: string;
  /** When the order was placed (placement answers only). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  transactTime?: number | undefined;
  /** Limit price (0 when the order has none). Exact decimal. */
  price: D;
  /** Quantity ordered. Exact decimal. */
  origQty: D;
  /** Quantity filled so far. Exact decimal. */
  executedQty: D;
  /** Quote amount filled so far; Binance's spelling on the wire. Exact decimal. Wire field `cummulativeQuoteQty`. */
  cumulativeQuoteQty: D;
  /** Order status. */
  status: string;
  /** Time in force. */
  timeInForce: string;
  /** Order type. */
  type: string;
  /** BUY or SELL. */
  side: string;
  /** Price the order is triggered at. Sent only when: Appears for STOP_LOSS, TAKE_PROFIT, STOP_LOSS_LIMIT and TAKE_PROFIT_LIMIT orders. Exact decimal. */
  stopPrice?: D | undefined;
  /** Visible quantity of an iceberg order. Sent only when: Appears only if an iceberg quantity was sent for the order. Exact decimal. */
  icebergQty?: D | undefined;
  /** Self-trade prevention mode; the docs' examples show it in some answers and not in others, so it is left optional. */
  selfTradePreventionMode?: string | undefined;
}

/** Field group `marginOrderFields`: One order as the margin order queries answer it (order, openOrders, allOrders), in the docs' key order. */
export interface MarginOrderFields {
  /** Client order id. */
  clientOrderId: string;
  /** Quote amount filled so far; Binance's spelling on the wire. Exact decimal. */
  cummulativeQuoteQty: string;
  /** Quantity filled so far. Exact decimal. */
  executedQty: string;
  /** Visible quantity of an iceberg order (0 when not one). Exact decimal. */
  icebergQty: string;
  /** Whether the order is on the book (or its trigger is armed). */
  isWorking: boolean;
  /** Order id. */
  orderId: number;
  /** Quantity ordered. Exact decimal. */
  origQty: string;
  /** Limit price (0 when the order has none). Exact decimal. */
  price: string;
  /** BUY or SELL. */
  side: string;
  /** Order status. */
  status: string;
  /** Trigger price (0 when the order has none). Exact decimal. */
  stopPrice: string;
  /** Symbol. */
  symbol: string;
  /** Whether the order is in an isolated margin account. Sent only when: The docs mark it "if isolated margin". */
  isIsolated?: boolean;
  /** When the order was placed. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Time in force. */
  timeInForce: string;
  /** Order type. */
  type: string;
  /** Self-trade prevention mode. */
  selfTradePreventionMode: string;
  /** Last change of the order. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
}

/** Field group `marginOrderFields`: One order as the margin order queries answer it (order, openOrders, allOrders), in the docs' key order. Parsed: readable names. */
export interface ParsedMarginOrderFields<D = string> {
  /** Client order id. */
  clientOrderId: string;
  /** Quote amount filled so far; Binance's spelling on the wire. Exact decimal. Wire field `cummulativeQuoteQty`. */
  cumulativeQuoteQty: D;
  /** Quantity filled so far. Exact decimal. */
  executedQty: D;
  /** Visible quantity of an iceberg order (0 when not one). Exact decimal. */
  icebergQty: D;
  /** Whether the order is on the book (or its trigger is armed). */
  isWorking: boolean;
  /** Order id. */
  orderId: number;
  /** Quantity ordered. Exact decimal. */
  origQty: D;
  /** Limit price (0 when the order has none). Exact decimal. */
  price: D;
  /** BUY or SELL. */
  side: string;
  /** Order status. */
  status: string;
  /** Trigger price (0 when the order has none). Exact decimal. */
  stopPrice: D;
  /** Symbol. */
  symbol: string;
  /** Whether the order is in an isolated margin account. Sent only when: The docs mark it "if isolated margin". */
  isIsolated?: boolean | undefined;
  /** When the order was placed. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Time in force. */
  timeInForce: string;
  /** Order type. */
  type: string;
  /** Self-trade prevention mode. */
  selfTradePreventionMode: string;
  /** Last change of the order. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
}

/** Field group `marginOrderListFields`: An order list of a margin account as every margin order-list answer starts it (new OCO, cancel, the list queries, cancel-all), in the docs' key order. */
export interface MarginOrderListFields {
  /** Order list id. */
  orderListId: number;
  /** Kind of order list (OCO). */
  contingencyType: string;
  /** List status (RESPONSE, EXEC_STARTED, UPDATED or ALL_DONE). */
  listStatusType: string;
  /** Order status of the list (EXECUTING, ALL_DONE or REJECT). */
  listOrderStatus: string;
  /** Client id of the order list. */
  listClientOrderId: string;
  /** When the list was placed (or the request took effect). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  transactionTime: number;
  /** Symbol. */
  symbol: string;
  /** Whether the list is in an isolated margin account. Sent only when: The docs mark it "if isolated margin" (the Python original's answers predate it). */
  isIsolated?: boolean;
  /** The orders of the list, by id. */
  orders: Array<{
    /** Symbol. */
    symbol: string;
    /** Order id. */
    orderId: number;
    /** Client order id. */
    clientOrderId: string;
  }>;
}

/** Field group `marginOrderListFields`: An order list of a margin account as every margin order-list answer starts it (new OCO, cancel, the list queries, cancel-all), in the docs' key order. Parsed: readable names. */
export interface ParsedMarginOrderListFields {
  /** Order list id. */
  orderListId: number;
  /** Kind of order list (OCO). */
  contingencyType: string;
  /** List status (RESPONSE, EXEC_STARTED, UPDATED or ALL_DONE). */
  listStatusType: string;
  /** Order status of the list (EXECUTING, ALL_DONE or REJECT). */
  listOrderStatus: string;
  /** Client id of the order list. */
  listClientOrderId: string;
  /** When the list was placed (or the request took effect). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  transactionTime: number;
  /** Symbol. */
  symbol: string;
  /** Whether the list is in an isolated margin account. Sent only when: The docs mark it "if isolated margin" (the Python original's answers predate it). */
  isIsolated?: boolean | undefined;
  /** The orders of the list, by id. */
  orders: Array<{
    /** Symbol. */
    symbol: string;
    /** Order id. */
    orderId: number;
    /** Client order id. */
    clientOrderId: string;
  }>;
}

/** Field group `marginSpecialKeyFields`: One margin special key (low-latency trading) as its query and list answer it. */
export interface MarginSpecialKeyFields {
  /** Name given to the key. */
  apiName: string;
  /** The API key. */
  apiKey: string;
  /** IP addresses the key may be used from, comma-separated. */
  ip: string;
  /** Key type (HMAC_SHA256, RSA or Ed25519). */
  type: string;
  /** TRADE (every permission) or READ (USER_DATA, FIX_API_READ_ONLY). */
  permissionMode: string;
}

/** Field group `marginSpecialKeyFields`: One margin special key (low-latency trading) as its query and list answer it. Parsed: readable names. */
export interface ParsedMarginSpecialKeyFields {
  /** Name given to the key. */
  apiName: string;
  /** The API key. */
  apiKey: string;
  /** IP addresses the key may be used from, comma-separated. */
  ip: string;
  /** Key type (HMAC_SHA256, RSA or Ed25519). */
  type: string;
  /** TRADE (every permission) or READ (USER_DATA, FIX_API_READ_ONLY). */
  permissionMode: string;
}

/** Field group `orderConditionalFields`: The fields of an order answer (placement, query, cancellation, and the orders of an order list) that appear only under a condition, other than the peg and prevented-match groups. */
export interface OrderConditionalFields {
  /** Visible quantity of an iceberg order. Sent only when: Appears only if the parameter icebergQty was sent in the request. Exact decimal. */
  icebergQty?: string;
  /** Price the order is triggered at. Sent only when: Appears for STOP_LOSS, TAKE_PROFIT, STOP_LOSS_LIMIT and TAKE_PROFIT_LIMIT orders. Exact decimal. */
  stopPrice?: string;
  /** Strategy id the order was labelled with. Sent only when: Appears if the parameter was populated in the request. */
  strategyId?: number;
  /** Strategy type the order was labelled with. Sent only when: Appears if the parameter was populated in the request. */
  strategyType?: number;
  /** Trailing distance in basis points. Sent only when: Appears for trailing stop orders. */
  trailingDelta?: number;
  /** When the trailing stop started tracking the price (milliseconds); -1 until then. Sent only when: Appears only for trailing stop orders. */
  trailingTime?: number;
  /** Whether the order used SOR. Sent only when: Appears when placing orders using SOR. */
  usedSor?: boolean;
  /** Who fills the order: EXCHANGE (the order book it was sent to) or SOR. Sent only when: Appears when placing orders using SOR. */
  workingFloor?: string;
  /** Why the order expired (enums.md > Expiry reasons: INSUFFICIENT_LIQUIDITY, EXECUTION_RULE_PRICE_RANGE_EXCEEDED, …). Sent only when: When the order has expired. */
  expiryReason?: string;
}

/** Field group `orderConditionalFields`: The fields of an order answer (placement, query, cancellation, and the orders of an order list) that appear only under a condition, other than the peg and prevented-match groups. Parsed: readable names. */
export interface ParsedOrderConditionalFields<D = string> {
  /** Visible quantity of an iceberg order. Sent only when: Appears only if the parameter icebergQty was sent in the request. Exact decimal. */
  icebergQty?: D | undefined;
  /** Price the order is triggered at. Sent only when: Appears for STOP_LOSS, TAKE_PROFIT, STOP_LOSS_LIMIT and TAKE_PROFIT_LIMIT orders. Exact decimal. */
  stopPrice?: D | undefined;
  /** Strategy id the order was labelled with. Sent only when: Appears if the parameter was populated in the request. */
  strategyId?: number | undefined;
  /** Strategy type the order was labelled with. Sent only when: Appears if the parameter was populated in the request. */
  strategyType?: number | undefined;
  /** Trailing distance in basis points. Sent only when: Appears for trailing stop orders. */
  trailingDelta?: number | undefined;
  /** When the trailing stop started tracking the price (milliseconds); -1 until then. Sent only when: Appears only for trailing stop orders. */
  trailingTime?: number | undefined;
  /** Whether the order used SOR. Sent only when: Appears when placing orders using SOR. */
  usedSor?: boolean | undefined;
  /** Who fills the order: EXCHANGE (the order book it was sent to) or SOR. Sent only when: Appears when placing orders using SOR. */
  workingFloor?: string | undefined;
  /** Why the order expired (enums.md > Expiry reasons: INSUFFICIENT_LIQUIDITY, EXECUTION_RULE_PRICE_RANGE_EXCEEDED, …). Sent only when: When the order has expired. */
  expiryReason?: string | undefined;
}

/** Field group `pegFields`: The peg fields of an order answer; only pegged orders have them. */
export interface PegFields {
  /** Peg type (PRIMARY_PEG or MARKET_PEG). Sent only when: Only for pegged orders. */
  pegPriceType?: string;
  /** Peg offset type (PRICE_LEVEL). Sent only when: Only for pegged orders, if requested. */
  pegOffsetType?: string;
  /** Peg offset, in price levels. Sent only when: Only for pegged orders, if requested. */
  pegOffsetValue?: number;
  /** Price the order is currently pegged at. Sent only when: Only for pegged orders, once determined. Exact decimal. */
  peggedPrice?: string;
}

/** Field group `pegFields`: The peg fields of an order answer; only pegged orders have them. Parsed: readable names. */
export interface ParsedPegFields<D = string> {
  /** Peg type (PRIMARY_PEG or MARKET_PEG). Sent only when: Only for pegged orders. */
  pegPriceType?: string | undefined;
  /** Peg offset type (PRICE_LEVEL). Sent only when: Only for pegged orders, if requested. */
  pegOffsetType?: string | undefined;
  /** Peg offset, in price levels. Sent only when: Only for pegged orders, if requested. */
  pegOffsetValue?: number | undefined;
  /** Price the order is currently pegged at. Sent only when: Only for pegged orders, once determined. Exact decimal. */
  peggedPrice?: D | undefined;
}

/** Field group `preventedMatchFields`: The self-trade prevention fields of an order answer; only orders that STP expired have them. */
export interface PreventedMatchFields {
  /** Id of the prevented match (query it with symbol, getMyPreventedMatches). Sent only when: Appears only if the order expired due to STP. */
  preventedMatchId?: number;
  /** Order quantity that expired due to STP. Sent only when: Appears only if the order expired due to STP. Exact decimal. */
  preventedQuantity?: string;
}

/** Field group `preventedMatchFields`: The self-trade prevention fields of an order answer; only orders that STP expired have them. Parsed: readable names. */
export interface ParsedPreventedMatchFields<D = string> {
  /** Id of the prevented match (query it with symbol, getMyPreventedMatches). Sent only when: Appears only if the order expired due to STP. */
  preventedMatchId?: number | undefined;
  /** Order quantity that expired due to STP. Sent only when: Appears only if the order expired due to STP. Exact decimal. */
  preventedQuantity?: D | undefined;
}

/** Field group `preventedMatchRecordFields`: One prevented match as Spot's and margin's prevented-match queries answer it. */
export interface PreventedMatchRecordFields {
  /** Symbol. */
  symbol: string;
  /** Prevented match id. */
  preventedMatchId?: number;
  /** Order id of the taker. */
  takerOrderId: number;
  /** Symbol of the maker order. */
  makerSymbol: string;
  /** Order id of the maker. */
  makerOrderId: number;
  /** Trade group id. */
  tradeGroupId: number;
  /** Mode that prevented the match. */
  selfTradePreventionMode: string;
  /** Price the prevented trade would have had. Exact decimal. */
  price: string;
  /** Taker quantity that expired. Sent only when: This will only appear if selfTradePreventionMode set is EXPIRE_TAKER or EXPIRE_BOTH. Exact decimal. */
  takerPreventedQuantity?: string;
  /** Maker quantity that expired. Sent only when: This will only appear if selfTradePreventionMode set is EXPIRE_MAKER or EXPIRE_BOTH. Exact decimal. */
  makerPreventedQuantity?: string;
  /** When the match was prevented. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  transactTime: number;
}

/** Field group `preventedMatchRecordFields`: One prevented match as Spot's and margin's prevented-match queries answer it. Parsed: readable names. */
export interface ParsedPreventedMatchRecordFields<D = string> {
  /** Symbol. */
  symbol: string;
  /** Prevented match id. */
  preventedMatchId?: number | undefined;
  /** Order id of the taker. */
  takerOrderId: number;
  /** Symbol of the maker order. */
  makerSymbol: string;
  /** Order id of the maker. */
  makerOrderId: number;
  /** Trade group id. */
  tradeGroupId: number;
  /** Mode that prevented the match. */
  selfTradePreventionMode: string;
  /** Price the prevented trade would have had. Exact decimal. */
  price: D;
  /** Taker quantity that expired. Sent only when: This will only appear if selfTradePreventionMode set is EXPIRE_TAKER or EXPIRE_BOTH. Exact decimal. */
  takerPreventedQuantity?: D | undefined;
  /** Maker quantity that expired. Sent only when: This will only appear if selfTradePreventionMode set is EXPIRE_MAKER or EXPIRE_BOTH. Exact decimal. */
  makerPreventedQuantity?: D | undefined;
  /** When the match was prevented. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  transactTime: number;
}

/** Field group `subAccountApiIpFields`: The IP list of a sub-account API key, as its restriction query, update and delete answer it. */
export interface SubAccountApiIpFields {
  /** The IP addresses the key may be used from. */
  ipList: Array<string>;
  /** Last change of the restriction. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
  /** The API key. */
  apiKey: string;
}

/** Field group `subAccountApiIpFields`: The IP list of a sub-account API key, as its restriction query, update and delete answer it. Parsed: readable names. */
export interface ParsedSubAccountApiIpFields {
  /** The IP addresses the key may be used from. */
  ipList: Array<string>;
  /** Last change of the restriction. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
  /** The API key. */
  apiKey: string;
}
