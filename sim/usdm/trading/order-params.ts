/**
 * Reads a USDⓈ-M new order with Binance's rules (usds-margined-futures "New Order"): LIMIT needs
 * timeInForce, quantity and price; MARKET quantity and no price; conditional types are algo
 * orders since 2025-12-09 (-4120); positionSide must match the account's mode (-4061);
 * reduceOnly is one-way only (-1106).
 */
import { parseE8 } from '../../engine/amounts';
import type { NewOrder } from '../../engine/engine';
import { errors } from '../../api/errors';
import type { Params } from '../../api/params';
import { clientOrderId, SIDES } from '../../api/methods/order-params';
import { futuresErrors } from './errors';

const TYPES = ['LIMIT', 'MARKET'] as const;
const CONDITIONAL = [
  'STOP',
  'STOP_MARKET',
  'TAKE_PROFIT',
  'TAKE_PROFIT_MARKET',
  'TRAILING_STOP_MARKET',
];
const TIFS = ['GTC', 'IOC', 'FOK', 'GTX', 'GTD'] as const;
const STP_MODES = ['NONE', 'EXPIRE_TAKER', 'EXPIRE_MAKER', 'EXPIRE_BOTH'] as const;

export const decimalE8 = (params: Params, name: string, required = false): number | undefined => {
  const text = params.decimal(name, required);
  return text === undefined ? undefined : parseE8(name, text);
};

/**
 * A history page (allOrders, allAlgoOrders): from the id `idParam` names on (the first `limit`),
 * or the most recent `limit` without it (default 500, at most 1000).
 */
export function historyPage<T>(
  all: readonly T[],
  params: Params,
  idParam: string,
  idOf: (item: T) => number,
): T[] {
  const from = params.integer(idParam) ?? 0;
  const limit = params.limit('limit', 500, 1, 1000);
  const page = all.filter((item) => idOf(item) >= from);
  return params.has(idParam) ? page.slice(0, limit) : page.slice(-limit);
}

/** BOTH in one-way mode, LONG or SHORT in hedge mode (-4061 otherwise). */
export function readPositionSide(params: Params, dualSidePosition: boolean): string {
  const side = params.oneOf('positionSide', ['BOTH', 'LONG', 'SHORT'] as const, false, () =>
    errors.invalidParam('positionSide'),
  );
  const resolved = side ?? 'BOTH';
  if (dualSidePosition === (resolved === 'BOTH')) throw futuresErrors.positionSideMismatch();
  return resolved;
}

export function readFuturesOrder(
  params: Params,
  dualSidePosition: boolean,
): { order: NewOrder; respType: 'ACK' | 'RESULT' } {
  const symbol = params.string('symbol', true);
  const side = params.oneOf('side', SIDES, true, errors.invalidSide);
  if (CONDITIONAL.includes(params.string('type') ?? '')) throw futuresErrors.conditionalOnAlgo();
  const type = params.oneOf('type', TYPES, true, errors.invalidOrderType);
  const timeInForce = params.oneOf('timeInForce', TIFS, false, errors.invalidTif);
  if (type === 'LIMIT' && timeInForce === undefined) throw errors.mandatory('timeInForce');
  if (timeInForce === 'GTD') throw errors.notSimulated('timeInForce GTD is');
  const quantityE8 = decimalE8(params, 'quantity', true);
  const priceE8 = decimalE8(params, 'price');
  if (type === 'LIMIT' && priceE8 === undefined) throw errors.mandatory('price');
  if (type === 'MARKET' && priceE8 !== undefined) throw errors.notRequired('price');
  if (params.has('priceMatch')) throw errors.notSimulated('priceMatch is');
  const positionSide = readPositionSide(params, dualSidePosition);
  const reduceOnly = params.boolean('reduceOnly');
  if (reduceOnly !== undefined && dualSidePosition) throw errors.notRequired('reduceOnly');
  return {
    order: {
      symbol,
      side,
      type,
      timeInForce: type === 'MARKET' ? 'GTC' : timeInForce,
      quantityE8,
      priceE8,
      clientOrderId: clientOrderId(params, 'newClientOrderId'),
      selfTradePreventionMode: params.oneOf('selfTradePreventionMode', STP_MODES),
      positionSide,
      reduceOnly: reduceOnly ?? false,
    },
    respType: params.oneOf('newOrderRespType', ['ACK', 'RESULT'] as const) ?? 'ACK',
  };
}
