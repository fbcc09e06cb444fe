/**
 * Follows one order through the stage table: every report about it (the order.place answer, an
 * executionReport, an order.status answer) goes through `apply`, which returns the stages that
 * are news. The same news from two sources is dropped (`duplicate`), an older report arriving late
 * is dropped (`stale`), a further partial fill counts only when the filled quantity grew, and a
 * report that does not fit the table is an `IllegalOrderTransitionError`.
 */
import { IllegalOrderTransitionError } from '../errors';
import { reduceStage, statusEvent } from './stage-reducer';
import type { OrderStageTable } from './stage-table';

/** Where a report came from. */
export type OrderReportSource = 'request' | 'response' | 'executionReport' | 'orderStatus';

export class OrderTracker<Stage extends string, Event extends string> {
  stage: Stage;
  /** Filled quantity so far, as Binance last reported it. */
  private filled = 0;

  constructor(
    private readonly table: OrderStageTable<Stage, Event>,
    readonly clientOrderId: string,
  ) {
    this.stage = table.initial;
  }

  get terminal(): boolean {
    return this.table.stages[this.stage].terminal;
  }

  /** The event a Binance order status stands for (undefined: it moves nothing). */
  eventOf(status: unknown): Event | undefined {
    return typeof status === 'string' ? statusEvent(this.table, status) : undefined;
  }

  /**
   * Applies `event`; returns the stages entered that are news, in order. `filledQty` is the
   * cumulative filled quantity the report carries, when it carries one.
   */
  apply(event: Event, source: OrderReportSource, filledQty?: string): Stage[] {
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
    const filled = filledQty === undefined ? undefined : Number(filledQty);
    const target = step.stages.at(-1)!;
    if (
      target === this.stage &&
      this.table.stages[target].repeatable &&
      (filled === undefined || filled <= this.filled)
    ) {
      return [];
    }
    if (filled !== undefined && filled > this.filled) this.filled = filled;
    this.stage = target;
    return [...step.stages];
  }
}
