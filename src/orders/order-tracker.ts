/**
 * Follows one order through the stage table: every report about it (the order.place answer, an
 * executionReport, an order.status answer) goes through `apply`, which returns the stages that
 * are news. The same news from two sources is dropped (`duplicate`), an older report arriving late
 * is dropped (`stale`), a repeatable stage entered again (a further partial fill, a further
 * amendment) counts only when the filled quantity grew or the order quantity shrank, or, for an
 * amendment, when the order's price or quantity differs from the last amendment's (a USDⓈ-M
 * modify may change only the price, or raise the quantity) and its report is not older than the
 * last amendment's (transaction time), and a report that does not fit the table is an
 * `IllegalOrderTransitionError`.
 */
import { IllegalOrderTransitionError } from '../errors';
import { reduceStage, statusEvent } from './stage-reducer';
import type { OrderStageTable } from './stage-table';

/** Where a report came from. */
export type OrderReportSource = 'request' | 'response' | 'executionReport' | 'orderStatus';

/**
 * The quantities and price a report carries, as Binance's decimal strings. `undefined`: the
 * report has no such field (an order.place answer with `newOrderRespType` ACK); anything else
 * that is not a decimal string (`null` for a field Binance always sends but left out, a number)
 * is unreadable.
 */
export interface OrderProgress {
  /** Cumulative filled quantity (`executedQty`, executionReport `z`). */
  readonly filled?: unknown;
  /**
   * The order's quantity (`origQty`, executionReport `q`): a Spot amendment lowers it, a USDⓈ-M
   * modify may lower or raise it.
   */
  readonly quantity?: unknown;
  /** The order's price (`price`, executionReport `p`): a USDⓈ-M modify may change it. */
  readonly price?: unknown;
  /**
   * The report's transaction time (executionReport and ORDER_TRADE_UPDATE `T`, ms): it orders
   * amendments, whose terms may go up and down. Read only from reports.
   */
  readonly time?: unknown;
}

/** The price and quantity an amendment left the order with (undefined: unreadable), and when. */
interface Terms {
  readonly price: number | undefined;
  readonly quantity: number | undefined;
  readonly time: number | undefined;
}

/** A transaction time as Binance sends one: a whole number of ms (else undefined). */
const timeOf = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isSafeInteger(value) ? value : undefined;

/** A decimal as Binance writes one (the pattern of every `decimal` field's schema). */
const DECIMAL = /^-?[0-9]+(\.[0-9]+)?$/;

const amount = (value: unknown): number | undefined =>
  typeof value === 'string' && DECIMAL.test(value) ? Number(value) : undefined;

/** True when `value` is there but is not a decimal string (a number, `null`, `'abc'`). */
const unreadableAmount = (value: unknown): boolean =>
  value !== undefined && amount(value) === undefined;

/** The fields whose reading decides whether a repeated stage is news. */
const QUANTITIES = ['filled', 'quantity'] as const;
const AMENDMENT_FIELDS = ['filled', 'quantity', 'price'] as const;

export class OrderTracker<Stage extends string, Event extends string> {
  stage: Stage;
  /** Filled quantity so far, as Binance last reported it. */
  private filled = 0;
  /** The order's quantity, as Binance last reported it. */
  private quantity = Infinity;
  /**
   * The terms of the last amendment, from its report. Only an amendment's report sets them: an
   * answer (which never raises an execution type's event) may be older than the amendment, and
   * would make the amendment's report, delivered again, look new.
   */
  private amendment: Terms | undefined;
  /** The events an execution type raises (`amend`): amendments, whose news is their terms. */
  private readonly amendEvents: ReadonlySet<Event>;

  constructor(
    private readonly table: OrderStageTable<Stage, Event>,
    readonly clientOrderId: string,
  ) {
    this.stage = table.initial;
    this.amendEvents = new Set(Object.values<Event>(table.executionTypeEvents ?? {}));
  }

