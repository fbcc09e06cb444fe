/**
 * USDⓈ-M account answers (spec/usdm/operations/): Account Information V3, Futures Account
 * Balance V3 and Position Information V3, from the ledger at the mark price (maintenance margin
 * and liquidation price as risk.ts computes them).
 */
import { formatE8 } from '../../engine/amounts';
import type { Order } from '../../engine/order';
import { DEFAULT_LEVERAGE, MARGIN_ASSET, type FuturesAccount, type Position } from './ledger';
import {
  isolatedMarginE8,
  marginTotals,
  notional,
  positionMargin,
  unrealizedPnl,
  type MarkOf,
} from './margin';
import { liquidationPriceOf, marginGroups, positionMaintenanceE8 } from './risk';
import { addedMarginE8 } from './position-margin';

export const ZERO = '0.00000000';

/** The maintenance margin of every open position, 1e-8 USDT. */
const totalMaintenance = (account: FuturesAccount, markOf: MarkOf): number =>
  openPositions(account).reduce((sum, p) => sum + positionMaintenanceE8(p, markOf), 0);

export function accountAnswer(account: FuturesAccount, open: Iterable<Order>, markOf: MarkOf) {
  const t = marginTotals(account, open, markOf);
  const maintenance = formatE8(totalMaintenance(account, markOf));
  const initial = formatE8(t.positionMarginE8 + t.openOrderMarginE8);
  const available = formatE8(Math.max(0, t.availableE8));
  const wallet = formatE8(account.walletE8);
  const margin = formatE8(account.walletE8 + t.unrealizedE8);
  return {
    totalInitialMargin: initial,
    totalMaintMargin: maintenance,
    totalWalletBalance: wallet,
    totalUnrealizedProfit: formatE8(t.unrealizedE8),
    totalMarginBalance: margin,
    totalPositionInitialMargin: formatE8(t.positionMarginE8),
    totalOpenOrderInitialMargin: formatE8(t.openOrderMarginE8),
    totalCrossWalletBalance: wallet,
    totalCrossUnPnl: formatE8(t.crossUnrealizedE8),
    availableBalance: available,
    maxWithdrawAmount: available,
    assets: [
      {
        asset: MARGIN_ASSET,
        walletBalance: wallet,
        unrealizedProfit: formatE8(t.unrealizedE8),
        marginBalance: margin,
        maintMargin: maintenance,
        initialMargin: initial,
        positionInitialMargin: formatE8(t.positionMarginE8),
        openOrderInitialMargin: formatE8(t.openOrderMarginE8),
        crossWalletBalance: wallet,
        crossUnPnl: formatE8(t.crossUnrealizedE8),
        availableBalance: available,
        maxWithdrawAmount: available,
        updateTime: account.updateTime,
      },
    ],
    positions: openPositions(account).map((p) => {
      const mark = markOf(p.symbol);
      const isolated = isolatedMargin(account, p, mark);
      return {
        symbol: p.symbol,
        positionSide: p.side,
        positionAmt: formatE8(p.amountE8),
        unrealizedProfit: formatE8(unrealizedPnl(p, mark)),
        isolatedMargin: isolated,
        notional: formatE8(notional(p, mark)),
        isolatedWallet: isolated,
        initialMargin: formatE8(positionMargin(p, mark, leverageOf(account, p))),
        maintMargin: formatE8(positionMaintenanceE8(p, markOf)),
        updateTime: p.updateTime,
      };
    }),
  };
}

export function balanceAnswer(account: FuturesAccount, open: Iterable<Order>, markOf: MarkOf) {
  const t = marginTotals(account, open, markOf);
  const available = formatE8(Math.max(0, t.availableE8));
  return [
    {
      accountAlias: 'SimA',
      asset: MARGIN_ASSET,
      balance: formatE8(account.walletE8),
      crossWalletBalance: formatE8(account.walletE8),
      crossUnPnl: formatE8(t.crossUnrealizedE8),
      availableBalance: available,
      maxWithdrawAmount: available,
      marginAvailable: true,
      updateTime: account.updateTime,
    },
  ];
}

export function positionRiskAnswer(
  account: FuturesAccount,
  open: readonly Order[],
  markOf: MarkOf,
  symbol?: string,
) {
  const groups = marginGroups(account, markOf);
  return openPositions(account)
    .filter((p) => symbol === undefined || p.symbol === symbol)
    .map((p) => {
      const mark = markOf(p.symbol);
      const isolated = isolatedMargin(account, p, mark);
      const margin = positionMargin(p, mark, leverageOf(account, p));
      const { orderMargin, bidE8, askE8 } = openOrderNotionals(open, p.symbol);
      return {
        symbol: p.symbol,
        positionSide: p.side,
        positionAmt: formatE8(p.amountE8),
        entryPrice: formatE8(p.entryPriceE8),
        breakEvenPrice: formatE8(p.entryPriceE8),
        markPrice: formatE8(mark),
        unRealizedProfit: formatE8(unrealizedPnl(p, mark)),
        liquidationPrice: formatE8(liquidationPriceOf(p, groups, markOf)),
        isolatedMargin: isolated,
        notional: formatE8(notional(p, mark)),
        marginAsset: MARGIN_ASSET,
        isolatedWallet: isolated,
        initialMargin: formatE8(margin + orderMargin),
        maintMargin: formatE8(positionMaintenanceE8(p, markOf)),
        positionInitialMargin: formatE8(margin),
        openOrderInitialMargin: formatE8(orderMargin),
        adl: 0,
        bidNotional: formatE8(bidE8),
        askNotional: formatE8(askE8),
        updateTime: p.updateTime,
      };
    });
}

/** The margin the open orders of `symbol` hold, and the notional of its open buys and sells. */
export function openOrderNotionals(open: readonly Order[], symbol: string) {
  const orders = open.filter((o) => o.symbol === symbol);
  const side = (s: 'BUY' | 'SELL') =>
    orders
      .filter((o) => o.side === s)
      .reduce((sum, o) => sum + Math.round((o.priceE8 * (o.origQtyE8 - o.executedQtyE8)) / 1e8), 0);
  return {
    orderMargin: orders.reduce((sum, o) => sum + o.lockedE8, 0),
    bidE8: side('BUY'),
    askE8: side('SELL'),
  };
}

const openPositions = (account: FuturesAccount): Position[] =>
  [...account.positions.values()].filter((p) => p.amountE8 !== 0);

export const leverageOf = (account: FuturesAccount, p: Position): number =>
  account.leverage.get(p.symbol) ?? DEFAULT_LEVERAGE;

/**
 * An isolated position's margin (its initial margin at entry, plus what was added by hand with
 * POST v1/positionMargin); 0 for cross.
 */
export function isolatedMargin(account: FuturesAccount, p: Position, _mark: number): string {
  if (!account.isolated.has(p.symbol)) return ZERO;
  return formatE8(isolatedMarginE8(p, leverageOf(account, p)) + addedMarginE8(account, p));
}
