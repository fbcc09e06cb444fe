/**
 * Reads a New Algo Order with Binance's rules (usds-margined-futures "New Algo Order"): algoType
 * CONDITIONAL; STOP / TAKE_PROFIT need quantity, price and triggerPrice; STOP_MARKET /
 * TAKE_PROFIT_MARKET triggerPrice and quantity or closePosition=true (not both, and not with
 * reduceOnly); TRAILING_STOP_MARKET quantity and callbackRate within [0.1, 10] (-4071).
 * positionSide must match the account's mode (-4061); reduceOnly is one-way only (-1106).
 */
import { errors } from '../../api/errors';
import { clientOrderId, SIDES } from '../../api/methods/order-params';
import type { Params } from '../../api/params';
import { ALGO_TYPES, isMarketType, type AlgoRequest } from './algo-order';
import { futuresErrors } from './errors';
import { decimalE8, readPositionSide } from './order-params';

const TIFS = ['GTC', 'IOC', 'FOK', 'GTX', 'GTD'] as const;
const STP_MODES = ['NONE', 'EXPIRE_TAKER', 'EXPIRE_MAKER', 'EXPIRE_BOTH'] as const;
const WORKING_TYPES = ['MARK_PRICE', 'CONTRACT_PRICE'] as const;

/** `"true"` / `"false"` in any case (the docs write priceProtect `"TRUE"`). */
function flag(params: Params, name: string): boolean | undefined {
  const text = params.string(name)?.toLowerCase();
  if (text === undefined) return undefined;
  if (text !== 'true' && text !== 'false') throw errors.invalidParam(name);
  return text === 'true';
}

/** callbackRate, in percent, within [0.1, 10] (-4071 otherwise). */
function callbackRate(params: Params): string {
  const text = params.decimal('callbackRate');
  if (text === undefined) throw errors.mandatory('callbackRate');
  const rate = Number(text);
  if (rate < 0.1 || rate > 10) throw futuresErrors.invalidCallbackRate();
  return text;
}

/** quantity, or close-all: exactly one for the market types, quantity for the others. */
function sizeOf(params: Params, type: (typeof ALGO_TYPES)[number]) {
  const closePosition = flag(params, 'closePosition') ?? false;
  const reduceOnly = flag(params, 'reduceOnly');
  if (closePosition) {
    if (type !== 'STOP_MARKET' && type !== 'TAKE_PROFIT_MARKET')
      throw errors.notRequired('closePosition');
    if (params.has('quantity')) throw errors.notRequired('quantity');
    if (reduceOnly !== undefined) throw errors.notRequired('reduceOnly');
  }
  const quantityE8 = closePosition ? 0 : decimalE8(params, 'quantity', true)!;
  return { closePosition, reduceOnly, quantityE8 };
}

export function readAlgoOrder(params: Params, dualSidePosition: boolean): AlgoRequest {
  params.oneOf('algoType', ['CONDITIONAL'] as const, true);
  const symbol = params.string('symbol', true);
  const side = params.oneOf('side', SIDES, true, errors.invalidSide);
  const orderType = params.oneOf('type', ALGO_TYPES, true, errors.invalidOrderType);
  const timeInForce = params.oneOf('timeInForce', TIFS, false, errors.invalidTif) ?? 'GTC';
  if (timeInForce === 'GTD') throw errors.notSimulated('timeInForce GTD is');
  if (params.has('priceMatch')) throw errors.notSimulated('priceMatch is');
  const { closePosition, reduceOnly, quantityE8 } = sizeOf(params, orderType);
  if (reduceOnly !== undefined && dualSidePosition) throw errors.notRequired('reduceOnly');
  const market = isMarketType(orderType);
  const priceE8 = decimalE8(params, 'price', !market);
  if (market && priceE8 !== undefined) throw errors.notRequired('price');
  const trailing = orderType === 'TRAILING_STOP_MARKET';
  const triggerPriceE8 = decimalE8(params, 'triggerPrice', !trailing);
  if (trailing && triggerPriceE8 !== undefined) throw errors.notRequired('triggerPrice');
  // binance-connector-js sends `activatePrice`; the docs' parameter table says `activationPrice`.
  const activatePriceE8 =
    decimalE8(params, 'activatePrice') ?? decimalE8(params, 'activationPrice');
  return {
    symbol,
    side,
    positionSide: readPositionSide(params, dualSidePosition) as AlgoRequest['positionSide'],
    orderType,
    timeInForce,
    quantityE8,
    priceE8: priceE8 ?? 0,
    triggerPriceE8: triggerPriceE8 ?? 0,
    workingType: params.oneOf('workingType', WORKING_TYPES) ?? 'CONTRACT_PRICE',
    closePosition,
    priceProtect: flag(params, 'priceProtect') ?? false,
    reduceOnly: reduceOnly ?? false,
    ...(trailing ? { callbackRate: callbackRate(params) } : {}),
    ...(trailing && activatePriceE8 !== undefined ? { activatePriceE8 } : {}),
    ...withClientAlgoId(clientOrderId(params, 'clientAlgoId')),
    selfTradePreventionMode: params.oneOf('selfTradePreventionMode', STP_MODES) ?? 'NONE',
  };
}

const withClientAlgoId = (id: string | undefined) => (id === undefined ? {} : { clientAlgoId: id });
