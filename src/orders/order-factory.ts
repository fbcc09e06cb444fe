/**
 * Orders you can watch: `createOrderFactory(session, …)` returns `(order) => Observable` that
 * places the order on the WebSocket API and emits every stage it goes through, each once, with the
 * data that moved it (the request, the order.place answer, the executionReport, an order.status
 * answer), and completes on a terminal stage.
 *
 * The user data stream is listened to before the order is sent, and reports are matched by client
 * order id (generated when the order has none). When the socket drops while the order is in flight
 * or working, the order is looked up with order.status as soon as a socket is back, so no stage is
 * lost; the tracker drops what was already reported.
 */
import { EMPTY, Observable, catchError, filter, type Subscription } from 'rxjs';
import { BinanceApiError, BinanceRxError } from '../errors';
import type { LoggerOption } from '../logging/logger';
import { LogNamespace } from '../logging/namespaces';
import { resolveLogger } from '../logging/resolve-logger';
import type { OperationDescriptor } from '../operations/descriptor';
import type { UserDataMessage, WsApiSession } from '../ws-api/session';
import { OrderTracker, type OrderReportSource } from './order-tracker';
import type { OrderStageTable } from './stage-table';

/** Binance's answer when the order looked up does not exist. */
const ORDER_DOES_NOT_EXIST = -2013;

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
  /** The executionReport, when it moved the order. */
  readonly executionReport?: UserDataMessage['event'];
  /** The order.status answer, when a reconciliation moved the order. */
  readonly orderStatus?: unknown;
  /** `rejected` by the request: Binance's error (code, message, request). */
  readonly error?: BinanceRxError;
}

export interface OrderFactoryConfig<Stage extends string, Event extends string, Params, Response> {
  readonly table: OrderStageTable<Stage, Event>;
  /** The event an answered order.place raises (`accepted` in spec/order-stages.yaml). */
  readonly accepted: Event;
  /** The event a refused order.place raises (`requestFailed`). */
  readonly requestFailed: Event;
  /** The order.place operation. */
  readonly place: OperationDescriptor<Params & object, Response>;
  /** The order.status operation (`symbol` + `origClientOrderId`). */
  readonly query: OperationDescriptor<{ symbol: string; origClientOrderId?: string }, unknown>;
  /** Makes client order ids for orders that have none; default `brx-` and 20 random characters. */
  readonly newClientOrderId?: () => string;
  /** A logger (`console` works) or a factory (`debugLogger('binance-rx:*')`), as every `logger` option; default silent. */
  readonly logger?: LoggerOption;
}

type PlaceParams = { symbol: string; newClientOrderId?: string; newOrderRespType?: string };

const randomId = (): string => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let id = 'brx-';
  for (let i = 0; i < 20; i += 1) id += alphabet[Math.floor(Math.random() * alphabet.length)];
  return id;
};

/** The wire fields of an order answer or order.status result this file reads. */
interface OrderState {
  readonly status?: unknown;
  readonly executedQty?: unknown;
}

export function createOrderFactory<
  Stage extends string,
  Event extends string,
  Params extends PlaceParams,
  Response,
