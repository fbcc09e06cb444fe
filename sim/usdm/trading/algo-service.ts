/**
 * The local exchange's Algo Service for USDⓈ-M algo (conditional) orders: it holds them, checks
 * them after every market step against their price (MARK_PRICE: the mark price; CONTRACT_PRICE:
 * the last trade, the mark before any), and when one triggers it places the real order through
 * the futures engine (which reports it as ORDER_TRADE_UPDATE). ALGO_UPDATE tells each status:
 * NEW, then CANCELED, or TRIGGERING and TRIGGERED (its order in the engine) and FINISHED (that
 * order filled, canceled or expired), REJECTED (the engine refused it: margin, reduce-only; or a
 * FOK that could not fill, with CONDITIONAL_ORDER_TRIGGER_REJECT) or EXPIRED (a close-all order
 * with no position left to close).
 */
import { ApiError, errors } from '../../api/errors';
import { isOpen, type Order } from '../../engine/order';
import { algoUpdate, triggerReject } from './algo-answers';
import {
  isWorking,
  triggersAt,
  wouldTriggerAt,
  type AlgoOrder,
  type AlgoRequest,
} from './algo-order';
import { futuresErrors } from './errors';
import type { Futures } from './futures';

export interface AlgoRef {
  readonly algoId?: number;
  readonly clientAlgoId?: string;
}

const FOK_REJECTED =
  'Due to the order could not be filled immediately, the FOK order has been rejected. The order will not be recorded in the order history';

export class AlgoService {
  private readonly byAccount = new Map<string, AlgoOrder[]>();
  private readonly actual = new Map<AlgoOrder, Order>();
  private readonly byOrder = new Map<Order, AlgoOrder>();
  /** The NEW ones (`isWorking`), which every market step checks: not the account's whole history. */
  private readonly working = new Set<AlgoOrder>();
  private nextAlgoId = 1;
  private readonly stopListening: () => void;

  constructor(private readonly futures: Futures) {
    this.stopListening = futures.market.onStep((_, now) => this.checkTriggers(now));
    futures.engine.listeners.add((order, now) => {
      const algo = this.byOrder.get(order);
      if (algo?.status === 'TRIGGERED' && !isOpen(order)) this.settle(algo, order, now);
    });
  }

  /** The price `workingType` follows, in 1e-8 units. */
  priceOf(symbol: string, workingType: AlgoRequest['workingType']): number {
    const mark = this.futures.markOf(symbol);
    if (workingType === 'MARK_PRICE') return mark;
    const m = this.futures.market.get(symbol.toLowerCase())!;
    return m.lastTrade === undefined ? mark : m.lastTrade.price * m.spec.tickE8;
  }

  place(accountId: string, request: AlgoRequest, now: number): AlgoOrder {
    const symbol = this.futures.engine.symbol(request.symbol).symbol;
    const priceE8 = this.priceOf(symbol, request.workingType);
    if (wouldTriggerAt(request, priceE8)) throw futuresErrors.wouldTriggerImmediately();
    const algoId = this.nextAlgoId++;
    const clientAlgoId = request.clientAlgoId ?? `simalgo${String(algoId).padStart(15, '0')}`;
    if (this.list(accountId).some((a) => isWorking(a) && a.clientAlgoId === clientAlgoId))
      throw futuresErrors.duplicateClientId();
    const trailing = request.orderType === 'TRAILING_STOP_MARKET';
    const algo: AlgoOrder = {
      ...request,
      symbol,
      ...(trailing ? { activatePriceE8: request.activatePriceE8 ?? priceE8 } : {}),
      accountId,
      algoId,
      clientAlgoId,
      createTime: now,
      status: 'NEW',
      updateTime: now,
      triggerTime: 0,
      activated: false,
      bestE8: 0,
    };
    this.ordersOf(accountId).push(algo);
    this.working.add(algo);
    this.tell(algo, now);
    return algo;
  }

  find(accountId: string, ref: AlgoRef): AlgoOrder | undefined {
    return this.list(accountId).find((a) =>
      ref.algoId !== undefined ? a.algoId === ref.algoId : a.clientAlgoId === ref.clientAlgoId,
    );
  }

  /** The account's algo orders, oldest first (of one symbol, or all). */
  list(accountId: string, symbol?: string): AlgoOrder[] {
    const all = this.byAccount.get(accountId) ?? [];
    return symbol === undefined ? all : all.filter((a) => a.symbol === symbol);
  }

