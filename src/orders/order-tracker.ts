/**
 * Follows one order through the stage table: every report about it (the order.place answer, an
 * executionReport, an order.status answer) goes through `apply`, which returns the stages that
 * are news. The same news from two sources is dropped (`duplicate`), an older report arriving late
 * is dropped (`stale`), a repeatable stage (a further partial fill, a further amendment) counts
 * only when the filled quantity grew or the order quantity shrank, and a report that does not fit
 * the table is an `IllegalOrderTransitionError`.
 */
import { IllegalOrderTransitionError } from '../errors';
import { reduceStage, statusEvent } from './stage-reducer';
import type { OrderStageTable } from './stage-table';

/** Where a report came from. */
export type OrderReportSource = 'request' | 'response' | 'executionReport' | 'orderStatus';

/**
 * The quantities a report carries, as Binance's decimal strings. `undefined`: the report has no
 * such field (an order.place answer with `newOrderRespType` ACK); anything else that is not a
 * decimal string (`null` for a field Binance always sends but left out, a number) is unreadable.
 */
export interface OrderProgress {
  /** Cumulative filled quantity (`executedQty`, executionReport `z`). */
  readonly filled?: unknown;
  /** The order's quantity (`origQty`, executionReport `q`): an amendment lowers it. */
  readonly quantity?: unknown;
}

/** A decimal as Binance writes one (the pattern of every `decimal` field's schema). */
const DECIMAL = /^-?[0-9]+(\.[0-9]+)?$/;

const amount = (value: unknown): number | undefined =>
  typeof value === 'string' && DECIMAL.test(value) ? Number(value) : undefined;

/** True when `value` is there but is not a decimal string (a number, `null`, `'abc'`). */
const unreadableAmount = (value: unknown): boolean =>
  value !== undefined && amount(value) === undefined;

export class OrderTracker<Stage extends string, Event extends string> {
  stage: Stage;
  /** Filled quantity so far, as Binance last reported it. */
  private filled = 0;
  /** The order's quantity, as Binance last reported it. */
  private quantity = Infinity;

  constructor(
    private readonly table: OrderStageTable<Stage, Event>,
    readonly clientOrderId: string,
  ) {
    this.stage = table.initial;
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
   * entered again is news when its quantities say so, or when one of them cannot be read:
   * whether it is old news cannot be told then, and a report that might carry a fill is never
   * dropped; `unreadable` hears of each such quantity.
   */
  apply(
    event: Event,
    source: OrderReportSource,
    progress: OrderProgress = {},
    unreadable: (quantity: keyof OrderProgress) => void = () => undefined,
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
    const news = this.progressed(progress);
    if (target === this.stage && this.table.stages[target].repeatable) {
      const unread = (['filled', 'quantity'] as const).filter((q) => unreadableAmount(progress[q]));
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
}
