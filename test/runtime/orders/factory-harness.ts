/**
 * Spot's order factory on virtual time, with `MockWebSocket` playing Binance (../ws-api/harness):
 * the session is connected (and its socket opened unless `open` is false), a factory is made
 * with the generated stage table, and `watch` places an order and records what its Observable
 * says.
 */
import { orderStageTable, type OrderStageName } from '../../../generated/order-stages';
import {
  placeOrderOperation,
  type PlaceOrderParams,
  type PlaceOrderResponse,
} from '../../../generated/operations/place-order';
import type { OperationDescriptor } from '../../../src/operations/descriptor';
import {
  createOrderFactory,
  type OrderFactoryOptions,
  type OrderUpdate,
} from '../../../src/orders/order-factory';
import { harness } from '../ws-api/harness';

/** order.status, as the spec describes it (only what the factory needs). */
const queryOperation: OperationDescriptor<{ symbol: string; origClientOrderId?: string }, unknown> =
  {
    operation: 'getOrder',
    security: 'USER_DATA',
    weight: 4,
    params: { symbol: { type: 'string', required: true }, origClientOrderId: { type: 'string' } },
    wsApi: { method: 'order.status' },
    schemaId: 'test',
    validate: Object.assign(() => true, { errors: null }),
  };

export const limit = {
  symbol: 'BTCUSDT',
  side: 'BUY',
  type: 'LIMIT',
  timeInForce: 'GTC',
  quantity: '1',
  price: '100',
} as const;

type HarnessOptions = NonNullable<Parameters<typeof harness>[0]>;

export function orderFactoryHarness(
  options: HarnessOptions = {},
  factory: OrderFactoryOptions = {},
  { open = true }: { open?: boolean } = {},
) {
  const h = harness({
    credentials: { apiKey: 'KEY', sign: () => 'sig' },
    requestTimeoutMs: 60_000,
    ...options,
  });
  const connection = h.session.connect();
  if (open) h.server().open();
  const addOrder = createOrderFactory(h.session, {
    table: orderStageTable,
    accepted: 'accepted',
    requestFailed: 'requestFailed',
    outcomeUnknown: 'outcomeUnknown',
    place: placeOrderOperation,
    query: queryOperation,
    newClientOrderId: () => 'order-1',
    scheduler: h.scheduler,
    ...factory,
  });
  const updates: OrderUpdate<OrderStageName, PlaceOrderParams, PlaceOrderResponse>[] = [];
  const outcome = { error: undefined as unknown, complete: false };
  const watch = (order: Parameters<typeof addOrder>[0] = limit) =>
    addOrder(order).subscribe({
      next: (u) => updates.push(u),
      error: (e: unknown) => (outcome.error = e),
      complete: () => (outcome.complete = true),
    });
  const stages = () => updates.map((u) => `${u.stage}:${u.source}`);
  /** Answers the session's user data subscription (subscriptionId 1). */
  const userData = () => h.reply('userDataStream.subscribe.signature', { subscriptionId: 1 });
  /** An executionReport of order-1 (an undefined field is left out of the frame). */
  const execution = (X: unknown, z?: unknown, more: object = {}) =>
    h.server().receive({
      subscriptionId: 1,
      event: { e: 'executionReport', E: 1, s: 'BTCUSDT', c: 'order-1', X, z, ...more },
    });
  /** order.status requests sent so far on the current socket. */
  const lookups = () => h.sent().filter((r) => r.method === 'order.status').length;
  return { h, connection, addOrder, watch, updates, outcome, stages, userData, execution, lookups };
}
