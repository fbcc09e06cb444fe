/**
 * Orders you can watch: `createOrderFactory(venue, …)` returns `(order) => Observable` that
 * places the order (on the WebSocket API, or REST: see `order-venue.ts`) and emits every stage it goes through, each once, with the
 * data that moved it (the request, the order.place answer, the executionReport, an order.status
 * answer), and completes on a terminal stage. The work for one order is `order-run.ts`.
 *
 * The user data stream is listened to before the order is sent, and reports are matched by the
 * client order id (generated when the order has none), which is also what order.status looks the
 * order up by. How the Observable ends:
 * - a terminal stage (`filled`, `canceled`, `rejected`, `expired`): completes;
 * - the request never left (parameter check, credentials, signer, no socket in time): errors
 *   with that error;
 * - the outcome stayed unknown past `reconcile.deadlineMs`, or the session closed while the
 *   order was in flight or working: errors with `OrderOutcomeUnknownError`;
 * - a report that does not fit the table: errors with `IllegalOrderTransitionError`.
 */
import { Observable, asyncScheduler, type SchedulerLike } from 'rxjs';
import type { BinanceRxError, UnknownOrderStatusError } from '../errors';
import type { Logger, LoggerOption } from '../logging/logger';
import { LogNamespace } from '../logging/namespaces';
import { resolveLogger } from '../logging/resolve-logger';
import type { OperationDescriptor } from '../operations/descriptor';
import type { UserDataMessage } from '../ws-api/session';
import { resolveReconcile, type ReconcileOptions } from './order-lookup';
import { OrderRun } from './order-run';
import { EXECUTION_REPORT, type OrderReportShape } from './order-report';
import type { OrderVenue } from './order-venue';
import { ORDER_WIRE_NAMES, type OrderWireNames } from './order-wire-names';
import type { OrderReportSource } from './order-tracker';
import type { OrderStageTable } from './stage-table';

/** One stage an order entered, with what moved it there. */
export interface OrderUpdate<Stage extends string, Params, Response> {
  readonly stage: Stage;
  readonly clientOrderId: string;
  /** What moved the order: `request` (sent or failed), `response`, `executionReport`, `orderStatus`. */
  readonly source: OrderReportSource;
  /** The order as sent (with its `newClientOrderId`). */
  readonly request: Params;
  /** The order.place answer, when it moved the order. */
  readonly response?: Response;
  /** The order report (Spot's executionReport, USDⓈ-M's ORDER_TRADE_UPDATE or, for algo orders, ALGO_UPDATE), when it moved the order. */
  readonly executionReport?: UserDataMessage['event'];
  /** The order.status answer, when a lookup moved the order. */
  readonly orderStatus?: unknown;
  /**
   * `rejected` by the request: Binance's error (code, message, request); `unknown`: the failure
   * that left the outcome open (-1007, a timeout, a closed socket).
   */
  readonly error?: BinanceRxError;
}

/** What the caller of `createOrderFactory` (or `addOrderFactory`) may set. */
export interface OrderFactoryOptions {
  /** Makes client order ids for orders that have none; default `brx-` and 20 random characters. */
  readonly newClientOrderId?: () => string;
  /** A logger (`console` works) or a factory (`debugLogger('binance-rx:*')`), as every `logger` option; default silent. */
  readonly logger?: LoggerOption;
  /**
   * Lookups while an order's outcome is unknown, and how long they may go on. Each value must be
   * a positive finite number (else `InvalidParameterError`, thrown by the factory).
   */
  readonly reconcile?: ReconcileOptions;
  /** Times lookups and the deadline; default `asyncScheduler` (a `TestScheduler` in tests). */
  readonly scheduler?: SchedulerLike;
  /**
   * Gets each report that moved nothing because its order status is not in the stage table, or
   * is missing where Binance always sends one (`UnknownOrderStatusError`); the order keeps its
   * stage. Default: logged as a warning only.
   */
  readonly onInvalid?: (error: UnknownOrderStatusError) => void;
}

/**
 * The options of a factory bound to its product's stage table (`addOrderFactory`,
 * `usdmOrderFactory`, `usdmAlgoOrderFactory`), which `stages` replaces.
 */
export interface BoundOrderFactoryOptions<
  Stage extends string,
  Event extends string,
