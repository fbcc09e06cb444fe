/**
 * The local exchange's matching engine: user orders trade against the simulated book (taking the
 * levels they cross, so the depth streams show it), rest when they are limit orders, and fill
 * later when the market trades through their price; stop orders wait for their trigger. Every
 * change is told to the account's user data stream (executionReport, outboundAccountPosition).
 */
import { errors } from '../api/errors';
import type { Market } from '../market/market';
import type { StepResults } from '../market/market';
import type { SymbolMarket } from '../market/symbol-market';
import { Accounts } from './accounts';
import { mulE8 } from './amounts';
import { availableUpTo, opposite, reaches, startPrice, wouldTake } from './book-walk';
import { SpotFunds, type Funds } from './funds';
import {
  executionReport,
  isOpen,
  isStop,
  type ExecutionType,
  type Fill,
  type Order,
  type OrderType,
  type Side,
} from './order';
import {
  checkNotional,
  checkPrice,
  checkQuantity,
  MAX_NUM_ORDERS,
  symbolRules,
  type SymbolRules,
} from './symbol-rules';
import type { UserDataEvent, UserEvents } from './user-events';

export interface EngineOptions {
  readonly market: Market;
  readonly userEvents: UserEvents;
  /** What orders do to their accounts' money (default: Spot's balances, `SpotFunds`). */
  readonly funds?: (accounts: Accounts) => Funds;
  /** The user data events of an execution (default: Spot's executionReport). */
  readonly report?: (order: Order, x: ExecutionType, now: number, fill?: Fill) => UserDataEvent[];
}

/** A validated new order (amounts in 1e-8 units). */
export interface NewOrder {
  readonly symbol: string;
  readonly side: Side;
  readonly type: OrderType;
  /** GTC, IOC or FOK (futures' GTX and GTD work as GTC once placed). */
  readonly timeInForce?: string;
  readonly quantityE8?: number;
  readonly quoteOrderQtyE8?: number;
  readonly priceE8?: number;
  readonly stopPriceE8?: number;
  readonly clientOrderId?: string;
  readonly selfTradePreventionMode?: string;
  /** Futures: the position side (BOTH, LONG, SHORT) and whether it may only reduce it. */
  readonly positionSide?: string;
  readonly reduceOnly?: boolean;
}

/** One `order.amend.keepPriority`, as `order.amendments` lists it. */
export interface Amendment {
  readonly order: Order;
  readonly executionId: number;
  readonly origClientOrderId: string;
  readonly newClientOrderId: string;
  readonly origQtyE8: number;
  readonly newQtyE8: number;
  readonly time: number;
}

/** One self-trade the engine prevented. */
export interface PreventedMatch {
  readonly taker: Order;
  readonly maker: Order;
  readonly matchId: number;
  readonly time: number;
}

/** A trade printed by the market, in 1e-8 units. */
interface MarketTrade {
  readonly priceE8: number;
  readonly qtyE8: number;
}

export { COMMISSION_RATE } from './funds';

export class Engine {
  readonly accounts: Accounts;
  private readonly funds: Funds;
  private readonly rules = new Map<string, SymbolRules>();
  private readonly orders = new Map<string, Order[]>();
  private readonly nextOrderId = new Map<string, number>();
  private nextTradeId = 1;
  private nextExecutionId = 1;
  private nextPreventedMatchId = 1;
  /** Every prevented self-trade, oldest first (`myPreventedMatches`). */
  readonly prevented: PreventedMatch[] = [];
  /** Every amendment made, oldest first (`order.amendments`). */
  readonly amendments: Amendment[] = [];
  private nextClientId = 1;
  private readonly stopListening: () => void;

  constructor(readonly options: EngineOptions) {
    const assets = new Set<string>();
    for (const m of options.market.all()) {
      const rules = symbolRules(m.spec);
      this.rules.set(rules.symbol, rules);
      assets.add(rules.baseAsset).add(rules.quoteAsset);
    }
    this.accounts = new Accounts([...assets], options.userEvents);
    this.funds = (options.funds ?? ((accounts) => new SpotFunds(accounts)))(this.accounts);
    this.stopListening = options.market.onStep((results, now) => this.onStep(results, now));
  }

  /** The rules of `symbol`; -1121 for a symbol the exchange does not list. */
  symbol(symbol: string): SymbolRules {
    const rules = this.rules.get(symbol);
    if (rules === undefined) throw errors.badSymbol();
    return rules;
  }

  allSymbols(): SymbolRules[] {
    return [...this.rules.values()];
  }

