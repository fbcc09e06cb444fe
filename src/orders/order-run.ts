/**
 * One order, from the moment its Observable is subscribed until it ends: places it, follows the
 * reports about it (order.place answer, executionReport, order.status answer) through the
 * tracker, and decides what a failure means (`place-outcome.ts`). While its outcome is unknown it
 * is looked up (`order-lookup.ts`) until Binance says where it is or the deadline passes; once its
 * user data fails, a working order is looked up until it ends. It never guesses a stage.
 */
import { EMPTY, type Observable, type Subscriber, type Unsubscribable } from 'rxjs';
import { catchError } from 'rxjs';
import {
  BinanceApiError,
  BinanceRxError,
  OrderOutcomeUnknownError,
  UnknownOrderStatusError,
  type OrderOutcomeUnknownReason,
} from '../errors';
import type { UserDataMessage } from '../ws-api/session';
import { executionReportsOf, type ExecutionReports } from './execution-reports';
import { readOrderReport } from './order-report';
import { OrderLookup } from './order-lookup';
import type { OrderFactoryConfig, OrderFactoryContext, OrderUpdate } from './order-factory';
import { OrderTracker, type OrderProgress, type OrderReportSource } from './order-tracker';
import { readAnswer, type AnswerState } from './order-wire-names';
import { placeOutcome } from './place-outcome';
import { guardedTimer } from '../supervisor/guard';

/** Binance's answer when the order looked up does not exist (yet). */
const ORDER_DOES_NOT_EXIST = -2013;
/** At most this many causes are kept for OrderOutcomeUnknownError (the oldest and the latest). */
const MAX_CAUSES = 20;

type Data<S extends string, P, R> = Omit<
  OrderUpdate<S, P, R>,
  'stage' | 'clientOrderId' | 'request'
>;
type PlaceParams = { symbol: string };

/** A report's quantities and price, and their wire names (for the warning when one cannot be read). */
interface ReportProgress {
  readonly progress: OrderProgress;
  readonly names: { readonly [field in keyof OrderProgress]?: string | undefined };
}

const NO_PROGRESS: ReportProgress = { progress: {}, names: {} };

/** What an answer, a lookup or a report says of the order (`readAnswer`, `readOrderReport`). */
interface OrderState extends AnswerState {
  /** An executionReport's execution type (`x`). */
  readonly executionType?: unknown;
  /** An executionReport's price (`p`); answers' is not read (an answer is never an amendment). */
  readonly price?: unknown;
  /** An executionReport's transaction time (`T`). */
  readonly time?: unknown;
}

export class OrderRun<Stage extends string, Event extends string, P extends PlaceParams, R> {
  private readonly tracker: OrderTracker<Stage, Event>;
  private readonly subscriptions: Unsubscribable[] = [];
  private readonly lookup: OrderLookup;
  private readonly causes: unknown[] = [];
  private readonly unknownStage: Stage | undefined;
  private deadline: Unsubscribable | undefined;
  private lastOrderStatus: unknown;
  /** Binance's id of the order, once a report carried it: it outlives an amended client id. */
  private orderId: number | undefined;
  private reports: ExecutionReports | undefined;
  /** The user data failed: no report about the order can arrive, it is followed by lookups. */
  private userDataFailed = false;

  constructor(
    private readonly ctx: OrderFactoryContext<Stage, Event, P, R>,
    private readonly request: P,
    private readonly clientOrderId: string,
    private readonly subscriber: Subscriber<OrderUpdate<Stage, P, R>>,
  ) {
    const { config } = ctx;
    this.tracker = new OrderTracker(config.table, clientOrderId);
    this.unknownStage = config.table.transitions[config.table.initial][config.outcomeUnknown];
    this.lookup = new OrderLookup({
      // By order id once known: an amendment may have given the order a new client id.
      ask: () =>
        ctx.session.request(
          config.query,
          this.orderId === undefined
            ? ctx.wire.byClientId(request.symbol, clientOrderId)
            : ctx.wire.byId(request.symbol, this.orderId),
        ),
      scheduler: ctx.scheduler,
      options: ctx.reconcile,
      keepLooking: () => this.unresolved || (this.userDataFailed && this.working),
      answered: (status) => this.orderStatus(status),
      failed: (error) => this.lookupFailed(error),
      report: this.broke,
    });
  }

  /** Code run from one of the order's timers threw: the order can no longer be followed. */
  private readonly broke = (error: BinanceRxError): void => this.subscriber.error(error);

  private get config(): OrderFactoryConfig<Stage, Event, P, R> {
    return this.ctx.config;
  }

  /** The outcome of order.place is not known yet (no conclusive answer, no report since). */
  private get unresolved(): boolean {
    return this.tracker.stage === this.unknownStage;
  }