> extends OrderFactoryOptions {
  /**
   * The stage table, when your spec's order-stages.yaml (or algo-order-stages.yaml) maps more of
   * Binance's order statuses or execution types onto the same stages and events: the
   * `orderStageTable` (`algoOrderStageTable`) of your generated module. A table with other stages
   * or events does not type-check here: give it to `createOrderFactory`. Default: the shipped
   * table.
   */
  readonly stages?: OrderStageTable<Stage, Event>;
}

/**
 * The configuration of a bound factory: its product's `bound` settings with the caller's
 * options over them, `stages` (when given) as the table.
 */
export function boundConfig<Stage extends string, Event extends string, Bound extends object>(
  bound: Bound & { readonly table: OrderStageTable<Stage, Event> },
  { stages, ...options }: BoundOrderFactoryOptions<Stage, Event>,
): Bound & OrderFactoryOptions & { readonly table: OrderStageTable<Stage, Event> } {
  return { ...bound, ...options, table: stages ?? bound.table };
}

export interface OrderFactoryConfig<
  Stage extends string,
  Event extends string,
  Params,
  Response,
> extends OrderFactoryOptions {
  readonly table: OrderStageTable<Stage, Event>;
  /** The event an answered order.place raises (`accepted` in spec/order-stages.yaml). */
  readonly accepted: Event;
  /** The event a definitely refused order.place raises (`requestFailed`). */
  readonly requestFailed: Event;
  /** The event an inconclusive order.place failure raises (`outcomeUnknown`). */
  readonly outcomeUnknown: Event;
  /** The order.place operation. */
  readonly place: OperationDescriptor<Params & object, Response>;
  /** Where the product's order reports keep their fields (default Spot's executionReport). */
  readonly report?: OrderReportShape;
  /**
   * The order.status operation, asked with `wire.byClientId`, or `wire.byId` once the order's
   * id is known (Spot: `symbol` + `origClientOrderId`, or `orderId`).
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- its params are built by `wire`
  readonly query: OperationDescriptor<any, unknown>;
  /** Where placement, lookup and answers keep the client id, ids and status (default Spot's). */
  readonly wire?: OrderWireNames;
}

/** What every order of one factory shares. */
export interface OrderFactoryContext<Stage extends string, Event extends string, Params, Response> {
  readonly session: OrderVenue;
  readonly config: OrderFactoryConfig<Stage, Event, Params, Response>;
  readonly report: OrderReportShape;
  readonly wire: OrderWireNames;
  readonly log: Logger;
  readonly scheduler: SchedulerLike;
  readonly reconcile: Required<ReconcileOptions>;
  readonly onInvalid: ((error: UnknownOrderStatusError) => void) | undefined;
}

type PlaceParams = { symbol: string; newOrderRespType?: string };

const randomId = (): string => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let id = 'brx-';
  for (let i = 0; i < 20; i += 1) id += alphabet[Math.floor(Math.random() * alphabet.length)];
  return id;
};

export function createOrderFactory<
  Stage extends string,
  Event extends string,
  Params extends PlaceParams,
  Response,
>(
  session: OrderVenue,
  config: OrderFactoryConfig<Stage, Event, Params, Response>,
): (order: Params) => Observable<OrderUpdate<Stage, Params, Response>> {
  const ctx: OrderFactoryContext<Stage, Event, Params, Response> = {
    session,
    config,
    report: config.report ?? EXECUTION_REPORT,
    wire: config.wire ?? ORDER_WIRE_NAMES,
    log: resolveLogger(config.logger, LogNamespace.orders),
    scheduler: config.scheduler ?? asyncScheduler,
    reconcile: resolveReconcile(config.reconcile),
    onInvalid: config.onInvalid,
  };
  const newId = config.newClientOrderId ?? randomId;

  return (order) =>
    new Observable<OrderUpdate<Stage, Params, Response>>((subscriber) => {
      const given: unknown = (order as Record<string, unknown>)[ctx.wire.newClientId];
      const clientOrderId = typeof given === 'string' ? given : newId();
      const request = {
        newOrderRespType: 'RESULT',
        ...order,
        [ctx.wire.newClientId]: clientOrderId,
      } as Params;
      const run = new OrderRun(ctx, request, clientOrderId, subscriber);
      run.start();
      return () => run.stop();
    });
}
