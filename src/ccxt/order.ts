/**
 * CCXT's order from the fields a mapping read off a payload, completed like ccxt's `safeOrder`:
 * filled, cost, fees and the last trade time summed from the order's trades when it has some;
 * amount, filled and remaining derived from one another; `average` = cost / filled; a market
 * order without price gets the average as price; `timeInForce` and `postOnly` completed.
 */
import type { CcxtMarketRef } from './context';
import { numericFee, reduceFees, type FeeFields } from './fee';
import { stringAdd, stringDiv, stringEquals, stringGt, stringMul, stringSub } from './precise';
import type { CcxtFee, CcxtOrder, CcxtTrade } from './types';
import { iso8601, omitZero, present, text, toInteger, toNumber } from './values';

type Decimal = string | undefined;

export interface OrderFields {
  readonly id?: string | number | undefined;
  readonly clientOrderId?: string | undefined;
  readonly timestamp?: number | undefined;
  readonly lastTradeTimestamp?: number | undefined;
  readonly lastUpdateTimestamp?: number | undefined;
  readonly status?: string | undefined;
  readonly type?: string | undefined;
  readonly timeInForce?: string | undefined;
  readonly postOnly?: boolean | undefined;
  readonly reduceOnly?: boolean | undefined;
  readonly side?: string | undefined;
  readonly price?: Decimal;
  readonly triggerPrice?: Decimal;
  readonly amount?: Decimal;
  readonly cost?: Decimal;
  readonly average?: Decimal;
  readonly filled?: Decimal;
  readonly remaining?: Decimal;
  readonly fee?: FeeFields | undefined;
  /** The order's trades, already CCXT trades (`ccxtTrade`). */
  readonly trades?: readonly CcxtTrade[] | undefined;
}

export function ccxtOrder(info: unknown, ref: CcxtMarketRef, fields: OrderFields): CcxtOrder {
  const f = present(fields);
  let amount = omitZero(f.amount);
  let remaining = f.remaining;
  let filled = f.filled;
  let cost = f.cost;
  let average = omitZero(f.average);
  let price = omitZero(f.price);
  let lastTradeTimestamp = toInteger(f.lastTradeTimestamp);
  let symbol = ref.symbol;
  let side = f.side;
  let type = f.type;
  let id = text(f.id);
  const parseFilled = filled === undefined;
  const parseCost = cost === undefined;
  const parseLastTrade = lastTradeTimestamp === undefined;
  const trades = [...(f.trades ?? [])];
  const tradeFees: FeeFields[] = [];

  const first = trades[0];
  if (first) {
    symbol ??= first.symbol;
    side ??= first.side;
    type ??= first.type;
    id ??= first.order;
    if (parseFilled) filled = '0';
    if (parseCost) cost = '0';
    for (const trade of trades) {
      if (parseFilled && trade.amount !== undefined) filled = stringAdd(filled, text(trade.amount));
      if (parseCost && trade.cost !== undefined) cost = stringAdd(cost, text(trade.cost));
      if (ref.symbol === undefined) symbol = trade.symbol;
      if (f.side === undefined) side = trade.side;
      if (parseLastTrade && trade.timestamp !== undefined) {
        lastTradeTimestamp = Math.max(lastTradeTimestamp ?? trade.timestamp, trade.timestamp);
      }
      for (const paid of trade.fees) {
        tradeFees.push({
          cost: text(paid.cost),
          currency: paid.currency,
          ...('rate' in paid ? { rate: text(paid.rate) } : {}),
        });
      }
    }
  }

  const fees: CcxtFee[] = reduceFees(tradeFees).map(numericFee);
  if (f.fee !== undefined && fees.length === 0) fees.push(numericFee(f.fee));
  const fee = f.fee !== undefined ? numericFee(f.fee) : fees.length === 1 ? fees[0] : undefined;

  if (amount === undefined) {
    if (filled !== undefined && remaining !== undefined) amount = stringAdd(filled, remaining);
    else if (f.status === 'closed') amount = filled;
  }
  if (filled === undefined) {
    if (amount !== undefined && remaining !== undefined) filled = stringSub(amount, remaining);
    else if (f.status === 'closed' && amount !== undefined) filled = amount;
  }
  if (remaining === undefined) {
    if (amount !== undefined && filled !== undefined) remaining = stringSub(amount, filled);
    else if (f.status === 'closed') remaining = '0';
  }
  // Spot markets have a contract size of 1.
  if (average === undefined && cost !== undefined && stringGt(filled, '0')) {
    average = stringDiv(cost, filled);
  }
  if (parseCost && filled !== undefined && (average !== undefined || price !== undefined)) {
    cost = stringMul(filled, average ?? price);
  }
  if ((price === undefined || stringEquals(price, '0')) && type === 'market') price = average;

  let timeInForce = f.timeInForce;
  let postOnly = f.postOnly;
  if (timeInForce === undefined) {
    if (f.triggerPrice === undefined && type === 'market') timeInForce = 'IOC';
    if (postOnly === true) timeInForce = 'PO';
  } else if (postOnly === undefined) {
    postOnly = timeInForce === 'PO';
  }
  const timestamp = toInteger(f.timestamp);
  const triggerPrice = toNumber(f.triggerPrice);
  return {
    info,
    id,
    clientOrderId: f.clientOrderId,
    timestamp,
    datetime: iso8601(timestamp),
    symbol,
    type,
    side,
    lastTradeTimestamp,
    lastUpdateTimestamp: toInteger(f.lastUpdateTimestamp),
    price: toNumber(price),
    amount: toNumber(amount),
    cost: toNumber(cost),
    average: toNumber(average),
    filled: toNumber(filled),
    remaining: toNumber(remaining),
    timeInForce,
    postOnly,
    trades,
    reduceOnly: f.reduceOnly,
    stopPrice: triggerPrice,
    triggerPrice,
    takeProfitPrice: undefined,
    stopLossPrice: undefined,
    status: f.status,
    fee,
    fees,
  };
}
