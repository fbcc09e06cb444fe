/**
 * `order.test` and `sor.order.test`: the order is checked as placement would, nothing is placed;
 * with `computeCommissionRates` the answer has the rates the order would pay.
 */
import type { Engine } from '../../engine/engine';
import { COMMISSION_RATE } from '../../engine/engine';
import type { Params } from '../params';
import { readNewOrder } from './order-params';

const rate = COMMISSION_RATE.toFixed(8);
const zero = { maker: '0.00000000', taker: '0.00000000' };
const discount = {
  enabledForAccount: false,
  enabledForSymbol: false,
  discountAsset: 'BNB',
  discount: '0.00000000',
};

export const testOrderWeight = (params: Params): number =>
  params.boolean('computeCommissionRates') ? 20 : 1;

/** Checks the order; `special` adds `specialCommissionForOrder` (plain orders have it, SOR not). */
export function testOrder(engine: Engine, params: Params, special: boolean) {
  const { order } = readNewOrder(params);
  engine.symbol(order.symbol);
  if (!params.boolean('computeCommissionRates')) return {};
  return {
    standardCommissionForOrder: { maker: rate, taker: rate },
    ...(special ? { specialCommissionForOrder: zero } : {}),
    taxCommissionForOrder: zero,
    discount,
  };
}
