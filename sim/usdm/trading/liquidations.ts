/**
 * The liquidation engine of the futures simulation. After every market step (and when a control
 * moves a mark price) each account's margin groups (risk.ts) are checked:
 * - a group whose margin ratio (maintenance / margin balance) reaches 80 % gets one MARGIN_CALL
 *   (again only after the ratio fell below 80 %); Binance documents no threshold, only that the
 *   event comes when the ratio is high, so a group jumping straight to liquidation gets its
 *   MARGIN_CALL first, in the same check;
 * - a group at or past 100 % is liquidated: its symbols' open orders expire, and each of its
 *   positions is closed off the book at the mark price by an IOC LIMIT order of the exchange
 *   (client id `autoclose-<time><orderId>`, type LIQUIDATION on the user data stream, NEW then
 *   CALCULATED), with its realized PnL booked and ACCOUNT_UPDATE sent. The insurance fund takes
 *   any loss past what backs the group (an isolated position's margin, the cross wallet), so a
 *   wallet never goes negative; no clearance fee is charged.
 * The latest liquidation of each symbol is kept for the `forceOrder` streams, and every
 * liquidation order of an account for User's Force Orders (`forceOrdersOf`).
 */
import { mulE8 } from '../../engine/amounts';
import { isOpen, type Fill, type Order } from '../../engine/order';
import { formatE8 } from '../../market/decimal';
import { usdmState } from '../state';
import { accountUpdate } from './events';
import type { Futures } from './futures';
import { DEFAULT_LEVERAGE, MARGIN_ASSET, type FuturesAccount, type Position } from './ledger';
import { applyFill, isolatedMarginE8 } from './margin';
import { isolatedMarginsE8, marginGroups, marginRatio, type MarginGroup } from './risk';
import { liquidationUpdate, marginCall } from './risk-events';

/** The margin ratio at which MARGIN_CALL is sent. */
export const MARGIN_CALL_RATIO = 0.8;

type Parts = Pick<Futures, 'ledger' | 'engine' | 'markOf' | 'userEvents' | 'market'>;

/** Orders the liquidations of every exchange: a feed sends each once. */
let nextSeq = 1;

export class Liquidations {
  private readonly warned = new Set<string>();
  /** Each account's liquidation orders, oldest first. */
  private readonly orders = new Map<string, Order[]>();

  constructor(private readonly futures: Parts) {}

  /** `accountId`'s liquidation orders, oldest first (`GET /fapi/v1/forceOrders`). */
  forceOrdersOf(accountId: string): readonly Order[] {
    return this.orders.get(accountId) ?? [];
  }

  /** Checks every account: margin calls, then liquidations. */
  check(now: number): void {
    const { ledger, markOf } = this.futures;
    for (const accountId of ledger.accountIds()) {
      const account = ledger.account(accountId);
      for (const group of marginGroups(account, markOf)) {
        this.checkGroup(accountId, account, group, now);
      }
    }
  }

  private checkGroup(accountId: string, account: FuturesAccount, group: MarginGroup, now: number) {
    const key = `${accountId} ${group.key}`;
    const ratio = marginRatio(group);
    if (ratio < MARGIN_CALL_RATIO) {
      this.warned.delete(key);
      return;
    }
    if (!this.warned.has(key)) {
      this.warned.add(key);
      const wallet = (p: Position) => isolatedMarginE8(p, leverageOf(account, p));
      this.emit(accountId, marginCall(account, group, wallet, this.futures.markOf, now));
    }
    if (ratio < 1) return;
    this.warned.delete(key);
    const symbols = new Set(group.positions.map((p) => p.symbol));
    for (const order of this.futures.engine.ordersOfAccount(accountId)) {
      if (isOpen(order) && symbols.has(order.symbol)) this.futures.engine.expire(order, now);
    }
    for (const p of group.positions) this.close(accountId, account, p, group.isolated, now);
  }