  /** Places an order: checks, locks funds, trades what crosses, rests or expires the rest. */
  place(
    accountId: string,
    request: NewOrder,
    now: number,
    list: { readonly orderListId: number; readonly pending?: boolean } = { orderListId: -1 },
  ): Order {
    const rules = this.symbol(request.symbol);
    const m = this.marketOf(rules);
    this.checkFilters(rules, m, request);

    const clientOrderId =
      request.clientOrderId ?? `sim${String(this.nextClientId++).padStart(19, '0')}`;
    const open = this.ordersOf(rules.symbol).filter((o) => o.accountId === accountId && isOpen(o));
    if (open.some((o) => o.clientOrderId === clientOrderId)) {
      throw errors.newOrderRejected('Duplicate order sent.');
    }
    if (open.length >= MAX_NUM_ORDERS)
      throw errors.invalidMessage('Filter failure: MAX_NUM_ORDERS');
    if (
      request.type === 'LIMIT_MAKER' &&
      wouldTake(m.book, rules, request.side, request.priceE8!)
    ) {
      throw errors.newOrderRejected('Order would immediately match and take.');
    }

    const order: Order = {
      accountId,
      symbol: rules.symbol,
      orderId: this.newOrderId(rules.symbol),
      orderListId: list.orderListId,
      clientOrderId,
      side: request.side,
      type: request.type,
      timeInForce: request.timeInForce,
      priceE8: request.priceE8 ?? 0,
      origQtyE8: request.quantityE8 ?? 0,
      origQuoteOrderQtyE8: request.quoteOrderQtyE8 ?? 0,
      stopPriceE8: request.stopPriceE8 ?? 0,
      selfTradePreventionMode: request.selfTradePreventionMode ?? 'EXPIRE_MAKER',
      ...(request.positionSide === undefined ? {} : { positionSide: request.positionSide }),
      ...(request.reduceOnly === undefined ? {} : { reduceOnly: request.reduceOnly }),
      time: now,
      executedQtyE8: 0,
      cumQuoteE8: 0,
      status: list.pending ? 'PENDING_NEW' : 'NEW',
      updateTime: now,
      workingTime: now,
      triggered: !list.pending && !isStop(request.type),
      lockedE8: 0,
      fills: [],
    };
    if (!list.pending) this.funds.reserve(order, rules, m);
    this.ordersOf(rules.symbol).push(order);
    this.report(order, 'NEW', now);
    if (order.triggered) this.work(order, rules, m, now);
    this.funds.announce(accountId, rules, now);
    return order;
  }

  /** Checks a new order as placing it would, without placing it (`order.test`). */
  validate(request: NewOrder): void {
    const rules = this.symbol(request.symbol);
    this.checkFilters(rules, this.marketOf(rules), request);
  }

  /** The symbol's filters (-1013): price, quantity, and the order's value at its price or market. */
  private checkFilters(rules: SymbolRules, m: SymbolMarket, request: NewOrder): void {
    const market =
      request.type === 'MARKET' || request.type === 'STOP_LOSS' || request.type === 'TAKE_PROFIT';
    if (request.priceE8 !== undefined) checkPrice(rules, request.priceE8);
    if (request.stopPriceE8 !== undefined) checkPrice(rules, request.stopPriceE8);
    if (request.quantityE8 !== undefined) checkQuantity(rules, request.quantityE8, market);
    const reference =
      request.priceE8 ?? request.stopPriceE8 ?? startPrice(m.book, rules, request.side, m.mid);
    checkNotional(rules, request.quoteOrderQtyE8 ?? mulE8(reference, request.quantityE8 ?? 0));
  }

  /** Called after every fill and every end of an order (order lists follow their legs). */
  readonly listeners = new Set<(order: Order, now: number) => void>();

  /** Starts a PENDING_NEW order of a list: locks its funds and works it. */
  activate(order: Order, now: number): void {
    if (order.status !== 'PENDING_NEW') return;
    const rules = this.symbol(order.symbol);
    const m = this.marketOf(rules);
    try {
      this.funds.reserve(order, rules, m);
    } catch {
      this.finish(order, rules, 'EXPIRED', now);
      return;
    }
    order.status = 'NEW';
    order.workingTime = now;
    order.triggered = !isStop(order.type);
    this.report(order, 'NEW', now);
    if (order.triggered) this.work(order, rules, m, now);
    this.funds.announce(order.accountId, rules, now);
  }

  /** Ends an open order of a list because another leg decided it (OCO), as EXPIRED. */
  expire(order: Order, now: number): void {
    if (isOpen(order)) this.finish(order, this.symbol(order.symbol), 'EXPIRED', now);
  }

