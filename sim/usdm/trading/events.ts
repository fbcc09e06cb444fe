/**
 * USDⓈ-M user data events in Binance's shapes (spec/usdm/user-data/): ORDER_TRADE_UPDATE,
 * TRADE_LITE, ACCOUNT_UPDATE and ACCOUNT_CONFIG_UPDATE.
 */
import { formatE8 } from '../../engine/amounts';
import type { ExecutionType, Fill, Order } from '../../engine/order';
import { DEFAULT_LEVERAGE, MARGIN_ASSET, type FuturesAccount, type Position } from './ledger';
import { isolatedMarginE8, unrealizedPnl, type MarkOf } from './margin';

/** The engine's execution types as futures name them. */
const EXECUTION: Readonly<Record<ExecutionType, string>> = {
  NEW: 'NEW',
  CANCELED: 'CANCELED',
  REPLACED: 'AMENDMENT',
  TRADE: 'TRADE',
  EXPIRED: 'EXPIRED',
  REJECTED: 'REJECTED',
  TRADE_PREVENTION: 'EXPIRED',
};

/** Average fill price of an order (0 before its first fill). */
export const averagePriceE8 = (order: Order): number =>
  order.executedQtyE8 === 0 ? 0 : Math.round((order.cumQuoteE8 * 1e8) / order.executedQtyE8);

/** The notional of an order's unfilled quantity at its price (`b` / `a`, `bidNotional`). */
const openNotional = (order: Order): number =>
  Math.round((order.priceE8 * (order.origQtyE8 - order.executedQtyE8)) / 1e8);

export function orderTradeUpdate(
  order: Order,
  x: ExecutionType,
  now: number,
  fill: Fill | undefined,
  realizedE8: number,
) {
  const open = order.status === 'NEW' || order.status === 'PARTIALLY_FILLED';
  return {
    e: 'ORDER_TRADE_UPDATE',
    E: now,
    T: fill?.time ?? now,
    o: {
      s: order.symbol,
      c: order.clientOrderId,
      S: order.side,
      o: order.type,
      f: order.timeInForce ?? 'GTC',
      q: formatE8(order.origQtyE8),
      p: formatE8(order.priceE8),
      ap: formatE8(averagePriceE8(order)),
      sp: '0',
      x: EXECUTION[x],
      X: order.status,
      i: order.orderId,
      l: formatE8(fill?.qtyE8 ?? 0),
      z: formatE8(order.executedQtyE8),
      L: formatE8(fill?.priceE8 ?? 0),
      ...(fill === undefined ? {} : { N: fill.commissionAsset, n: formatE8(fill.commissionE8) }),
      T: fill?.time ?? now,
      t: fill?.tradeId ?? 0,
      b: formatE8(open && order.side === 'BUY' ? openNotional(order) : 0),
      a: formatE8(open && order.side === 'SELL' ? openNotional(order) : 0),
      m: fill?.maker ?? false,
      R: order.reduceOnly ?? false,
      wt: 'CONTRACT_PRICE',
      ot: order.type,
      ps: order.positionSide ?? 'BOTH',
      cp: false,
      rp: formatE8(realizedE8),
      pP: false,
      si: 0,
      ss: 0,
      V: order.selfTradePreventionMode,
      pm: 'NONE',
      gtd: 0,
    },
  };
}

export const tradeLite = (order: Order, fill: Fill, now: number) => ({
  e: 'TRADE_LITE',
  E: now,
  T: fill.time,
  s: order.symbol,
  q: formatE8(order.origQtyE8),
  p: formatE8(order.priceE8),
  m: fill.maker,
  c: order.clientOrderId,
  S: order.side,
  L: formatE8(fill.priceE8),
  l: formatE8(fill.qtyE8),
  t: fill.tradeId,
  i: order.orderId,
});

/** One position as ACCOUNT_UPDATE lists it (`P`). */
const positionEntry = (account: FuturesAccount, p: Position, markE8: number) => {
  const isolated = account.isolated.has(p.symbol);
  return {
    s: p.symbol,
    pa: formatE8(p.amountE8),
    ep: formatE8(p.entryPriceE8),
    bep: formatE8(p.entryPriceE8),
    cr: '0',
    up: formatE8(unrealizedPnl(p, markE8)),
    mt: isolated ? 'isolated' : 'cross',
    iw: formatE8(
      isolated ? isolatedMarginE8(p, account.leverage.get(p.symbol) ?? DEFAULT_LEVERAGE) : 0,
    ),
    ps: p.side,
  };
};

/** ACCOUNT_UPDATE after trading: the wallet and the positions of `symbol`. */
export function accountUpdate(
  account: FuturesAccount,
  symbol: string,
  reason: string,
  now: number,
  markOf: MarkOf,
) {
  const positions = [...account.positions.values()].filter((p) => p.symbol === symbol);
  return {
    e: 'ACCOUNT_UPDATE',
    E: now,
    T: now,
    a: {
      m: reason,
      B: [
        {
          a: MARGIN_ASSET,
          wb: formatE8(account.walletE8),
          cw: formatE8(account.walletE8),
          bc: '0',
        },
      ],
      P: positions.map((p) => positionEntry(account, p, markOf(symbol))),
    },
  };
}

/** ACCOUNT_CONFIG_UPDATE after a leverage change. */
export const leverageUpdate = (symbol: string, leverage: number, now: number) => ({
  e: 'ACCOUNT_CONFIG_UPDATE',
  E: now,
  T: now,
  ac: { s: symbol, l: leverage },
});