  start(): void {
    const { session } = this.ctx;
    // Listen first: reports about the order may arrive before the order.place answer.
    this.subscriptions.push(this.followUserData(session.userData()));
    this.subscriptions.push(
      session.subscribe((event) => {
        // A new socket: what happened while none was open is looked up (an order still being
        // placed is not: its request fails with the socket that carried it, or is answered).
        if (event.type === 'socket' && this.working) this.lookup.now();
        if (event.type === 'status' && event.status === 'closed') this.giveUp('sessionClosed');
      }),
    );
    this.place();
  }

  stop(): void {
    for (const subscription of this.subscriptions) subscription.unsubscribe();
    this.lookup.stop();
    this.deadline?.unsubscribe();
  }

  private get working(): boolean {
    return this.tracker.stage !== this.config.table.initial && !this.tracker.terminal;
  }

  private place(): void {
    let subscribing = true;
    let answered = false;
    const placing = this.ctx.session.request(this.config.place, this.request).subscribe({
      next: (response) => {
        answered = true;
        this.report(this.config.accepted, 'response', { response });
        this.reportState(readAnswer(this.ctx.wire.answer, response), 'response', { response });
        if (this.userDataFailed) this.lookup.later();
      },
      error: (error: unknown) =>
        answered ? this.answerFailedCheck(error) : this.placeFailed(error, subscribing),
    });
    subscribing = false;
    this.subscriptions.push(placing);
    if (!this.subscriber.closed) this.emit([this.tracker.stage], { source: 'request' }, false);
  }

  /**
   * The order.place answer came, then its request errored: the answer failed `validateResponses`
   * (`SchemaValidationError`, or `CallbackError` from a check that threw). Binance answered, so
   * the placement is conclusive: the order follows what the answer said, and the failure is
   * logged, not taken for an outcome nobody knows.
   */
  private answerFailedCheck(error: unknown): void {
    this.ctx.log.warn('order.place answer failed its check; the order follows what it said', {
      clientOrderId: this.clientOrderId,
      code: error instanceof BinanceRxError ? error.code : undefined,
      reason: String(error),
    });
  }

  private placeFailed(error: unknown, synchronous: boolean): void {
    const outcome = placeOutcome(error, synchronous);
    if (outcome === 'notSent') {
      this.ctx.log.warn('order.place failed before sending', {
        clientOrderId: this.clientOrderId,
        reason: String(error),
      });
      this.subscriber.error(error);
      return;
    }
    if (outcome === 'rejected') {
      this.report(this.config.requestFailed, 'request', { error: error as BinanceApiError });
      return;
    }
    this.ctx.log.warn('order.place ended without a conclusive answer; looking the order up', {
      clientOrderId: this.clientOrderId,
      reason: String(error),
    });
    this.causes.push(error);
    this.report(this.config.outcomeUnknown, 'request', {
      error: error instanceof BinanceRxError ? error : undefined,
    });
    if (this.unresolved) this.startDeadline();
    this.lookup.now();
  }

  private startDeadline(): void {
    this.deadline = guardedTimer(
      this.ctx.scheduler,
      'order deadline',
      this.broke,
      () => {
        if (this.unresolved) this.giveUp('deadline');
      },
      this.ctx.reconcile.deadlineMs,
    );
  }

  private orderStatus(status: unknown): void {
    this.lastOrderStatus = status;
    this.reportState(readAnswer(this.ctx.wire.answer, status), 'orderStatus', {
      orderStatus: status,
    });
  }

  private lookupFailed(error: unknown): void {
    const missing = error instanceof BinanceApiError && error.binanceCode === ORDER_DOES_NOT_EXIST;
    this.ctx.log.warn(missing ? 'order.status: not found (yet)' : 'order.status failed', {
      clientOrderId: this.clientOrderId,
      stage: this.tracker.stage,
      reason: String(error),
    });
    this.causes.push(error);
    if (this.causes.length > MAX_CAUSES) this.causes.splice(1, 1);
  }

  /** Ends the order's Observable with OrderOutcomeUnknownError. */
  private giveUp(reason: OrderOutcomeUnknownReason): void {
    if (this.subscriber.closed) return;
    const error = new OrderOutcomeUnknownError(
      this.clientOrderId,
      this.request.symbol,
      this.tracker.stage,
      reason,
      [...this.causes],
      this.lastOrderStatus,
    );
    this.ctx.log.error('order outcome unknown', { clientOrderId: this.clientOrderId, reason });
    this.subscriber.error(error);
  }