  get terminal(): boolean {
    return this.table.stages[this.stage].terminal;
  }

  /**
   * The event a report stands for (undefined: it moves nothing): its execution type's (an
   * executionReport's `x`) when the table lists it, else its order status's.
   */
  eventOf(status: unknown, executionType?: unknown): Event | undefined {
    if (typeof status !== 'string') return undefined;
    return statusEvent(
      this.table,
      status,
      typeof executionType === 'string' ? executionType : undefined,
    );
  }

  /**
   * Applies `event`; returns the stages entered that are news, in order. A repeatable stage
   * entered again is news when its quantities say so (for an amendment: or its price), or when
   * one of the fields that decide cannot be read: whether it is old news cannot be told then, and
   * a report that might carry a fill or an amendment is never dropped; `unreadable` hears of each
   * such field. The price decides only for an amendment.
   */
  apply(
    event: Event,
    source: OrderReportSource,
    progress: OrderProgress = {},
    unreadable: (field: keyof OrderProgress) => void = () => undefined,
  ): Stage[] {
    const step = reduceStage(this.table, this.stage, event);
    if (step.kind === 'illegal') {
      throw new IllegalOrderTransitionError(
        this.clientOrderId,
        step.from,
        event,
        source,
        step.reason,
      );
    }
    if (step.kind !== 'entered') return [];
    const target = step.stages.at(-1)!;
    const amendment = this.amendEvents.has(event);
    // An amendment older than the last one, delivered after it, is old news whatever its terms.
    if (amendment && this.olderThanLastAmendment(progress)) return [];
    const progressed = this.progressed(progress);
    const news = (amendment && this.amended(progress)) || progressed;
    if (target === this.stage && this.table.stages[target].repeatable) {
      const fields = amendment ? AMENDMENT_FIELDS : QUANTITIES;
      const unread = fields.filter((field) => unreadableAmount(progress[field]));
      if (!news && unread.length === 0) return [];
      unread.forEach(unreadable);
    }
    this.stage = target;
    return [...step.stages];
  }

  /** Records the report's quantities; true when the filled one grew or the order's shrank. */
  private progressed(progress: OrderProgress): boolean {
    const filled = amount(progress.filled);
    const quantity = amount(progress.quantity);
    let news = false;
    if (filled !== undefined && filled > this.filled) {
      this.filled = filled;
      news = true;
    }
    if (quantity !== undefined && quantity < this.quantity) {
      // The first quantity seen is the order's own, not an amendment.
      news ||= this.quantity !== Infinity;
      this.quantity = quantity;
    }
    return news;
  }

  /**
   * Whether the report of an amendment is older than the last amendment's report: both
   * transaction times readable, and this one earlier. Neither readable: it cannot be told, and
   * the terms decide (`amended`).
   */
  private olderThanLastAmendment(progress: OrderProgress): boolean {
    const time = timeOf(progress.time);
    const last = this.amendment?.time;
    return time !== undefined && last !== undefined && time < last;
  }

  /**
   * Records an amendment's terms (a field the report does not carry keeps the last amendment's);
   * true when its price or quantity differs from the last amendment's. Compared with the last
   * amendment, not with the order as placed: the first amendment is news by the stage it enters.
   * An older amendment delivered after a newer one never gets here when both reports carry their
   * transaction time (`olderThanLastAmendment`); without it, its terms differ from the last, so
   * it counts: a report that might be an amendment is never dropped on a guess.
   */
  private amended(progress: OrderProgress): boolean {
    const last = this.amendment;
    const price = amount(progress.price);
    const quantity = amount(progress.quantity);
    this.amendment = {
      price: progress.price === undefined ? last?.price : price,
      quantity: progress.quantity === undefined ? last?.quantity : quantity,
      time: timeOf(progress.time) ?? last?.time,
    };
    if (last === undefined) return false;
    return (
      (price !== undefined && price !== last.price) ||
      (quantity !== undefined && quantity !== last.quantity)
    );
  }
}
