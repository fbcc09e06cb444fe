/**
 * Order lists (`rest-api.md`, "Order lists"): OCO — two legs, the first to trade expires the
 * other; OTO — a working order and pending legs (PENDING_NEW) that start once it fills; OTOCO /
 * OPOCO — the pending legs are themselves an OCO pair. Each change sends a `listStatus` event.
 */
import { errors } from '../api/errors';
import type { Engine, NewOrder } from './engine';
import { cancelAnswer, isOpen, placeAnswer, type Order } from './order';
import type { UserEvents } from './user-events';

export type ContingencyType = 'OCO' | 'OTO';

export interface OrderList {
  readonly orderListId: number;
  readonly contingencyType: ContingencyType;
  readonly listClientOrderId: string;
  readonly symbol: string;
  readonly accountId: string;
  readonly transactionTime: number;
  readonly orders: Order[];
  /** OTO: the order whose fill starts the pending legs. */
  readonly working?: Order;
  /** Legs of which the first to trade expires the others. */
  readonly oneCancelsOther: Order[];
  done: boolean;
}

export class OrderLists {
  private readonly lists = new Map<number, OrderList>();
  private readonly byOrder = new Map<Order, OrderList>();
  /** The list being canceled: its legs end CANCELED, none expired by another's cancel. */
  private canceling: OrderList | undefined;
  private nextId = 0;

  constructor(
    private readonly engine: Engine,
    private readonly events: UserEvents,
  ) {
    engine.listeners.add((order, now) => this.follow(order, now));
  }

  /** Two legs that cancel each other. */
  placeOco(
    accountId: string,
    legs: readonly NewOrder[],
    listClientOrderId: string | undefined,
    now: number,
  ): OrderList {
    const list = this.open(accountId, 'OCO', legs[0]!.symbol, listClientOrderId, now);
    for (const leg of legs) list.oneCancelsOther.push(this.placeLeg(list, leg, now, false));
    this.settle(list, now);
    return list;
  }

  /** A working order and pending legs (two pending legs cancel each other). */
  placeOto(
    accountId: string,
    working: NewOrder,
    pending: readonly NewOrder[],
    listClientOrderId: string | undefined,
    now: number,
  ): OrderList {
    const list = this.open(accountId, 'OTO', working.symbol, listClientOrderId, now);
    const pendingOrders = pending.map((leg) => this.placeLeg(list, leg, now, true));
    if (pendingOrders.length > 1) list.oneCancelsOther.push(...pendingOrders);
    Object.assign(list, { working: this.placeLeg(list, working, now, false) });
    list.orders.unshift(list.orders.pop()!);
    this.follow(list.working!, now);
    return list;
  }

  /**
   * Cancels every open leg, each reported CANCELED (as Binance's Cancel Order list answer shows
   * them); -2011 when the list is unknown or already done.
   */
  cancel(
    accountId: string,
    ref: { orderListId?: number; listClientOrderId?: string },
    now: number,
  ): OrderList {
    const list = this.find(accountId, ref);
    if (list === undefined || list.done) throw errors.cancelRejected('Unknown order list sent.');
    this.canceling = list;
    try {
      for (const order of list.orders) {
        if (isOpen(order))
          this.engine.cancel(accountId, order.symbol, { orderId: order.orderId }, undefined, now);
      }
    } finally {
      this.canceling = undefined;
    }
    this.settle(list, now);
    return list;
  }

  find(
    accountId: string,
    ref: { orderListId?: number; listClientOrderId?: string },
  ): OrderList | undefined {
    const list =
      ref.orderListId !== undefined
        ? this.lists.get(ref.orderListId)
        : [...this.lists.values()]
            .filter((l) => l.listClientOrderId === ref.listClientOrderId)
            .at(-1);
    return list?.accountId === accountId ? list : undefined;
  }

  ofAccount(accountId: string): OrderList[] {
    return [...this.lists.values()].filter((l) => l.accountId === accountId);
  }

  private open(
    accountId: string,
    type: ContingencyType,
    symbol: string,
    listClientOrderId: string | undefined,
    now: number,
  ): OrderList {
    this.engine.symbol(symbol);
    const orderListId = this.nextId++;
    const list: OrderList = {
      orderListId,
      contingencyType: type,
      listClientOrderId: listClientOrderId ?? `simlist${orderListId}`,
      symbol,
      accountId,
      transactionTime: now,
      orders: [],
      oneCancelsOther: [],
      done: false,
    };
    this.lists.set(orderListId, list);
    return list;
  }

  private placeLeg(list: OrderList, leg: NewOrder, now: number, pending: boolean): Order {
    const order = this.engine.place(list.accountId, leg, now, {
      orderListId: list.orderListId,
      pending,
    });
    list.orders.push(order);
    this.byOrder.set(order, list);
    return order;
  }

  /** After a leg traded or ended: expire its OCO partners, start pending legs, update the list. */
  private follow(order: Order, now: number): void {
    const list = this.byOrder.get(order);
    if (list === undefined || list.done || list === this.canceling) return;
    if (list.oneCancelsOther.includes(order) && (order.executedQtyE8 > 0 || !isOpen(order))) {
      for (const other of list.oneCancelsOther) if (other !== order) this.engine.expire(other, now);
    }
    if (order === list.working) {
      const pending = list.orders.filter((o) => o.status === 'PENDING_NEW');
      if (order.status === 'FILLED') for (const leg of pending) this.engine.activate(leg, now);
      else if (!isOpen(order)) for (const leg of pending) this.engine.expire(leg, now);
    }
    this.settle(list, now);
  }

  private settle(list: OrderList, now: number): void {
    if (list.orders.length === 0) return;
    const done = list.orders.every((o) => !isOpen(o));
    if (done && !list.done) {
      list.done = true;
      this.events.emit(list.accountId, listStatusEvent(list, now));
    }
  }
}

/** The order list as its placement, cancel and query answers write it. */
export function listAnswer(list: OrderList, reports: 'placed' | 'canceled' | 'none', now = 0) {
  return {
    orderListId: list.orderListId,
    contingencyType: list.contingencyType,
    listStatusType: list.done ? 'ALL_DONE' : 'EXEC_STARTED',
    listOrderStatus: list.done ? 'ALL_DONE' : 'EXECUTING',
    listClientOrderId: list.listClientOrderId,
    transactionTime: list.transactionTime,
    symbol: list.symbol,
    orders: list.orders.map((o) => ({
      symbol: o.symbol,
      orderId: o.orderId,
      clientOrderId: o.clientOrderId,
    })),
    ...(reports === 'none'
      ? {}
      : {
          orderReports: list.orders.map((o) =>
            reports === 'placed' ? placeAnswer(o, 'RESULT') : cancelAnswer(o, now),
          ),
        }),
  };
}

/** The `listStatus` user data event (`user-data-stream.md`). */
function listStatusEvent(list: OrderList, now: number) {
  return {
    e: 'listStatus',
    E: now,
    s: list.symbol,
    g: list.orderListId,
    c: list.contingencyType,
    l: list.done ? 'ALL_DONE' : 'EXEC_STARTED',
    L: list.done ? 'ALL_DONE' : 'EXECUTING',
    r: 'NONE',
    C: list.listClientOrderId,
    T: now,
    O: list.orders.map((o) => ({ s: o.symbol, i: o.orderId, c: o.clientOrderId })),
  };
}