  private followUserData(events: Observable<UserDataMessage>): Unsubscribable {
    const id = this.clientOrderId;
    // Routed by client order id, then also by order id: one user data subscription for every
    // order watched.
    const shape = this.ctx.report;
    this.reports = executionReportsOf(events, id, this.request.symbol, shape);
    return this.reports.observable
      .pipe(
        catchError((error: unknown) => {
          this.ctx.log.warn('user data stream failed; following the order with order.status', {
            clientOrderId: id,
            reason: String(error),
          });
          this.userDataFailed = true;
          // An order still being placed is followed once its answer says it works.
          if (this.working) this.lookup.now();
          return EMPTY;
        }),
      )
      .subscribe(({ event }) => {
        const report = readOrderReport(shape, event);
        if (report === undefined) return;
        this.reportState(
          {
            status: report.status,
            executedQty: report.filled,
            origQty: report.quantity,
            price: report.price,
            time: report.time,
            orderId: report.orderId,
            executionType: report.executionType,
          },
          'executionReport',
          { executionReport: event },
        );
      });
  }

  private reportState(state: OrderState, source: OrderReportSource, data: object): void {
    this.learnOrderId(state.orderId);
    const event = this.tracker.eventOf(state.status, state.executionType);
    if (event === undefined) {
      // An order.place answer may have no status (newOrderRespType ACK); an executionReport and
      // an order.status answer always have one: without it they are reported, never dropped unseen.
      if (state.status !== undefined || source !== 'response') {
        this.unknownStatus(state.status, source);
      }
      return;
    }
    this.report(event, source, data, this.progressOf(state, source));
  }

  /**
   * The quantities and price of a report for the tracker, and their wire names (the tracker reads
   * the price only for an amendment, which only an executionReport can be). The filled quantity is one
   * Binance always sends where a report that repeats a stage names it (executionReport and
   * ORDER_TRADE_UPDATE `z`, the answers' `executedQty`): left out, it is `null`, unreadable, so a
   * further partial fill is never taken for old news.
   */
  private progressOf(state: OrderState, source: OrderReportSource): ReportProgress {
    const { fields } = this.ctx.report;
    const { answer } = this.ctx.wire;
    const names =
      source === 'executionReport'
        ? { filled: fields.filled, quantity: fields.quantity, price: fields.price }
        : { filled: answer.executedQty, quantity: answer.origQty };
    const progress = {
      filled: state.executedQty ?? (names.filled === undefined ? undefined : null),
      quantity: state.origQty,
      price: state.price,
      time: state.time,
    };
    return { progress, names };
  }

  private learnOrderId(orderId: unknown): void {
    if (this.orderId !== undefined || typeof orderId !== 'number' || !Number.isSafeInteger(orderId))
      return;
    this.orderId = orderId;
    this.reports?.follow(orderId);
  }

  private unknownStatus(status: unknown, source: OrderReportSource): void {
    const shown = typeof status === 'string' ? status.slice(0, 100) : `(${typeof status})`;
    const error = new UnknownOrderStatusError(
      this.clientOrderId,
      shown,
      source,
      this.tracker.stage,
    );
    this.ctx.log.warn('unknown order status; moves nothing', {
      clientOrderId: this.clientOrderId,
      status: shown,
      source,
    });
    try {
      this.ctx.onInvalid?.(error);
    } catch (thrown) {
      // The caller's callback must not break the socket callback that delivered the report.
      this.ctx.log.error('onInvalid threw', {
        clientOrderId: this.clientOrderId,
        reason: String(thrown),
      });
    }
  }

  private report(
    event: Event,
    source: OrderReportSource,
    data: object,
    { progress, names }: ReportProgress = NO_PROGRESS,
  ): void {
    if (this.subscriber.closed) return;
    let stages: Stage[];
    const unreadable = (field: keyof OrderProgress) =>
      this.ctx.log.warn(
        'order report quantity or price is not a decimal string; the report counts as news',
        {
          clientOrderId: this.clientOrderId,
          source,
          field: names[field] ?? field,
          received: progress[field] === null ? 'null' : typeof progress[field],
        },
      );
    try {
      stages = this.tracker.apply(event, source, progress, unreadable);
    } catch (error) {
      this.ctx.log.error('illegal transition', {
        clientOrderId: this.clientOrderId,
        event,
        source,
      });
      this.subscriber.error(error);
      return;
    }
    if (!this.unresolved) this.deadline?.unsubscribe();
    this.emit(stages, { source, ...data } as Data<Stage, P, R>, true);
  }

  private emit(stages: readonly Stage[], data: Data<Stage, P, R>, mayEnd: boolean): void {
    const { clientOrderId, request } = this;
    for (const stage of stages) {
      this.ctx.log.info('stage', { clientOrderId, stage, source: data.source });
      this.subscriber.next({ stage, clientOrderId, request, ...data });
    }
    if (mayEnd && this.tracker.terminal) this.subscriber.complete();
  }
}
