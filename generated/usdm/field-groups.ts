// Generated from spec/usdm/field-groups.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

/** Field group `accountAssetFields`: One asset of both account answers (V2 and V3). */
export interface AccountAssetFields {
  /** Asset. */
  asset: string;
  /** Wallet balance. Exact decimal. */
  walletBalance: string;
  /** Unrealized profit. Exact decimal. */
  unrealizedProfit: string;
  /** Margin balance. Exact decimal. */
  marginBalance: string;
  /** Maintenance margin. Exact decimal. */
  maintMargin: string;
  /** Initial margin. Exact decimal. */
  initialMargin: string;
  /** Initial margin of the positions. Exact decimal. */
  positionInitialMargin: string;
  /** Initial margin of the open orders. Exact decimal. */
  openOrderInitialMargin: string;
  /** Cross wallet balance. Exact decimal. */
  crossWalletBalance: string;
  /** Unrealized profit of the cross positions. Exact decimal. */
  crossUnPnl: string;
  /** Available balance. Exact decimal. */
  availableBalance: string;
  /** What can be transferred out. Exact decimal. */
  maxWithdrawAmount: string;
  /** Last update. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
}

/** Field group `accountAssetFields`: One asset of both account answers (V2 and V3). Parsed: readable names. */
export interface ParsedAccountAssetFields<D = string> {
  /** Asset. */
  asset: string;
  /** Wallet balance. Exact decimal. */
  walletBalance: D;
  /** Unrealized profit. Exact decimal. */
  unrealizedProfit: D;
  /** Margin balance. Exact decimal. */
  marginBalance: D;
  /** Maintenance margin. Exact decimal. */
  maintMargin: D;
  /** Initial margin. Exact decimal. */
  initialMargin: D;
  /** Initial margin of the positions. Exact decimal. */
  positionInitialMargin: D;
  /** Initial margin of the open orders. Exact decimal. */
  openOrderInitialMargin: D;
  /** Cross wallet balance. Exact decimal. */
  crossWalletBalance: D;
  /** Unrealized profit of the cross positions. Exact decimal. */
  crossUnPnl: D;
  /** Available balance. Exact decimal. */
  availableBalance: D;
  /** What can be transferred out. Exact decimal. */
  maxWithdrawAmount: D;
  /** Last update. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
}

/** Field group `accountTotalFields`: The totals of both account answers (V2 and V3, `account.status` and `v2/account.status`); single-asset mode counts USDT only. */
export interface AccountTotalFields {
  /** Initial margin of positions and open orders. Exact decimal. */
  totalInitialMargin: string;
  /** Maintenance margin. Exact decimal. */
  totalMaintMargin: string;
  /** Wallet balance. Exact decimal. */
  totalWalletBalance: string;
  /** Unrealized profit of the positions, at the mark price. Exact decimal. */
  totalUnrealizedProfit: string;
  /** Wallet balance plus unrealized profit. Exact decimal. */
  totalMarginBalance: string;
  /** Initial margin of the positions, at the mark price. Exact decimal. */
  totalPositionInitialMargin: string;
  /** Initial margin of the open orders. Exact decimal. */
  totalOpenOrderInitialMargin: string;
  /** Cross wallet balance. Exact decimal. */
  totalCrossWalletBalance: string;
  /** Unrealized profit of the cross positions. Exact decimal. */
  totalCrossUnPnl: string;
  /** What new orders can use as margin. Exact decimal. */
  availableBalance: string;
  /** What can be transferred out. Exact decimal. */
  maxWithdrawAmount: string;
}

/** Field group `accountTotalFields`: The totals of both account answers (V2 and V3, `account.status` and `v2/account.status`); single-asset mode counts USDT only. Parsed: readable names. */
export interface ParsedAccountTotalFields<D = string> {
  /** Initial margin of positions and open orders. Exact decimal. */
  totalInitialMargin: D;
  /** Maintenance margin. Exact decimal. */
  totalMaintMargin: D;
  /** Wallet balance. Exact decimal. */
  totalWalletBalance: D;
  /** Unrealized profit of the positions, at the mark price. Exact decimal. */
  totalUnrealizedProfit: D;
  /** Wallet balance plus unrealized profit. Exact decimal. */
  totalMarginBalance: D;
  /** Initial margin of the positions, at the mark price. Exact decimal. */
  totalPositionInitialMargin: D;
  /** Initial margin of the open orders. Exact decimal. */
  totalOpenOrderInitialMargin: D;
  /** Cross wallet balance. Exact decimal. */
  totalCrossWalletBalance: D;
  /** Unrealized profit of the cross positions. Exact decimal. */
  totalCrossUnPnl: D;
  /** What new orders can use as margin. Exact decimal. */
  availableBalance: D;
  /** What can be transferred out. Exact decimal. */
  maxWithdrawAmount: D;
}

/** Field group `adlRiskFields`: One contract's ADL risk rating (REST symbolAdlRisk). */
export interface AdlRiskFields {
  /** Symbol. */
  symbol: string;
  /** ADL risk rating: high, medium or low (kept a string: the docs may add ratings). */
  adlRisk: string;
  /** Time of the rating. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
}

/** Field group `adlRiskFields`: One contract's ADL risk rating (REST symbolAdlRisk). Parsed: readable names. */
export interface ParsedAdlRiskFields {
  /** Symbol. */
  symbol: string;
  /** ADL risk rating: high, medium or low (kept a string: the docs may add ratings). */
  adlRisk: string;
  /** Time of the rating. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
}

/** Field group `algoOrderFields`: The fields every algo (conditional) order answer has (New Algo Order, Query Algo Order, the open and all algo order lists), in the docs' key order. */
export interface AlgoOrderFields {
  /** Algo order id (counts up per symbol). */
  algoId: number;
  /** Client algo id. */
  clientAlgoId: string;
  /** Algo type (CONDITIONAL). */
  algoType: string;
  /** Conditional order type: STOP, STOP_MARKET, TAKE_PROFIT, TAKE_PROFIT_MARKET or TRAILING_STOP_MARKET. */
  orderType: string;
  /** Symbol. */
  symbol: string;
  /** BUY or SELL. */
  side: string;
  /** Position side: BOTH (one-way mode), LONG or SHORT (hedge mode). */
  positionSide: string;
  /** Time in force of the order placed when triggered. */
  timeInForce: string;
  /** Quantity ordered (0 for close-all). Exact decimal. */
  quantity: string;
  /** Algo status: NEW, CANCELED, TRIGGERING, TRIGGERED, FINISHED, REJECTED or EXPIRED. */
  algoStatus: string;
  /** Price that triggers the order. Exact decimal. */
  triggerPrice: string;
  /** Limit price of the order placed when triggered (0 for the market types). Exact decimal. */
  price: string;
  /** Iceberg quantity (null in the docs' examples). Exact decimal. */
  icebergQuantity: string | null;
  /** Self-trade prevention mode. */
  selfTradePreventionMode: string;
  /** Price the trigger follows: CONTRACT_PRICE (last price) or MARK_PRICE. */
  workingType: string;
  /** Price match mode (NONE, OPPONENT, QUEUE, …). */
  priceMatch: string;
  /** Whether the order closes the whole position when triggered (close-all). */
  closePosition: boolean;
  /** Whether the trigger is price-protected. */
  priceProtect: boolean;
  /** Whether the order may only reduce the position. */
  reduceOnly: boolean;
  /** When the algo order was placed. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  createTime: number;
  /** Last update of the algo order. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
  /** When it was triggered (0 before). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  triggerTime: number;
  /** Automatic cancel time of a GTD order (0 otherwise). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  goodTillDate: number;
}

/** Field group `algoOrderFields`: The fields every algo (conditional) order answer has (New Algo Order, Query Algo Order, the open and all algo order lists), in the docs' key order. Parsed: readable names. */
export interface ParsedAlgoOrderFields<D = string> {
  /** Algo order id (counts up per symbol). */
  algoId: number;
  /** Client algo id. */
  clientAlgoId: string;
  /** Algo type (CONDITIONAL). */
  algoType: string;
  /** Conditional order type: STOP, STOP_MARKET, TAKE_PROFIT, TAKE_PROFIT_MARKET or TRAILING_STOP_MARKET. */
  orderType: string;
  /** Symbol. */
  symbol: string;
  /** BUY or SELL. */
  side: string;
  /** Position side: BOTH (one-way mode), LONG or SHORT (hedge mode). */
  positionSide: string;
  /** Time in force of the order placed when triggered. */
  timeInForce: string;
  /** Quantity ordered (0 for close-all). Exact decimal. */
  quantity: D;
  /** Algo status: NEW, CANCELED, TRIGGERING, TRIGGERED, FINISHED, REJECTED or EXPIRED. */
  algoStatus: string;
  /** Price that triggers the order. Exact decimal. */
  triggerPrice: D;
  /** Limit price of the order placed when triggered (0 for the market types). Exact decimal. */
  price: D;
  /** Iceberg quantity (null in the docs' examples). Exact decimal. */
  icebergQuantity: D | null;
  /** Self-trade prevention mode. */
  selfTradePreventionMode: string;
  /** Price the trigger follows: CONTRACT_PRICE (last price) or MARK_PRICE. */
  workingType: string;
  /** Price match mode (NONE, OPPONENT, QUEUE, …). */
  priceMatch: string;
  /** Whether the order closes the whole position when triggered (close-all). */
  closePosition: boolean;
  /** Whether the trigger is price-protected. */
  priceProtect: boolean;
  /** Whether the order may only reduce the position. */
  reduceOnly: boolean;
  /** When the algo order was placed. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  createTime: number;
  /** Last update of the algo order. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
  /** When it was triggered (0 before). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  triggerTime: number;
  /** Automatic cancel time of a GTD order (0 otherwise). Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  goodTillDate: number;
}

/** Field group `algoOrderStateFields`: What the algo order queries (Query Algo Order, the open and all algo order lists) add to `algoOrderFields`: the order placed in the matching engine once triggered, and the TP/SL prices of the docs' examples. */
export interface AlgoOrderStateFields {
  /** Id of the order placed in the matching engine when triggered (empty before). */
  actualOrderId: string;
  /** Average fill price of that order (0 before). Exact decimal. */
  actualPrice: string;
  /** Order type placed in the matching engine. Sent only when: Only present when triggered (binance-connector-js; the docs' example, not triggered, lacks it). */
  actualType?: string;
  /** Quantity that order filled. Sent only when: Only present when filled or partially filled (binance-connector-js; the docs' example lacks it). Exact decimal. */
  actualQty?: string;
  /** Take-profit trigger price (0 when none). Sent only when: In the docs' examples; binance-connector-js's Query Algo Order example lacks it. Exact decimal. */
  tpTriggerPrice?: string;
  /** Take-profit price (0 when none). Sent only when: In the docs' examples; binance-connector-js's Query Algo Order example lacks it. Exact decimal. */
  tpPrice?: string;
  /** Stop-loss trigger price (0 when none). Sent only when: In the docs' examples; binance-connector-js's Query Algo Order example lacks it. Exact decimal. */
  slTriggerPrice?: string;
  /** Stop-loss price (0 when none). Sent only when: In the docs' examples; binance-connector-js's Query Algo Order example lacks it. Exact decimal. */
  slPrice?: string;
  /** Take-profit order type (empty when none). */
  tpOrderType: string;
}

/** Field group `algoOrderStateFields`: What the algo order queries (Query Algo Order, the open and all algo order lists) add to `algoOrderFields`: the order placed in the matching engine once triggered, and the TP/SL prices of the docs' examples. Parsed: readable names. */
export interface ParsedAlgoOrderStateFields<D = string> {
  /** Id of the order placed in the matching engine when triggered (empty before). */
  actualOrderId: string;
  /** Average fill price of that order (0 before). Exact decimal. */
  actualPrice: D;
  /** Order type placed in the matching engine. Sent only when: Only present when triggered (binance-connector-js; the docs' example, not triggered, lacks it). */
  actualType?: string | undefined;
  /** Quantity that order filled. Sent only when: Only present when filled or partially filled (binance-connector-js; the docs' example lacks it). Exact decimal. */
  actualQty?: D | undefined;
  /** Take-profit trigger price (0 when none). Sent only when: In the docs' examples; binance-connector-js's Query Algo Order example lacks it. Exact decimal. */
  tpTriggerPrice?: D | undefined;
  /** Take-profit price (0 when none). Sent only when: In the docs' examples; binance-connector-js's Query Algo Order example lacks it. Exact decimal. */
  tpPrice?: D | undefined;
  /** Stop-loss trigger price (0 when none). Sent only when: In the docs' examples; binance-connector-js's Query Algo Order example lacks it. Exact decimal. */
  slTriggerPrice?: D | undefined;
  /** Stop-loss price (0 when none). Sent only when: In the docs' examples; binance-connector-js's Query Algo Order example lacks it. Exact decimal. */
  slPrice?: D | undefined;
  /** Take-profit order type (empty when none). */
  tpOrderType: string;
}

/** Field group `assetIndexFields`: One margin asset's index and collateral rates (REST assetIndex). */
export interface AssetIndexFields {
  /** Asset pair (the asset against USD). */
  symbol: string;
  /** Time of the values. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Index price. Exact decimal. */
  index: string;
  /** Bid buffer. Exact decimal. */
  bidBuffer: string;
  /** Ask buffer. Exact decimal. */
  askBuffer: string;
  /** Bid rate (the index less the bid buffer). Exact decimal. */
  bidRate: string;
  /** Ask rate (the index plus the ask buffer). Exact decimal. */
  askRate: string;
  /** Auto-exchange bid buffer. Exact decimal. */
  autoExchangeBidBuffer: string;
  /** Auto-exchange ask buffer. Exact decimal. */
  autoExchangeAskBuffer: string;
  /** Auto-exchange bid rate. Exact decimal. */
  autoExchangeBidRate: string;
  /** Auto-exchange ask rate. Exact decimal. */
  autoExchangeAskRate: string;
}

/** Field group `assetIndexFields`: One margin asset's index and collateral rates (REST assetIndex). Parsed: readable names. */
export interface ParsedAssetIndexFields<D = string> {
  /** Asset pair (the asset against USD). */
  symbol: string;
  /** Time of the values. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Index price. Exact decimal. */
  index: D;
  /** Bid buffer. Exact decimal. */
  bidBuffer: D;
  /** Ask buffer. Exact decimal. */
  askBuffer: D;
  /** Bid rate (the index less the bid buffer). Exact decimal. */
  bidRate: D;
  /** Ask rate (the index plus the ask buffer). Exact decimal. */
  askRate: D;
  /** Auto-exchange bid buffer. Exact decimal. */
  autoExchangeBidBuffer: D;
  /** Auto-exchange ask buffer. Exact decimal. */
  autoExchangeAskBuffer: D;
  /** Auto-exchange bid rate. Exact decimal. */
  autoExchangeBidRate: D;
  /** Auto-exchange ask rate. Exact decimal. */
  autoExchangeAskRate: D;
}

/** Field group `balanceFields`: One asset of the futures account as both balance answers (V2 and V3, `account.balance` and `v2/account.balance`) list it. */
export interface BalanceFields {
  /** Unique account code. */
  accountAlias: string;
  /** Asset. */
  asset: string;
  /** Wallet balance. Exact decimal. */
  balance: string;
  /** Cross wallet balance. Exact decimal. */
  crossWalletBalance: string;
  /** Unrealized profit of the cross positions. Exact decimal. */
  crossUnPnl: string;
  /** Available balance. Exact decimal. */
  availableBalance: string;
  /** What can be transferred out. Exact decimal. */
  maxWithdrawAmount: string;
  /** Whether the asset can be used as margin in multi-assets mode. */
  marginAvailable: boolean;
  /** Last update. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
}

/** Field group `balanceFields`: One asset of the futures account as both balance answers (V2 and V3, `account.balance` and `v2/account.balance`) list it. Parsed: readable names. */
export interface ParsedBalanceFields<D = string> {
  /** Unique account code. */
  accountAlias: string;
  /** Asset. */
  asset: string;
  /** Wallet balance. Exact decimal. */
  balance: D;
  /** Cross wallet balance. Exact decimal. */
  crossWalletBalance: D;
  /** Unrealized profit of the cross positions. Exact decimal. */
  crossUnPnl: D;
  /** Available balance. Exact decimal. */
  availableBalance: D;
  /** What can be transferred out. Exact decimal. */
  maxWithdrawAmount: D;
  /** Whether the asset can be used as margin in multi-assets mode. */
  marginAvailable: boolean;
  /** Last update. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
}

/** Field group `batchItemError`: An item of a batch answer (place, modify, cancel multiple orders) whose order failed: Binance's error code and message in the order's place, the other items unaffected. */
export interface BatchItemError {
  /** Binance error code (negative, e.g. -2022, -2011). */
  code: number;
  /** What went wrong. */
  msg: string;
}

/** Field group `batchItemError`: An item of a batch answer (place, modify, cancel multiple orders) whose order failed: Binance's error code and message in the order's place, the other items unaffected. Parsed: readable names. */
export interface ParsedBatchItemError {
  /** Binance error code (negative, e.g. -2022, -2011). */
  code: number;
  /** What went wrong. */
  msg: string;
}

/** Field group `insuranceFundFields`: One insurance fund (REST insuranceBalance). */
export interface InsuranceFundFields {
  /** The contracts the fund covers. */
  symbols: Array<string>;
  /** The fund's balance per margin asset. */
  assets: Array<{
    /** Margin asset. */
    asset: string;
    /** Balance. Exact decimal. */
    marginBalance: string;
    /** Time of the snapshot. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    updateTime: number;
  }>;
}

/** Field group `insuranceFundFields`: One insurance fund (REST insuranceBalance). Parsed: readable names. */
export interface ParsedInsuranceFundFields<D = string> {
  /** The contracts the fund covers. */
  symbols: Array<string>;
  /** The fund's balance per margin asset. */
  assets: Array<{
    /** Margin asset. */
    asset: string;
    /** Balance. Exact decimal. */
    marginBalance: D;
    /** Time of the snapshot. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    updateTime: number;
  }>;
}

/** Field group `leverageBracketFields`: One symbol's notional and leverage brackets (numbers are JSON numbers). */
export interface LeverageBracketFields {
  /** Symbol. */
  symbol: string;
  /** The user's bracket multiplier against the default. Sent only when: Only when the user's brackets are adjusted */
  notionalCoef?: number;
  /** The tiers, smallest notional first. */
  brackets: Array<{
    /** Tier number. */
    bracket: number;
    /** Highest leverage in the tier. */
    initialLeverage: number;
    /** Notional cap of the tier. */
    notionalCap: number;
    /** Notional floor of the tier. */
    notionalFloor: number;
    /** Maintenance margin ratio. */
    maintMarginRatio: number;
    /** Maintenance amount. */
    cum: number;
  }>;
}

/** Field group `leverageBracketFields`: One symbol's notional and leverage brackets (numbers are JSON numbers). Parsed: readable names. */
export interface ParsedLeverageBracketFields {
  /** Symbol. */
  symbol: string;
  /** The user's bracket multiplier against the default. Sent only when: Only when the user's brackets are adjusted */
  notionalCoef?: number | undefined;
  /** The tiers, smallest notional first. */
  brackets: Array<{
    /** Tier number. */
    bracket: number;
    /** Highest leverage in the tier. */
    initialLeverage: number;
    /** Notional cap of the tier. */
    notionalCap: number;
    /** Notional floor of the tier. */
    notionalFloor: number;
    /** Maintenance margin ratio. */
    maintMarginRatio: number;
    /** Maintenance amount. */
    cum: number;
  }>;
}

/** Field group `longShortFields`: A long/short ratio point (global and top traders' accounts and positions). */
export interface LongShortFields {
  /** Symbol. */
  symbol: string;
  /** Long share divided by short share. Exact decimal. */
  longShortRatio: string;
  /** Long share (accounts or positions, per the endpoint). Exact decimal. */
  longAccount: string;
  /** Short share (accounts or positions, per the endpoint). Exact decimal. */
  shortAccount: string;
}

/** Field group `longShortFields`: A long/short ratio point (global and top traders' accounts and positions). Parsed: readable names. */
export interface ParsedLongShortFields<D = string> {
  /** Symbol. */
  symbol: string;
  /** Long share divided by short share. Exact decimal. */
  longShortRatio: D;
  /** Long share (accounts or positions, per the endpoint). Exact decimal. */
  longAccount: D;
  /** Short share (accounts or positions, per the endpoint). Exact decimal. */
  shortAccount: D;
}

/** Field group `orderFields`: The fields every order answer has (placement, modification, cancellation, the order queries), in the docs' key order where they share it. */
export interface OrderFields {
  /** Client order id. */
  clientOrderId: string;
  /** Quantity filled so far. Exact decimal. */
  executedQty: string;
  /** Order id. */
  orderId: number;
  /** Quantity ordered. Exact decimal. */
  origQty: string;
  /** Order type as placed (a triggered conditional order keeps its original type here). */
  origType: string;
  /** Limit price (0 for a market order). Exact decimal. */
  price: string;
  /** Whether the order may only reduce the position. */
  reduceOnly: boolean;
  /** BUY or SELL. */
  side: string;
  /** Position side: BOTH (one-way mode), LONG or SHORT (hedge mode). */
  positionSide: string;
  /** Order status (NEW, PARTIALLY_FILLED, FILLED, CANCELED, REJECTED, EXPIRED, EXPIRED_IN_MATCH). */
  status: string;
  /** Trigger price (0 when the order has none). Exact decimal. */
  stopPrice: string;
  /** Whether the order closes the whole position (close-all). */
  closePosition: boolean;
  /** Symbol. */
  symbol: string;
  /** Time in force (GTC, IOC, FOK, GTX, GTD). */
  timeInForce: string;
  /** Order type. */
  type: string;
  /** Last update of the order. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
  /** Price a trigger follows: CONTRACT_PRICE or MARK_PRICE. */
  workingType: string;
  /** Whether the trigger price is protected. */
  priceProtect: boolean;
  /** Price match mode (NONE, OPPONENT, QUEUE, …). Sent only when: Sent since 2023 (self-trade prevention, price match and GTD orders came to futures then); answers recorded before lack it. */
  priceMatch?: string;
  /** Self-trade prevention mode. Sent only when: Sent since 2023 (self-trade prevention, price match and GTD orders came to futures then); answers recorded before lack it. */
  selfTradePreventionMode?: string;
  /** Automatic cancel time of a GTD order (0 otherwise). Sent only when: Sent since 2023 (self-trade prevention, price match and GTD orders came to futures then); answers recorded before lack it. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  goodTillDate?: number;
  /** Activation price of a trailing stop. Sent only when: Only for TRAILING_STOP_MARKET orders. Exact decimal. */
  activatePrice?: string;
  /** Callback rate of a trailing stop. Sent only when: Only for TRAILING_STOP_MARKET orders. Exact decimal. */
  priceRate?: string;
}

/** Field group `orderFields`: The fields every order answer has (placement, modification, cancellation, the order queries), in the docs' key order where they share it. Parsed: readable names. */
export interface ParsedOrderFields<D = string> {
  /** Client order id. */
  clientOrderId: string;
  /** Quantity filled so far. Exact decimal. */
  executedQty: D;
  /** Order id. */
  orderId: number;
  /** Quantity ordered. Exact decimal. */
  origQty: D;
  /** Order type as placed (a triggered conditional order keeps its original type here). */
  origType: string;
  /** Limit price (0 for a market order). Exact decimal. */
  price: D;
  /** Whether the order may only reduce the position. */
  reduceOnly: boolean;
  /** BUY or SELL. */
  side: string;
  /** Position side: BOTH (one-way mode), LONG or SHORT (hedge mode). */
  positionSide: string;
  /** Order status (NEW, PARTIALLY_FILLED, FILLED, CANCELED, REJECTED, EXPIRED, EXPIRED_IN_MATCH). */
  status: string;
  /** Trigger price (0 when the order has none). Exact decimal. */
  stopPrice: D;
  /** Whether the order closes the whole position (close-all). */
  closePosition: boolean;
  /** Symbol. */
  symbol: string;
  /** Time in force (GTC, IOC, FOK, GTX, GTD). */
  timeInForce: string;
  /** Order type. */
  type: string;
  /** Last update of the order. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
  /** Price a trigger follows: CONTRACT_PRICE or MARK_PRICE. */
  workingType: string;
  /** Whether the trigger price is protected. */
  priceProtect: boolean;
  /** Price match mode (NONE, OPPONENT, QUEUE, …). Sent only when: Sent since 2023 (self-trade prevention, price match and GTD orders came to futures then); answers recorded before lack it. */
  priceMatch?: string | undefined;
  /** Self-trade prevention mode. Sent only when: Sent since 2023 (self-trade prevention, price match and GTD orders came to futures then); answers recorded before lack it. */
  selfTradePreventionMode?: string | undefined;
  /** Automatic cancel time of a GTD order (0 otherwise). Sent only when: Sent since 2023 (self-trade prevention, price match and GTD orders came to futures then); answers recorded before lack it. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  goodTillDate?: number | undefined;
  /** Activation price of a trailing stop. Sent only when: Only for TRAILING_STOP_MARKET orders. Exact decimal. */
  activatePrice?: D | undefined;
  /** Callback rate of a trailing stop. Sent only when: Only for TRAILING_STOP_MARKET orders. Exact decimal. */
  priceRate?: D | undefined;
}

/** Field group `statsTimestamp`: The time of a /futures/data statistics point. */
export interface StatsTimestamp {
  /** Time of the point. The docs' examples quote it ("1583139600000"); Binance's OpenAPI (binance-connector-js) types it as a number, which this follows, so a quoted one fails validation with the field named rather than passing as a string. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  timestamp: number;
}

/** Field group `statsTimestamp`: The time of a /futures/data statistics point. Parsed: readable names. */
export interface ParsedStatsTimestamp {
  /** Time of the point. The docs' examples quote it ("1583139600000"); Binance's OpenAPI (binance-connector-js) types it as a number, which this follows, so a quoted one fails validation with the field named rather than passing as a string. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  timestamp: number;
}

/** Field group `tradeRowFields`: One market trade as the trade lists answer it (recent trades, old trades lookup). */
export interface TradeRowFields {
  /** Trade id. */
  id: number;
  /** Price. Exact decimal. */
  price: string;
  /** Quantity. Exact decimal. */
  qty: string;
  /** Quote quantity. Exact decimal. */
  quoteQty: string;
  /** Trade time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Whether the buyer was the maker. */
  isBuyerMaker: boolean;
  /** Whether an RPI order took part. Sent only when: Sent since RPI orders exist (2025) */
  isRPITrade?: boolean;
}

/** Field group `tradeRowFields`: One market trade as the trade lists answer it (recent trades, old trades lookup). Parsed: readable names. */
export interface ParsedTradeRowFields<D = string> {
  /** Trade id. */
  id: number;
  /** Price. Exact decimal. */
  price: D;
  /** Quantity. Exact decimal. Wire field `qty`. */
  quantity: D;
  /** Quote quantity. Exact decimal. Wire field `quoteQty`. */
  quoteQuantity: D;
  /** Trade time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Whether the buyer was the maker. */
  isBuyerMaker: boolean;
  /** Whether an RPI order took part. Sent only when: Sent since RPI orders exist (2025) Wire field `isRPITrade`. */
  isRpiTrade?: boolean | undefined;
}
