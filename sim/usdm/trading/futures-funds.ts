/**
 * The futures `Funds` of the shared engine: instead of locking assets, an order reserves the
 * initial margin of the part that opens or adds to a position (-2019 when the account's
 * available balance cannot cover it; reduce-only and hedge-mode closing orders that would not
 * reduce are -2022), and each fill moves the position, realizes PnL and charges commission in
 * USDT. It also writes the futures user data events the engine reports.
 */
import { mulE8 } from '../../engine/amounts';
import { startPrice } from '../../engine/book-walk';
import type { Funds } from '../../engine/funds';
import type { ExecutionType, Fill, Order } from '../../engine/order';
import type { SymbolRules } from '../../engine/symbol-rules';
import type { UserDataEvent, UserEvents } from '../../engine/user-events';
import type { SymbolMarket } from '../../market/symbol-market';
import { futuresErrors } from './errors';
import { accountUpdate, orderTradeUpdate, tradeLite } from './events';
import { MARGIN_ASSET, type FuturesLedger, type Position, type PositionSide } from './ledger';
import { applyFill, marginTotals, type MarkOf } from './margin';

export const MAKER_FEE = 0.0002;
export const TAKER_FEE = 0.0005;

/** How much of an order of `side` (quantity `qtyE8`) would close `position`. */
function closable(position: Position, side: 'BUY' | 'SELL'): number {
  const amount = position.amountE8;
  if (position.side === 'LONG') return side === 'SELL' ? amount : 0;
  if (position.side === 'SHORT') return side === 'BUY' ? -amount : 0;
  return side === 'BUY' ? Math.max(0, -amount) : Math.max(0, amount);
}

/** What each fill realized and cost, until the engine reports it. */
interface Booked {
  readonly realizedE8: number;
  readonly commissionE8: number;
}

export class FuturesFunds implements Funds {
  private readonly open = new Map<string, Set<Order>>();
  private readonly booked = new WeakMap<Fill | Order, Booked>();
  private readonly changed = new Set<string>();

  constructor(
    private readonly ledger: FuturesLedger,
    private readonly markOf: MarkOf,
    private readonly events: UserEvents,
  ) {}

  /** The account's orders that hold margin. */
  openOrders(accountId: string): Set<Order> {
    let set = this.open.get(accountId);
    if (set === undefined) {
      set = new Set();
      this.open.set(accountId, set);
    }
    return set;
  }

  positionOf(order: Order): Position {
    const side = (order.positionSide ?? 'BOTH') as PositionSide;
    return this.ledger.position(order.accountId, order.symbol, side);
  }

  reserve(order: Order, rules: SymbolRules, m: SymbolMarket): void {
    const position = this.positionOf(order);
    const left = order.origQtyE8 - order.executedQtyE8;
    const closing = Math.min(left, closable(position, order.side));
    const mustReduce = order.reduceOnly === true || position.side !== 'BOTH';
    const closes = position.side === 'LONG' ? order.side === 'SELL' : order.side === 'BUY';
    if (mustReduce && closing < left && (order.reduceOnly === true || closes)) {
      throw futuresErrors.reduceOnlyRejected();
    }
    const price = order.priceE8 || startPrice(m.book, rules, order.side, m.mid);
    const margin = this.marginFor(order, price, left - closing);
    const account = this.ledger.account(order.accountId);
    const totals = marginTotals(account, this.openOrders(order.accountId), this.markOf);
    if (margin > totals.availableE8) throw futuresErrors.marginInsufficient();
    order.lockedE8 = margin;
    this.openOrders(order.accountId).add(order);
  }

  release(order: Order): void {
    order.lockedE8 = 0;
    this.openOrders(order.accountId).delete(order);
  }

  settle(
    order: Order,
    _rules: SymbolRules,
    fill: {
      readonly priceE8: number;
      readonly qtyE8: number;
      readonly maker: boolean;
      readonly time: number;
    },
  ) {
    const position = this.positionOf(order);
    const signed = order.side === 'BUY' ? fill.qtyE8 : -fill.qtyE8;
    const realizedE8 = applyFill(position, signed, fill.priceE8, fill.time);
    const quoteE8 = mulE8(fill.priceE8, fill.qtyE8);
    const commissionE8 = Math.floor(quoteE8 * (fill.maker ? MAKER_FEE : TAKER_FEE));
    // The margin the rest of the order still needs, at its own price (a market order's: the fill's).
    const left = order.origQtyE8 - order.executedQtyE8 - fill.qtyE8;
    const opening = left - Math.min(left, closable(position, order.side));
    const still = this.marginFor(order, order.priceE8 || fill.priceE8, opening);
    order.lockedE8 = Math.min(order.lockedE8, still);
    this.booked.set(order, { realizedE8, commissionE8 });
    this.changed.add(order.accountId);
    return { commissionE8, commissionAsset: MARGIN_ASSET };
  }

  shrink(order: Order, _rules: SymbolRules, newQtyE8: number): void {
    const left = order.origQtyE8 - order.executedQtyE8;
    if (left > 0)
      order.lockedE8 = Math.ceil((order.lockedE8 * (newQtyE8 - order.executedQtyE8)) / left);
  }

  announce(accountId: string, rules: SymbolRules, now: number): void {
    if (!this.changed.delete(accountId)) return;
    const account = this.ledger.account(accountId);
    this.events.emit(accountId, accountUpdate(account, rules.symbol, 'ORDER', now, this.markOf));
  }

  /** The engine's report of an execution: ORDER_TRADE_UPDATE, and TRADE_LITE for a fill. */
  report(order: Order, x: ExecutionType, now: number, fill?: Fill): UserDataEvent[] {
    if (fill === undefined) return [orderTradeUpdate(order, x, now, undefined, 0)];
    const booked = this.booked.get(order) ?? { realizedE8: 0, commissionE8: 0 };
    this.record(order, fill, booked);
    return [tradeLite(order, fill, now), orderTradeUpdate(order, x, now, fill, booked.realizedE8)];
  }

  /** Books a fill into the wallet, the trade list and the income history. */
  private record(order: Order, fill: Fill, booked: Booked): void {
    const { accountId, symbol } = order;
    const base = { symbol, time: fill.time, tradeId: fill.tradeId };
    this.ledger.book(accountId, {
      ...base,
      incomeType: 'REALIZED_PNL',
      incomeE8: booked.realizedE8,
    });
    this.ledger.book(accountId, {
      ...base,
      incomeType: 'COMMISSION',
      incomeE8: -booked.commissionE8,
    });
    this.ledger.account(accountId).trades.push({
      id: fill.tradeId,
      symbol,
      orderId: order.orderId,
      side: order.side,
      positionSide: (order.positionSide ?? 'BOTH') as PositionSide,
      priceE8: fill.priceE8,
      qtyE8: fill.qtyE8,
      realizedPnlE8: booked.realizedE8,
      commissionE8: booked.commissionE8,
      maker: fill.maker,
      time: fill.time,
    });
  }

  private marginFor(order: Order, priceE8: number, qtyE8: number): number {
    return Math.ceil(mulE8(priceE8, qtyE8) / this.ledger.leverageOf(order.accountId, order.symbol));
  }
}
