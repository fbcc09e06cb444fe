/**
 * The older V2 account answers (REST `/fapi/v2/account` and `/fapi/v2/positionRisk`, the futures
 * WebSocket API's `account.status` and `account.position`; spec/usdm/operations/*-v2.yaml): the V3
 * figures plus the account's permissions, and an entry per symbol and position side of the
 * account's mode, open or not (zeros where there is no position). The V2 balance is V3's.
 */
import { formatE8 } from '../../engine/amounts';
import type { Order } from '../../engine/order';
import {
  accountAnswer,
  isolatedMargin,
  leverageOf,
  openOrderNotionals,
  ZERO,
} from './account-answers';
import type { FuturesAccount, Position, PositionSide } from './ledger';
import { maxNotionalAt } from './leverage-brackets';
import { notional, positionMargin, unrealizedPnl, type MarkOf } from './margin';

/** Every symbol's position on each side of the account's mode; an empty one where none. */
function everyPosition(account: FuturesAccount, symbols: readonly string[]): Position[] {
  const sides: PositionSide[] = account.dualSidePosition ? ['LONG', 'SHORT'] : ['BOTH'];
  return symbols.flatMap((symbol) =>
    sides.map(
      (side) =>
        account.positions.get(`${symbol}:${side}`) ?? {
          symbol,
          side,
          amountE8: 0,
          entryPriceE8: 0,
          updateTime: 0,
        },
    ),
  );
}

export function accountV2Answer(
  account: FuturesAccount,
  open: readonly Order[],
  markOf: MarkOf,
  symbols: readonly string[],
) {
  const { assets, positions: _open, ...totals } = accountAnswer(account, open, markOf);
  return {
    feeTier: 0,
    canTrade: true,
    canDeposit: true,
    canWithdraw: true,
    updateTime: 0,
    multiAssetsMargin: false,
    tradeGroupId: -1,
    ...totals,
    assets: assets.map((a) => ({ ...a, marginAvailable: true })),
    positions: everyPosition(account, symbols).map((p) => {
      const mark = markOf(p.symbol);
      const leverage = leverageOf(account, p);
      const margin = positionMargin(p, mark, leverage);
      const { orderMargin, bidE8, askE8 } = openOrderNotionals(open, p.symbol);
      return {
        symbol: p.symbol,
        initialMargin: formatE8(margin + orderMargin),
        maintMargin: ZERO,
        unrealizedProfit: formatE8(unrealizedPnl(p, mark)),
        positionInitialMargin: formatE8(margin),
        openOrderInitialMargin: formatE8(orderMargin),
        leverage: String(leverage),
        isolated: account.isolated.has(p.symbol),
        entryPrice: formatE8(p.entryPriceE8),
        maxNotional: String(maxNotionalAt(leverage)),
        bidNotional: formatE8(bidE8),
        askNotional: formatE8(askE8),
        positionSide: p.side,
        positionAmt: formatE8(p.amountE8),
        updateTime: p.updateTime,
        breakEvenPrice: formatE8(p.entryPriceE8),
      };
    }),
  };
}

export function positionRiskV2Answer(
  account: FuturesAccount,
  markOf: MarkOf,
  symbols: readonly string[],
) {
  return everyPosition(account, symbols).map((p) => {
    const mark = markOf(p.symbol);
    const leverage = leverageOf(account, p);
    const isolated = isolatedMargin(account, p, mark);
    return {
      entryPrice: formatE8(p.entryPriceE8),
      breakEvenPrice: formatE8(p.entryPriceE8),
      marginType: account.isolated.has(p.symbol) ? 'isolated' : 'cross',
      isAutoAddMargin: 'false',
      isolatedMargin: isolated,
      leverage: String(leverage),
      liquidationPrice: ZERO,
      markPrice: formatE8(mark),
      maxNotionalValue: String(maxNotionalAt(leverage)),
      positionAmt: formatE8(p.amountE8),
      notional: formatE8(notional(p, mark)),
      isolatedWallet: isolated,
      symbol: p.symbol,
      unRealizedProfit: formatE8(unrealizedPnl(p, mark)),
      positionSide: p.side,
      updateTime: p.updateTime,
    };
  });
}
