/**
 * The maintenance side of the futures ledger (simplified but consistent with margin.ts): an
 * account's open positions fall into margin groups, each backed by its own margin balance. All
 * cross positions share one group, backed by the wallet less the isolated margins plus the cross
 * unrealized PnL; each isolated position is a group of its own, backed by its isolated margin
 * (initial margin at entry) plus its unrealized PnL. A group whose margin balance is at or below
 * its maintenance margin (brackets in leverage-brackets.ts) is liquidated.
 */
import { bracketOf, maintenanceMarginE8 } from './leverage-brackets';
import { DEFAULT_LEVERAGE, type FuturesAccount, type Position } from './ledger';
import { isolatedMarginE8, notional, unrealizedPnl, type MarkOf } from './margin';

export interface MarginGroup {
  /** `cross`, or the isolated position's `<symbol>:<side>`. */
  readonly key: string;
  readonly isolated: boolean;
  readonly positions: readonly Position[];
  /** What backs the group: for cross the wallet less the isolated margins plus cross PnL. */
  readonly marginBalanceE8: number;
  readonly maintenanceE8: number;
}

const leverageOf = (account: FuturesAccount, p: Position): number =>
  account.leverage.get(p.symbol) ?? DEFAULT_LEVERAGE;

/** The maintenance margin of one position at the mark. */
export const positionMaintenanceE8 = (p: Position, markOf: MarkOf): number =>
  maintenanceMarginE8(notional(p, markOf(p.symbol)));

/** The account's margin groups with open positions: the cross group first, then each isolated. */
export function marginGroups(account: FuturesAccount, markOf: MarkOf): MarginGroup[] {
  const open = [...account.positions.values()].filter((p) => p.amountE8 !== 0);
  const cross = open.filter((p) => !account.isolated.has(p.symbol));
  const isolated = open.filter((p) => account.isolated.has(p.symbol));
  const groups: MarginGroup[] = isolated.map((p) => ({
    key: `${p.symbol}:${p.side}`,
    isolated: true,
    positions: [p],
    marginBalanceE8: isolatedMarginE8(p, leverageOf(account, p)) + pnl(p, markOf),
    maintenanceE8: positionMaintenanceE8(p, markOf),
  }));
  if (cross.length === 0) return groups;
  const isolatedMargins = isolatedMarginsE8(account);
  const crossPnl = cross.reduce((sum, p) => sum + pnl(p, markOf), 0);
  const maintenance = cross.reduce((sum, p) => sum + positionMaintenanceE8(p, markOf), 0);
  return [
    {
      key: 'cross',
      isolated: false,
      positions: cross,
      marginBalanceE8: account.walletE8 - isolatedMargins + crossPnl,
      maintenanceE8: maintenance,
    },
    ...groups,
  ];
}

const pnl = (p: Position, markOf: MarkOf): number => unrealizedPnl(p, markOf(p.symbol));

/** What the account's open isolated positions hold apart from the cross wallet. */
export const isolatedMarginsE8 = (account: FuturesAccount): number =>
  [...account.positions.values()]
    .filter((p) => p.amountE8 !== 0 && account.isolated.has(p.symbol))
    .reduce((sum, p) => sum + isolatedMarginE8(p, leverageOf(account, p)), 0);

/** Maintenance over margin balance: 1 or more is liquidation. */
export const marginRatio = (g: MarginGroup): number =>
  g.marginBalanceE8 <= 0 ? Infinity : g.maintenanceE8 / g.marginBalanceE8;

/**
 * The mark price at which `p` would be liquidated with everything else unchanged: where its
 * group's margin balance meets the maintenance margin. `otherE8` is the rest of the group's
 * balance (the wallet part and the other positions' PnL), `otherMaintE8` their maintenance.
 * 0 when no price reaches it (the position's own margin covers any move).
 */
export function liquidationPriceE8(
  p: Position,
  otherE8: number,
  otherMaintE8: number,
  ratio: number,
  cumE8: number,
): number {
  // other + (P − entry) × amount = |amount| × P × ratio − cum + otherMaint, solved for P.
  const amount = p.amountE8 / 1e8;
  const denominator = amount - Math.abs(amount) * ratio;
  if (denominator === 0) return 0;
  const priceE8 =
    ((p.entryPriceE8 / 1e8) * amount - (otherE8 - otherMaintE8) / 1e8 - cumE8 / 1e8) / denominator;
  return priceE8 > 0 ? Math.round(priceE8 * 1e8) : 0;
}

/** Where `p` would be liquidated, its group as it stands (0: no price reaches it). */
export function liquidationPriceOf(p: Position, groups: readonly MarginGroup[], markOf: MarkOf) {
  const group = groups.find((g) => g.positions.includes(p));
  if (group === undefined) return 0;
  const maintenance = positionMaintenanceE8(p, markOf);
  const b = bracketOf(notional(p, markOf(p.symbol)));
  return liquidationPriceE8(
    p,
    group.marginBalanceE8 - pnl(p, markOf),
    group.maintenanceE8 - maintenance,
    b.maintMarginRatio,
    Math.round(b.cum * 1e8),
  );
}