  /** Closes `p` at the mark price, as the exchange's liquidation order. */
  private close(
    accountId: string,
    account: FuturesAccount,
    p: Position,
    isolated: boolean,
    now: number,
  ): void {
    const { engine, ledger, markOf } = this.futures;
    const markE8 = markOf(p.symbol);
    const qtyE8 = Math.abs(p.amountE8);
    const side = p.amountE8 > 0 ? 'SELL' : 'BUY';
    // What backs the position (its isolated margin, or the cross wallet less what the isolated
    // positions hold): the insurance fund takes any loss beyond it.
    const backing = isolated
      ? isolatedMarginE8(p, leverageOf(account, p))
      : account.walletE8 - isolatedMarginsE8(account);
    const floorE8 = -Math.max(0, backing);
    const realizedE8 = Math.max(floorE8, applyFill(p, -p.amountE8, markE8, now));
    const order = liquidationOrder(
      accountId,
      p,
      side,
      markE8,
      qtyE8,
      engine.newOrderId(p.symbol),
      now,
    );
    this.emit(accountId, liquidationUpdate(order, 'NEW', now, undefined, 0));
    const fill: Fill = {
      priceE8: markE8,
      qtyE8,
      commissionE8: 0,
      commissionAsset: MARGIN_ASSET,
      tradeId: engine.newTradeId(),
      maker: false,
      time: now,
    };
    order.executedQtyE8 = qtyE8;
    order.cumQuoteE8 = mulE8(markE8, qtyE8);
    order.status = 'FILLED';
    order.fills.push(fill);
    const orders = this.orders.get(accountId);
    if (orders === undefined) this.orders.set(accountId, [order]);
    else orders.push(order);
    ledger.book(accountId, {
      symbol: p.symbol,
      incomeType: 'REALIZED_PNL',
      incomeE8: realizedE8,
      time: now,
      tradeId: fill.tradeId,
    });
    account.trades.push({
      id: fill.tradeId,
      symbol: p.symbol,
      orderId: order.orderId,
      side,
      positionSide: p.side,
      priceE8: markE8,
      qtyE8,
      realizedPnlE8: realizedE8,
      commissionE8: 0,
      maker: false,
      time: now,
    });
    this.emit(accountId, liquidationUpdate(order, 'CALCULATED', now, fill, realizedE8));
    this.emit(accountId, accountUpdate(account, p.symbol, 'ORDER', now, markOf));
    this.record(p.symbol, side, qtyE8, markE8, now);
  }

  private record(
    symbol: string,
    side: 'BUY' | 'SELL',
    qtyE8: number,
    priceE8: number,
    now: number,
  ) {
    const m = this.futures.market.get(symbol.toLowerCase());
    if (m === undefined) return;
    const [qty, price] = [formatE8(qtyE8), formatE8(priceE8)];
    usdmState(m).lastLiquidation = { symbol, side, qty, price, time: now, seq: nextSeq++ };
  }

  private emit(accountId: string, event: { readonly e: string; readonly E: number }): void {
    this.futures.userEvents.emit(accountId, event);
  }
}

const leverageOf = (account: FuturesAccount, p: Position): number =>
  account.leverage.get(p.symbol) ?? DEFAULT_LEVERAGE;

/** The exchange's order closing `p`: IOC LIMIT at the mark, reduce-only. */
function liquidationOrder(
  accountId: string,
  p: Position,
  side: 'BUY' | 'SELL',
  priceE8: number,
  qtyE8: number,
  orderId: number,
  now: number,
): Order {
  return {
    accountId,
    symbol: p.symbol,
    orderId,
    clientOrderId: `autoclose-${now}${orderId}`,
    orderListId: -1,
    side,
    type: 'LIMIT',
    timeInForce: 'IOC',
    priceE8,
    origQtyE8: qtyE8,
    origQuoteOrderQtyE8: 0,
    stopPriceE8: 0,
    selfTradePreventionMode: 'NONE',
    positionSide: p.side,
    reduceOnly: true,
    time: now,
    executedQtyE8: 0,
    cumQuoteE8: 0,
    status: 'NEW',
    updateTime: now,
    workingTime: now,
    triggered: true,
    lockedE8: 0,
    fills: [],
  };
}