  /** The order a triggered algo order placed. */
  actualOf(algo: AlgoOrder): Order | undefined {
    return this.actual.get(algo);
  }

  /** Cancels a working algo order (-2011 when there is none). */
  cancel(accountId: string, ref: AlgoRef, now: number): AlgoOrder {
    const algo = this.find(accountId, ref);
    if (algo === undefined || !isWorking(algo)) throw errors.cancelRejected();
    this.move(algo, 'CANCELED', now);
    return algo;
  }

  cancelAll(accountId: string, symbol: string, now: number): void {
    for (const algo of this.list(accountId, symbol).filter(isWorking))
      this.move(algo, 'CANCELED', now);
  }

  /** Tests and the control endpoint: checks every working algo order now. */
  checkTriggers(now: number): void {
    // A copy: a trigger takes the order out of `working`.
    for (const algo of [...this.working]) {
      if (triggersAt(algo, this.priceOf(algo.symbol, algo.workingType))) this.trigger(algo, now);
    }
  }

  close(): void {
    this.stopListening();
  }

  /** TRIGGERING, then the order in the engine (TRIGGERED), or REJECTED / EXPIRED. */
  private trigger(algo: AlgoOrder, now: number): void {
    algo.triggerTime = now;
    this.move(algo, 'TRIGGERING', now);
    const quantityE8 = algo.closePosition ? this.closeQuantity(algo) : algo.quantityE8;
    if (quantityE8 === 0) {
      algo.failedReason = 'No position to close.';
      this.move(algo, 'EXPIRED', now);
      return;
    }
    let order: Order;
    try {
      order = this.futures.engine.place(algo.accountId, this.realOrder(algo, quantityE8), now);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      algo.failedReason = error.msg;
      this.move(algo, 'REJECTED', now);
      return;
    }
    this.actual.set(algo, order);
    this.byOrder.set(order, algo);
    this.move(algo, 'TRIGGERED', now);
    if (!isOpen(order)) this.settle(algo, order, now);
  }

  private realOrder(algo: AlgoOrder, quantityE8: number) {
    const limit = algo.orderType === 'STOP' || algo.orderType === 'TAKE_PROFIT';
    return {
      symbol: algo.symbol,
      side: algo.side,
      type: limit ? ('LIMIT' as const) : ('MARKET' as const),
      timeInForce: limit ? algo.timeInForce : 'GTC',
      quantityE8,
      ...(limit ? { priceE8: algo.priceE8 } : {}),
      selfTradePreventionMode: algo.selfTradePreventionMode,
      positionSide: algo.positionSide,
      reduceOnly: algo.reduceOnly || algo.closePosition,
    };
  }

  /** What a close-all order closes: the position its side reduces (0 when there is none). */
  private closeQuantity(algo: AlgoOrder): number {
    const { amountE8 } = this.futures.ledger.position(
      algo.accountId,
      algo.symbol,
      algo.positionSide,
    );
    const closes = algo.side === 'SELL' ? amountE8 > 0 : amountE8 < 0;
    return closes ? Math.abs(amountE8) : 0;
  }

  /** The triggered order ended: FINISHED, or REJECTED when it was a FOK that could not fill. */
  private settle(algo: AlgoOrder, order: Order, now: number): void {
    if (order.status === 'EXPIRED' && order.executedQtyE8 === 0 && order.timeInForce === 'FOK') {
      algo.failedReason = FOK_REJECTED;
      this.futures.userEvents.emit(algo.accountId, triggerReject(order, FOK_REJECTED, now));
      this.move(algo, 'REJECTED', now);
      return;
    }
    this.move(algo, 'FINISHED', now);
  }

  private move(algo: AlgoOrder, status: AlgoOrder['status'], now: number): void {
    algo.status = status;
    algo.updateTime = now;
    if (!isWorking(algo)) this.working.delete(algo);
    this.tell(algo, now);
  }

  private tell(algo: AlgoOrder, now: number): void {
    this.futures.userEvents.emit(algo.accountId, algoUpdate(algo, this.actual.get(algo), now));
  }

  private ordersOf(accountId: string): AlgoOrder[] {
    let list = this.byAccount.get(accountId);
    if (list === undefined) {
      list = [];
      this.byAccount.set(accountId, list);
    }
    return list;
  }
}
