/**
 * USDⓈ-M batch endpoints, `/fapi/v1/batchOrders`: Place (POST) and Modify (PUT) Multiple Orders
 * take `batchOrders`, a JSON array of up to 5 objects, each with the single endpoint's
 * parameters; Cancel Multiple Orders (DELETE) takes `symbol` and `orderIdList` or
 * `origClientOrderIdList` (up to 10 ids). Each item runs through the single-order handler on its
 * own: an item that fails answers its `{code, msg}` in its place and the others proceed, each
 * with its own ORDER_TRADE_UPDATE. Item count out of range: -4082 (Binance's
 * INVALID_BATCH_PLACE_ORDER_SIZE). Where Binance's docs name no code (an id list over 10, both
 * id lists, an item that is not an object) the local exchange answers -1130 for the parameter.
 */
import { ApiError, errors } from '../../api/errors';
import type { ApiMethod, CallContext } from '../../api/method';
import { Params, type RawValue } from '../../api/params';
import { futuresErrors } from './errors';
import type { OrderHandler, UsdmOrderHandlers } from './order-handlers';

const BATCH = { path: '/fapi/v1/batchOrders' } as const;
const MAX_ORDERS = 5;
const MAX_IDS = 10;

export function usdmBatchMethods(handlers: UsdmOrderHandlers): ApiMethod[] {
  const batch =
    (handle: OrderHandler) =>
    (params: Params, ctx: CallContext): unknown[] =>
      batchItems(params).map((item) => eachItem(() => handle(item, ctx)));
  return [
    {
      rest: { method: 'POST', ...BATCH },
      security: 'TRADE',
      weight: 5,
      orders: 5,
      handle: batch(handlers.place),
    },
    {
      rest: { method: 'PUT', ...BATCH },
      security: 'TRADE',
      weight: 5,
      orders: 5,
      handle: batch(handlers.modify),
    },
    {
      rest: { method: 'DELETE', ...BATCH },
      security: 'TRADE',
      weight: 1,
      handle: (params, ctx) =>
        cancelItems(params).map((item) => eachItem(() => handlers.cancel(item, ctx))),
    },
  ];
}

/** One item's answer: what its handler returns, or the error it throws, in its place. */
function eachItem(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    if (error instanceof ApiError) return error.toJSON();
    throw error;
  }
}

/** `batchOrders` read into one parameter set per item (1 to 5 objects). */
function batchItems(params: Params): Params[] {
  const text = params.string('batchOrders', true);
  let items: unknown;
  try {
    items = JSON.parse(text);
  } catch {
    throw errors.invalidParam('batchOrders');
  }
  if (!Array.isArray(items)) throw errors.invalidParam('batchOrders');
  if (items.length === 0 || items.length > MAX_ORDERS) throw futuresErrors.batchSize(items.length);
  return items.map((item: unknown) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      throw errors.invalidParam('batchOrders');
    }
    return new Params(scalarsOf(item as Record<string, unknown>));
  });
}

/**
 * An item's fields as the flat record a handler reads. A field whose value is not a string,
 * number or boolean is left as an empty array, which every reader refuses (-1130 for that field,
 * answered in the item's place).
 */
function scalarsOf(item: Readonly<Record<string, unknown>>): Record<string, RawValue> {
  const out: Record<string, RawValue> = {};
  for (const [key, value] of Object.entries(item)) {
    const scalar = ['string', 'number', 'boolean'].includes(typeof value);
    out[key] = scalar ? (value as string | number | boolean) : [];
  }
  return out;
}

/**
 * The name an id list was sent under: Binance's docs spell it `orderIdList`, ccxt sends
 * `orderidlist` / `origclientorderidlist` (all lower case) on its live path, so Binance takes both.
 */
const spelling = (params: Params, name: string): string =>
  params.has(name) || !params.has(name.toLowerCase()) ? name : name.toLowerCase();

/** Cancel Multiple Orders: one `{symbol, orderId | origClientOrderId}` per id, in order. */
function cancelItems(params: Params): Params[] {
  const symbol = params.string('symbol', true);
  const ids = params.integerList(spelling(params, 'orderIdList'));
  const clientIds = params.list(spelling(params, 'origClientOrderIdList'));
  if (ids === undefined && clientIds === undefined) {
    throw errors.eitherMandatory('orderIdList', 'origClientOrderIdList');
  }
  if (ids !== undefined && clientIds !== undefined) {
    throw errors.invalidParam('origClientOrderIdList');
  }
  const name = ids !== undefined ? 'orderIdList' : 'origClientOrderIdList';
  const list: readonly (string | number)[] = ids ?? clientIds!;
  if (list.length === 0 || list.length > MAX_IDS) throw errors.invalidParam(name);
  const key = ids !== undefined ? 'orderId' : 'origClientOrderId';
  return list.map((id) => new Params({ symbol, [key]: id }));
}