>(
  session: WsApiSession,
  config: OrderFactoryConfig<Stage, Event, Params, Response>,
): (order: Params) => Observable<OrderUpdate<Stage, Params, Response>> {
  const log = resolveLogger(config.logger, LogNamespace.orders);
  const newId = config.newClientOrderId ?? randomId;

  return (order) =>
    new Observable<OrderUpdate<Stage, Params, Response>>((subscriber) => {
      const clientOrderId = order.newClientOrderId ?? newId();
      const request = {
        newOrderRespType: 'RESULT',
        ...order,
        newClientOrderId: clientOrderId,
      } as Params;
      const tracker = new OrderTracker(config.table, clientOrderId);
      const subscriptions: Subscription[] = [];
      let answered = false;
      let inFlightError: BinanceRxError | undefined;
      let reconciling: Subscription | undefined;

      const emit = (
        stages: Stage[],
        data: Omit<OrderUpdate<Stage, Params, Response>, 'stage' | 'clientOrderId' | 'request'>,
      ) => {
        for (const stage of stages) {
          log.info('stage', { clientOrderId, stage, source: data.source });
          subscriber.next({ stage, clientOrderId, request, ...data });
        }
        if (tracker.terminal) subscriber.complete();
      };
      const report = (
        event: Event | undefined,
        source: OrderReportSource,
        filledQty: unknown,
        data: Omit<
          OrderUpdate<Stage, Params, Response>,
          'stage' | 'clientOrderId' | 'request' | 'source'
        >,
      ) => {
        if (event === undefined || subscriber.closed) return;
        try {
          const qty = typeof filledQty === 'string' ? filledQty : undefined;
          emit(tracker.apply(event, source, qty), { source, ...data });
        } catch (error) {
          log.error('illegal transition', { clientOrderId, event, source });
          subscriber.error(error);
        }
      };
      const reportState = (state: OrderState, source: 'response' | 'orderStatus', data: object) =>
        report(tracker.eventOf(state.status), source, state.executedQty, data);

      /** Asks order.status where the order is; called when a socket is back. */
      const reconcile = () => {
        if (subscriber.closed || reconciling !== undefined) return;
        log.info('reconciling with order.status', { clientOrderId, stage: tracker.stage });
        reconciling = session
          .request(config.query, { symbol: order.symbol, origClientOrderId: clientOrderId })
          .subscribe({
            next: (status) => {
              answered = true;
              reportState(status as OrderState, 'orderStatus', { orderStatus: status });
            },
            error: (error: unknown) => {
              reconciling = undefined;
              const missing =
                error instanceof BinanceApiError && error.binanceCode === ORDER_DOES_NOT_EXIST;
              if (missing && !answered) {
                // The order never reached Binance: it was rejected by the failure that lost it.
                report(config.requestFailed, 'request', undefined, {
                  error: inFlightError ?? (error as BinanceRxError),
                });
                return;
              }
              log.warn('order.status failed; will retry on the next socket', {
                clientOrderId,
                reason: String(error),
              });
            },
            complete: () => (reconciling = undefined),
          });
      };

      subscriber.next({ stage: tracker.stage, clientOrderId, request, source: 'request' });

      subscriptions.push(
        session
          .userData()
          .pipe(
            filter(
              ({ event }) =>
                event.e === 'executionReport' &&
                (event.c === clientOrderId || event.C === clientOrderId),
            ),
            catchError((error: unknown) => {
              log.warn('user data stream failed; following the order with order.status', {
                clientOrderId,
                reason: String(error),
              });
              return EMPTY;
            }),
          )
          .subscribe(({ event }) => {
            report(tracker.eventOf(event.X), 'executionReport', event.z, {
              executionReport: event,
            });
          }),
      );
      subscriptions.push(
        session.pipe(filter((event) => event.type === 'socket')).subscribe(() => {
          if (inFlightError !== undefined || answered) reconcile();
        }),
      );
      subscriptions.push(
        session.request(config.place, request).subscribe({
          next: (response) => {
            answered = true;
            report(config.accepted, 'response', undefined, { response });
            reportState(response as OrderState, 'response', { response });
          },
          error: (error: unknown) => {
            if (error instanceof BinanceApiError) {
              answered = true;
              report(config.requestFailed, 'request', undefined, { error });
              return;
            }
            // Lost in flight (socket dropped, timeout): Binance may have the order. Look it up.
            inFlightError =
              error instanceof BinanceRxError
                ? error
                : new BinanceRxError('CONNECTION_CLOSED', String(error));
            log.warn('order.place got no answer; will look the order up', {
              clientOrderId,
              reason: String(error),
            });
            reconcile();
          },
        }),
      );

      return () => {
        for (const subscription of subscriptions) subscription.unsubscribe();
        reconciling?.unsubscribe();
      };
    });
}
