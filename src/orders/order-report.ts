/**
 * Where a product's order report (the user data event that says what happened to an order)
 * keeps what the stage tracker reads, as data: Spot's `executionReport` has the fields at the
 * top (`c`, `X`, `z`, …), USDⓈ-M's `ORDER_TRADE_UPDATE` under `o`. The factory of each product
 * passes its shape; nothing in the order code branches on the product.
 */
import type { UserDataMessage } from '../ws-api/user-data';
import { ownValue } from './order-wire-names';

export interface OrderReportShape {
  /** The event type (`e`) of order reports. */
  readonly eventType: string;
  /** The key of the object holding the order's fields; the event itself when absent. */
  readonly nested?: string;
  /**
   * The key of the report's transaction time, at the top of the event (`T`, ms), when the
   * product's report has one: it orders amendments delivered out of order.
   */
  readonly time?: string;
  /** The wire key of each field the tracker reads. */
  readonly fields: {
    readonly clientOrderId: string;
    /** On a cancel, the client id the order was placed with (Spot's `C`), when the product has one. */
    readonly originalClientOrderId?: string;
    readonly symbol: string;
    readonly orderId: string;
    readonly status: string;
    /** The execution type (Spot's `x`), when the product's report has one. */
    readonly executionType?: string;
    readonly filled: string;
    readonly quantity: string;
    /** The order's price (Spot's `p`): a USDⓈ-M modify may change only it. */
    readonly price?: string;
  };
}

/** Spot's executionReport (`user-data-stream.md`). */
export const EXECUTION_REPORT: OrderReportShape = {
  eventType: 'executionReport',
  time: 'T',
  fields: {
    clientOrderId: 'c',
    originalClientOrderId: 'C',
    symbol: 's',
    orderId: 'i',
    status: 'X',
    executionType: 'x',
    filled: 'z',
    quantity: 'q',
    price: 'p',
  },
};

/** An order report's fields, as sent (unchecked: every socket callback is a trust boundary). */
export interface OrderReport {
  readonly clientOrderId: unknown;
  readonly originalClientOrderId: unknown;
  readonly symbol: unknown;
  readonly orderId: unknown;
  readonly status: unknown;
  readonly executionType: unknown;
  readonly filled: unknown;
  readonly quantity: unknown;
  readonly price: unknown;
  readonly time: unknown;
}

/** The order fields of `event` when it is an order report of `shape`, else undefined. */
export function readOrderReport(
  shape: OrderReportShape,
  event: UserDataMessage['event'],
): OrderReport | undefined {
  if (event.e !== shape.eventType) return undefined;
  const holder: unknown = shape.nested === undefined ? event : event[shape.nested];
  if (typeof holder !== 'object' || holder === null) return undefined;
  const own = (key: string | undefined) => ownValue(holder, key);
  const f = shape.fields;
  return {
    clientOrderId: own(f.clientOrderId),
    originalClientOrderId: own(f.originalClientOrderId),
    symbol: own(f.symbol),
    orderId: own(f.orderId),
    status: own(f.status),
    executionType: own(f.executionType),
    filled: own(f.filled),
    quantity: own(f.quantity),
    price: own(f.price),
    time: ownValue(event, shape.time),
  };
}