  /**
   * Lowers an open order's quantity keeping its place in the book (`order.amend.keepPriority`);
   * the order takes a new client order id. -2038-style errors are -1013 here.
   */
  amend(order: Order, newQtyE8: number, newClientOrderId: string, now: number): Amendment {
    const rules = this.symbol(order.symbol);
    if (!isOpen(order)) throw errors.cancelRejected('Order not found or not open.');
    if (newQtyE8 >= order.origQtyE8)
      throw errors.invalidMessage('The new quantity must be less than the current quantity.');
    if (newQtyE8 <= order.executedQtyE8)
      throw errors.invalidMessage('The new quantity must be more than the executed quantity.');
    checkQuantity(rules, newQtyE8, false);
    this.funds.shrink(order, rules, newQtyE8);
    const amendment: Amendment = {
      order,
      executionId: this.nextExecutionId++,
      origClientOrderId: order.clientOrderId,
      newClientOrderId,
      origQtyE8: order.origQtyE8,
      newQtyE8,
      time: now,
    };
    this.amendments.push(amendment);
    order.origQtyE8 = newQtyE8;
    order.clientOrderId = newClientOrderId;
    order.updateTime = now;
    this.report(order, 'REPLACED', now);
    this.funds.announce(order.accountId, rules, now);
    return amendment;
  }

  /**
   * Changes a working limit order's price and quantity in place (futures' Modify Order): it
   * keeps its id, loses its place in the queue, reserves funds again (the old reservation stays
   * when the new one fails) and trades at once if the new price crosses the book.
   */
  modify(order: Order, priceE8: number, qtyE8: number, now: number): void {
    const rules = this.symbol(order.symbol);
    const m = this.marketOf(rules);
    checkPrice(rules, priceE8);
    checkQuantity(rules, qtyE8, false);
    if (qtyE8 <= order.executedQtyE8) {
      throw errors.invalidMessage('The new quantity must be more than the executed quantity.');
    }
    const before = { priceE8: order.priceE8, origQtyE8: order.origQtyE8 };
    this.funds.release(order, rules);
    Object.assign(order, { priceE8, origQtyE8: qtyE8 });
    try {
      this.funds.reserve(order, rules, m);
    } catch (error) {
      Object.assign(order, before);
      this.funds.reserve(order, rules, m);
      throw error;
    }
    const list = this.ordersOf(rules.symbol);
    list.splice(list.indexOf(order), 1);
    list.push(order);
    order.updateTime = now;
    this.report(order, 'REPLACED', now);
    this.take(order, rules, m, now, priceE8);
    this.funds.announce(order.accountId, rules, now);
  }

  /** Cancels an open order; -2011 "Unknown order sent." when there is none. */
  cancel(
    accountId: string,
    symbol: string,
    ref: { orderId?: number; origClientOrderId?: string },
    newClientOrderId: string | undefined,
    now: number,
  ): Order {
    const rules = this.symbol(symbol);
    const order = this.find(accountId, symbol, ref);
    if (order === undefined || !isOpen(order)) throw errors.cancelRejected();
    order.cancelClientOrderId = newClientOrderId ?? `sim-cancel-${order.orderId}`;
    this.finish(order, rules, 'CANCELED', now);
    return order;
  }

  /** An order of the account, by id or client order id (the latest with that client id). */
  find(
    accountId: string,
    symbol: string,
    ref: { orderId?: number; origClientOrderId?: string },
  ): Order | undefined {
    const mine = this.ordersOf(symbol).filter((o) => o.accountId === accountId);
    const found =
      ref.orderId !== undefined
        ? mine.find((o) => o.orderId === ref.orderId)
        : mine.filter((o) => o.clientOrderId === ref.origClientOrderId).at(-1);
    if (
      found &&
      ref.origClientOrderId !== undefined &&
      found.clientOrderId !== ref.origClientOrderId
    ) {
      return undefined;
    }
    return found;
  }

  /** The account's orders, oldest first: of one symbol, or of all. */
  ordersOfAccount(accountId: string, symbol?: string): Order[] {
    const symbols = symbol === undefined ? [...this.rules.keys()] : [this.symbol(symbol).symbol];
    return symbols.flatMap((s) => this.ordersOf(s).filter((o) => o.accountId === accountId));
  }

  /** Stops following the market (the exchange is closing). */
  close(): void {
    this.stopListening();
  }

  // --- matching ---

