/**
 * Reads a new order's parameters with Binance's rules (`rest-api.md`, "New order"): which
 * parameters each order type needs or refuses, and the error codes for each mistake.
 */
import { parseE8 } from '../../engine/amounts';
import type { NewOrder } from '../../engine/engine';
import type { OrderType, Side } from '../../engine/order';
import { errors } from '../errors';
import type { Params } from '../params';

export const SIDES: readonly Side[] = ['BUY', 'SELL'];
export const TYPES: readonly OrderType[] = [
  'LIMIT',
  'MARKET',
  'LIMIT_MAKER',
  'STOP_LOSS',
  'STOP_LOSS_LIMIT',
  'TAKE_PROFIT',
  'TAKE_PROFIT_LIMIT',
];
export const TIFS = ['GTC', 'IOC', 'FOK'] as const;
export const STP_MODES = [
  'NONE',
  'EXPIRE_TAKER',
  'EXPIRE_MAKER',
  'EXPIRE_BOTH',
  'DECREMENT',
] as const;
const CLIENT_ID = /^[.A-Z:/a-z0-9_-]{1,36}$/;

const NEEDS_TIF: readonly OrderType[] = ['LIMIT', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT_LIMIT'];
const NEEDS_PRICE: readonly OrderType[] = [
  'LIMIT',
  'LIMIT_MAKER',
  'STOP_LOSS_LIMIT',
  'TAKE_PROFIT_LIMIT',
];
const NEEDS_STOP: readonly OrderType[] = [
  'STOP_LOSS',
  'STOP_LOSS_LIMIT',
  'TAKE_PROFIT',
  'TAKE_PROFIT_LIMIT',
];

export type ResponseType = 'ACK' | 'RESULT' | 'FULL';

/** A client order id, checked against Binance's allowed characters. */
export function clientOrderId(params: Params, name: string): string | undefined {
  const id = params.string(name);
  if (id !== undefined && !CLIENT_ID.test(id))
    throw errors.illegalChars(name, '^[\\.A-Z\\:/a-z0-9_-]{1,36}$');
  return id;
}

const decimal = (params: Params, name: string): number | undefined => {
  const text = params.decimal(name);
  return text === undefined ? undefined : parseE8(name, text);
};

export function readNewOrder(params: Params): { order: NewOrder; respType: ResponseType } {
  const symbol = params.string('symbol', true);
  const side = params.oneOf('side', SIDES, true, errors.invalidSide);
  const type = params.oneOf('type', TYPES, true, errors.invalidOrderType);
  const timeInForce = params.oneOf('timeInForce', TIFS, false, errors.invalidTif);
  if (NEEDS_TIF.includes(type) && timeInForce === undefined) throw errors.mandatory('timeInForce');
  if (!NEEDS_TIF.includes(type) && timeInForce !== undefined)
    throw errors.notRequired('timeInForce');
  const quantityE8 = decimal(params, 'quantity');
  const quoteOrderQtyE8 = decimal(params, 'quoteOrderQty');
  if (type === 'MARKET') {
    if (quantityE8 === undefined && quoteOrderQtyE8 === undefined)
      throw errors.eitherMandatory('quantity', 'quoteOrderQty');
    if (quantityE8 !== undefined && quoteOrderQtyE8 !== undefined)
      throw errors.notRequired('quoteOrderQty');
  } else {
    if (quantityE8 === undefined) throw errors.mandatory('quantity');
    if (quoteOrderQtyE8 !== undefined) throw errors.notRequired('quoteOrderQty');
  }
  const priceE8 = decimal(params, 'price');
  if (NEEDS_PRICE.includes(type) && priceE8 === undefined) throw errors.mandatory('price');
  if (!NEEDS_PRICE.includes(type) && priceE8 !== undefined) throw errors.notRequired('price');
  const stopPriceE8 = decimal(params, 'stopPrice');
  if (NEEDS_STOP.includes(type) && stopPriceE8 === undefined) throw errors.mandatory('stopPrice');
  if (!NEEDS_STOP.includes(type) && stopPriceE8 !== undefined)
    throw errors.notRequired('stopPrice');
  const respType =
    params.oneOf('newOrderRespType', ['ACK', 'RESULT', 'FULL'] as const) ??
    (type === 'MARKET' || type === 'LIMIT' ? 'FULL' : 'ACK');
  return {
    order: {
      symbol,
      side,
      type,
      timeInForce,
      quantityE8,
      quoteOrderQtyE8,
      priceE8,
      stopPriceE8,
      clientOrderId: clientOrderId(params, 'newClientOrderId'),
      selfTradePreventionMode: params.oneOf('selfTradePreventionMode', STP_MODES),
    },
    respType,
  };
}

/** `orderId` or `origClientOrderId` (-1102 when neither is sent), or the names given. */
export function orderRef(
  params: Params,
  idName = 'orderId',
  clientIdName = 'origClientOrderId',
): { orderId?: number; origClientOrderId?: string } {
  const orderId = params.integer(idName);
  const origClientOrderId = params.string(clientIdName);
  if (orderId === undefined && origClientOrderId === undefined) {
    throw errors.eitherMandatory(idName, clientIdName);
  }
  return { orderId, origClientOrderId };
}
