/**
 * The futures user data events of risk and funding, in Binance's shapes (spec/usdm/user-data/):
 * MARGIN_CALL, a liquidation order's ORDER_TRADE_UPDATE (client id `autoclose-…`, type
 * LIQUIDATION, NEW then CALCULATED), and the ACCOUNT_UPDATE of a funding fee.
 */
import { formatE8 } from '../../engine/amounts';
import type { ExecutionType, Fill, Order } from '../../engine/order';
import { accountUpdate, orderTradeUpdate } from './events';
import { MARGIN_ASSET, type FuturesAccount, type Position } from './ledger';
import { unrealizedPnl, type MarkOf } from './margin';
import { positionMaintenanceE8, type MarginGroup } from './risk';

/** MARGIN_CALL of one margin group: `cw` for the cross group only (as Binance sends it). */
export function marginCall(
  account: FuturesAccount,
  group: MarginGroup,
  isolatedWalletE8: (p: Position) => number,
  markOf: MarkOf,
  now: number,
) {
  return {
    e: 'MARGIN_CALL',
    E: now,
    ...(group.isolated ? {} : { cw: formatE8(account.walletE8) }),
    p: group.positions.map((p) => {
      const mark = markOf(p.symbol);
      return {
        s: p.symbol,
        ps: p.side,
        pa: formatE8(p.amountE8),
        mt: group.isolated ? 'ISOLATED' : 'CROSSED',
        iw: formatE8(group.isolated ? isolatedWalletE8(p) : 0),
        mp: formatE8(mark),
        up: formatE8(unrealizedPnl(p, mark)),
        mm: formatE8(positionMaintenanceE8(p, markOf)),
      };
    }),
  };
}

/**
 * ORDER_TRADE_UPDATE of a liquidation order: Binance's docs list LIQUIDATION among the order
 * types and CALCULATED ("liquidation execution") among the execution types; the order itself is
 * an IOC LIMIT at the liquidation price (as the forceOrder streams describe it).
 */
export function liquidationUpdate(
  order: Order,
  stage: 'NEW' | 'CALCULATED',
  now: number,
  fill: Fill | undefined,
  realizedE8: number,
) {
  const x: ExecutionType = stage === 'NEW' ? 'NEW' : 'TRADE';
  const update = orderTradeUpdate(order, x, now, fill, realizedE8);
  return {
    ...update,
    o: { ...update.o, o: 'LIQUIDATION', ot: 'LIQUIDATION', x: stage, R: true },
  };
}

/**
 * ACCOUNT_UPDATE of a funding fee (reason FUNDING_FEE): the balance, with `bc` the fee; a
 * cross position's fee lists no position, an isolated one's lists that position only.
 */
export function fundingUpdate(
  account: FuturesAccount,
  p: Position,
  feeE8: number,
  now: number,
  markOf: MarkOf,
) {
  const update = accountUpdate(account, p.symbol, 'FUNDING_FEE', now, markOf);
  const isolated = account.isolated.has(p.symbol);
  return {
    ...update,
    a: {
      ...update.a,
      B: [
        {
          a: MARGIN_ASSET,
          wb: formatE8(account.walletE8),
          cw: formatE8(account.walletE8),
          bc: formatE8(feeE8),
        },
      ],
      P: isolated ? update.a.P.filter((entry) => entry.ps === p.side) : [],
    },
  };
}