  private work(order: Order, rules: SymbolRules, m: SymbolMarket, now: number): void {
    const limited =
      order.type === 'LIMIT' || order.type.endsWith('_LIMIT') || order.type === 'LIMIT_MAKER';
    if (
      order.timeInForce === 'FOK' &&
      availableUpTo(m.book, rules, order.side, order.priceE8) < order.origQtyE8
    ) {
      this.finish(order, rules, 'EXPIRED', now);
      return;
    }
    if (this.preventSelfTrade(order, rules, now)) return;
    if (order.type !== 'LIMIT_MAKER')
      this.take(order, rules, m, now, limited ? order.priceE8 : undefined);
    if (!isOpen(order)) return;
    if (!limited || order.timeInForce === 'IOC' || order.timeInForce === 'FOK') {
      this.finish(order, rules, 'EXPIRED', now);
    }
  }

  /** Trades `order` against the book's opposite side, up to `limitE8` when given. */
  private take(
    order: Order,
    rules: SymbolRules,
    m: SymbolMarket,
    now: number,
    limitE8?: number,
  ): void {
    const side = opposite(order.side);
    while (isOpen(order)) {
      const level = m.book.best(side);
      if (level === undefined) break;
      const priceE8 = level.price * rules.tickE8;
      if (limitE8 !== undefined && !reaches(order.side, priceE8, limitE8)) break;
      const lots = Math.min(level.qty, Math.floor(this.remainingE8(order, priceE8) / rules.lotE8));
      if (lots <= 0) break;
      m.book.set(side, level.price, level.qty - lots);
      this.fill(order, rules, priceE8, lots * rules.lotE8, false, now);
    }
  }

  /** What is left to fill, in base units (a quote budget converted at `priceE8`). */
  private remainingE8(order: Order, priceE8: number): number {
    if (order.origQtyE8 > 0) return order.origQtyE8 - order.executedQtyE8;
    const quoteLeft = order.origQuoteOrderQtyE8 - order.cumQuoteE8;
    return Math.floor((quoteLeft * 1e8) / priceE8);
  }

  private fill(
    order: Order,
    rules: SymbolRules,
    priceE8: number,
    qtyE8: number,
    maker: boolean,
    now: number,
  ): void {
    const quoteE8 = mulE8(priceE8, qtyE8);
    const { commissionE8, commissionAsset } = this.funds.settle(order, rules, {
      priceE8,
      qtyE8,
      maker,
      time: now,
    });

    order.executedQtyE8 += qtyE8;
    order.cumQuoteE8 += quoteE8;
    order.updateTime = now;
    const done =
      order.origQtyE8 > 0
        ? order.executedQtyE8 >= order.origQtyE8
        : this.remainingE8(order, priceE8) < rules.lotE8;
    order.status = done ? 'FILLED' : 'PARTIALLY_FILLED';
    const fill: Fill = {
      priceE8,
      qtyE8,
      commissionE8,
      commissionAsset,
      tradeId: this.newTradeId(),
      maker,
      time: now,
    };
    order.fills.push(fill);
    this.report(order, 'TRADE', now, fill);
    if (done) this.funds.release(order, rules);
    for (const listener of this.listeners) listener(order, now);
  }

  /**
   * Self-trade prevention: a taker that would trade with the same account's resting orders expires
   * (EXPIRE_TAKER), expires them (EXPIRE_MAKER, the default), or both (EXPIRE_BOTH), each with
   * status EXPIRED_IN_MATCH and a prevented match. Returns whether the taker is done.
   */
  private preventSelfTrade(taker: Order, rules: SymbolRules, now: number): boolean {
    const mode = taker.selfTradePreventionMode;
    if (mode === 'NONE' || taker.type === 'LIMIT_MAKER') return false;
    const crosses = (maker: Order) =>
      maker.accountId === taker.accountId &&
      maker !== taker &&
      maker.side !== taker.side &&
      maker.triggered &&
      maker.priceE8 > 0 &&
      isOpen(maker) &&
      (taker.priceE8 === 0 ||
        (taker.side === 'BUY' ? maker.priceE8 <= taker.priceE8 : maker.priceE8 >= taker.priceE8));
    const makers = this.ordersOf(rules.symbol).filter(crosses);
    if (makers.length === 0) return false;
    const matchId = this.nextPreventedMatchId++;
    const expireMakers = mode === 'EXPIRE_MAKER' || mode === 'EXPIRE_BOTH' || mode === 'DECREMENT';
    const expireTaker = mode === 'EXPIRE_TAKER' || mode === 'EXPIRE_BOTH';
    for (const maker of expireMakers ? makers : []) {
      maker.preventedMatchId = matchId;
      this.prevented.push({ taker, maker, matchId, time: now });
      this.finish(maker, rules, 'EXPIRED_IN_MATCH', now);
    }
    if (!expireTaker) return false;
    taker.preventedMatchId = matchId;
    if (!expireMakers) this.prevented.push({ taker, maker: makers[0]!, matchId, time: now });
    this.finish(taker, rules, 'EXPIRED_IN_MATCH', now);
    return true;
  }

