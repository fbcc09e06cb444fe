/**
 * An algo (conditional) order of the local exchange's Algo Service (usds-margined-futures "New
 * Algo Order"), and the rules that trigger it, as pure functions. Amounts in 1e-8 units.
 *
 * - STOP, STOP_MARKET: a BUY triggers when the followed price is at or above `triggerPrice`, a
 *   SELL at or below it; TAKE_PROFIT, TAKE_PROFIT_MARKET the other way round.
 * - TRAILING_STOP_MARKET: activated once the price reaches `activatePrice` (a SELL at or above
 *   it, a BUY at or below it); from then on it follows the best price (the highest for a SELL,
 *   the lowest for a BUY) and triggers when the price comes back `callbackRate` % from it.
 */
import type { PositionSide } from './ledger';

export const ALGO_TYPES = [
  'STOP',
  'STOP_MARKET',
  'TAKE_PROFIT',
  'TAKE_PROFIT_MARKET',
  'TRAILING_STOP_MARKET',
] as const;
export type AlgoOrderType = (typeof ALGO_TYPES)[number];
export type WorkingType = 'MARK_PRICE' | 'CONTRACT_PRICE';
export type AlgoStatus =
  'NEW' | 'CANCELED' | 'TRIGGERING' | 'TRIGGERED' | 'FINISHED' | 'REJECTED' | 'EXPIRED';

/** What a placement asks for, validated (`algo-params.ts`). */
export interface AlgoRequest {
  readonly symbol: string;
  readonly side: 'BUY' | 'SELL';
  readonly positionSide: PositionSide;
  readonly orderType: AlgoOrderType;
  readonly timeInForce: string;
  /** 0 for close-all. */
  readonly quantityE8: number;
  /** 0 for the market types. */
  readonly priceE8: number;
  /** 0 for a trailing stop (it has `activatePriceE8` and `callbackRate`). */
  readonly triggerPriceE8: number;
  readonly workingType: WorkingType;
  readonly closePosition: boolean;
  readonly priceProtect: boolean;
  readonly reduceOnly: boolean;
  readonly activatePriceE8?: number;
  /** Percent (1 is 1 %). */
  readonly callbackRate?: string;
  readonly clientAlgoId?: string;
  readonly selfTradePreventionMode: string;
}

export interface AlgoOrder extends AlgoRequest {
  readonly accountId: string;
  readonly algoId: number;
  readonly clientAlgoId: string;
  readonly createTime: number;
  status: AlgoStatus;
  updateTime: number;
  triggerTime: number;
  /** The order placed in the matching engine once triggered. */
  actualOrderId?: number;
  /** Why it failed (REJECTED, EXPIRED): ALGO_UPDATE's `rm`. */
  failedReason?: string;
  /** Trailing stops: activated yet, and the best price since. */
  activated: boolean;
  bestE8: number;
}

export const isMarketType = (type: AlgoOrderType): boolean =>
  type === 'STOP_MARKET' || type === 'TAKE_PROFIT_MARKET' || type === 'TRAILING_STOP_MARKET';

export const isWorking = (algo: AlgoOrder): boolean => algo.status === 'NEW';

/** Whether a STOP / TAKE_PROFIT (market or not) triggers at `priceE8`. */
export function crossesTrigger(
  type: AlgoOrderType,
  side: 'BUY' | 'SELL',
  triggerE8: number,
  priceE8: number,
): boolean {
  const rising = type.startsWith('STOP') === (side === 'BUY');
  return rising ? priceE8 >= triggerE8 : priceE8 <= triggerE8;
}

/** Whether a trailing stop's activation price is reached at `priceE8`. */
const activates = (algo: AlgoRequest, priceE8: number): boolean =>
  algo.side === 'SELL' ? priceE8 >= algo.activatePriceE8! : priceE8 <= algo.activatePriceE8!;

/**
 * Moves a trailing stop on to `priceE8` (activation, best price) and tells whether it triggers:
 * a SELL when the price is `callbackRate` % under the highest, a BUY `callbackRate` % over the
 * lowest.
 */
export function followTrailing(algo: AlgoOrder, priceE8: number): boolean {
  if (!algo.activated) {
    if (!activates(algo, priceE8)) return false;
    algo.activated = true;
    algo.bestE8 = priceE8;
  }
  const sell = algo.side === 'SELL';
  algo.bestE8 = sell ? Math.max(algo.bestE8, priceE8) : Math.min(algo.bestE8, priceE8);
  const rate = Number(algo.callbackRate) / 100;
  return sell ? priceE8 <= algo.bestE8 * (1 - rate) : priceE8 >= algo.bestE8 * (1 + rate);
}

/** Whether a working algo order triggers at `priceE8` (its workingType's price). */
export const triggersAt = (algo: AlgoOrder, priceE8: number): boolean =>
  algo.orderType === 'TRAILING_STOP_MARKET'
    ? followTrailing(algo, priceE8)
    : crossesTrigger(algo.orderType, algo.side, algo.triggerPriceE8, priceE8);

/**
 * Whether a new algo order would trigger at once at `priceE8` (-2021): a STOP / TAKE_PROFIT whose
 * condition already holds, a trailing SELL with `activatePrice` under the price, a BUY over it.
 */
export function wouldTriggerAt(request: AlgoRequest, priceE8: number): boolean {
  if (request.orderType !== 'TRAILING_STOP_MARKET')
    return crossesTrigger(request.orderType, request.side, request.triggerPriceE8, priceE8);
  if (request.activatePriceE8 === undefined) return false;
  return request.side === 'SELL'
    ? request.activatePriceE8 < priceE8
    : request.activatePriceE8 > priceE8;
}
