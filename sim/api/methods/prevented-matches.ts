/**
 * The prevented matches of one account on one symbol, as Spot's `myPreventedMatches` and margin's
 * `/sapi/v1/margin/myPreventedMatches` answer them (`rest-api.md`, "Query Prevented Matches"):
 * by `preventedMatchId`, or by `orderId` (taker or maker) from `fromPreventedMatchId` on.
 */
import { formatE8 } from '../../engine/amounts';
import type { Engine } from '../../engine/engine';
import type { Params } from '../params';

export function preventedMatches(engine: Engine, accountId: string, params: Params, max: number) {
  const symbol = engine.symbol(params.string('symbol', true)).symbol;
  const matchId = params.integer('preventedMatchId');
  const orderId = params.integer('orderId');
  const from = params.integer('fromPreventedMatchId') ?? 0;
  return engine.prevented
    .filter(
      (p) =>
        p.taker.accountId === accountId &&
        p.taker.symbol === symbol &&
        p.matchId >= from &&
        (matchId === undefined || p.matchId === matchId) &&
        (orderId === undefined || p.taker.orderId === orderId || p.maker.orderId === orderId),
    )
    .slice(0, max)
    .map((p) => ({
      symbol,
      preventedMatchId: p.matchId,
      takerOrderId: p.taker.orderId,
      makerSymbol: symbol,
      makerOrderId: p.maker.orderId,
      tradeGroupId: 1,
      selfTradePreventionMode: p.taker.selfTradePreventionMode,
      price: formatE8(p.maker.priceE8),
      // Each side's quantity only when the mode expires that side (CHANGELOG 2023-01-19).
      ...(expires(p.taker.selfTradePreventionMode, 'TAKER')
        ? { takerPreventedQuantity: formatE8(p.taker.origQtyE8 - p.taker.executedQtyE8) }
        : {}),
      ...(expires(p.taker.selfTradePreventionMode, 'MAKER')
        ? { makerPreventedQuantity: formatE8(p.maker.origQtyE8 - p.maker.executedQtyE8) }
        : {}),
      transactTime: p.time,
    }));
}

/** Whether an STP mode expires that side: EXPIRE_<side> or EXPIRE_BOTH. */
const expires = (mode: string, side: 'TAKER' | 'MAKER'): boolean =>
  mode === `EXPIRE_${side}` || mode === 'EXPIRE_BOTH';