  /** Ends an open order (CANCELED, EXPIRED…), giving back what it still locks. */
  private finish(
    order: Order,
    rules: SymbolRules,
    status: 'CANCELED' | 'EXPIRED' | 'EXPIRED_IN_MATCH',
    now: number,
  ): void {
    order.status = status;
    order.updateTime = now;
    this.funds.release(order, rules);
    this.report(order, status === 'EXPIRED_IN_MATCH' ? 'TRADE_PREVENTION' : status, now);
    this.funds.announce(order.accountId, rules, now);
    for (const listener of this.listeners) listener(order, now);
  }

  /**
   * A market trade of `qtyE8` at `priceE8` on `symbol`, as if the simulated market had printed it
   * (tests use it to fill resting orders and trigger stops deterministically; the book is left
   * alone). Each crossed resting order fills at its own price, at most `qtyE8`.
   */
  cross(symbol: string, priceE8: number, qtyE8: number, now: number): void {
    const rules = this.symbol(symbol);
    this.afterTrades(rules, this.marketOf(rules), [{ priceE8, qtyE8 }], now);
  }

  /** After each market step: resting orders the market traded through fill; stops trigger. */
  private onStep(results: StepResults, now: number): void {
    for (const [key, step] of results) {
      if (step.trades.length === 0) continue;
      const m = this.options.market.get(key)!;
      const rules = this.symbol(m.symbol);
      const trades = step.trades.map((t) => ({
        priceE8: t.price * rules.tickE8,
        qtyE8: t.qty * rules.lotE8,
      }));
      this.afterTrades(rules, m, trades, now);
    }
  }

  private afterTrades(
    rules: SymbolRules,
    m: SymbolMarket,
    trades: readonly MarketTrade[],
    now: number,
  ): void {
    const last = trades.at(-1);
    if (last === undefined) return;
    const touched = new Set<string>();
    for (const order of [...this.ordersOf(rules.symbol)]) {
      if (!isOpen(order) || order.status === 'PENDING_NEW') continue;
      if (!order.triggered) {
        if (this.triggers(order, last.priceE8)) {
          order.triggered = true;
          order.workingTime = now;
          this.work(order, rules, m, now);
          touched.add(order.accountId);
        }
        continue;
      }
      // A resting order is a maker: the market's takers trade with it at its own price.
      const crossing = trades
        .filter((t) => reaches(order.side, t.priceE8, order.priceE8))
        .reduce((sum, t) => sum + t.qtyE8, 0);
      const qty = Math.min(crossing, order.origQtyE8 - order.executedQtyE8);
      if (qty <= 0) continue;
      this.fill(order, rules, order.priceE8, qty, true, now);
      touched.add(order.accountId);
    }
    for (const accountId of touched) this.funds.announce(accountId, rules, now);
  }

  private triggers(order: Order, lastE8: number): boolean {
    const falling =
      (order.type.startsWith('STOP_LOSS') && order.side === 'SELL') ||
      (order.type.startsWith('TAKE_PROFIT') && order.side === 'BUY');
    return falling ? lastE8 <= order.stopPriceE8 : lastE8 >= order.stopPriceE8;
  }

  private report(order: Order, x: ExecutionType, now: number, fill?: Fill): void {
    const events = this.options.report
      ? this.options.report(order, x, now, fill)
      : [executionReport(order, x, now, fill)];
    for (const event of events) this.options.userEvents.emit(order.accountId, event);
  }

  private marketOf(rules: SymbolRules): SymbolMarket {
    return this.options.market.get(rules.symbol.toLowerCase())!;
  }

  private ordersOf(symbol: string): Order[] {
    let list = this.orders.get(symbol);
    if (list === undefined) {
      list = [];
      this.orders.set(symbol, list);
    }
    return list;
  }

  /** The next trade id (shared by every symbol, as the engine numbers fills). */
  newTradeId(): number {
    return this.nextTradeId++;
  }

  /** The next order id of `symbol` (the futures liquidation engine numbers its orders here). */
  newOrderId(symbol: string): number {
    const id = this.nextOrderId.get(symbol) ?? 1;
    this.nextOrderId.set(symbol, id + 1);
    return id;
  }
}
