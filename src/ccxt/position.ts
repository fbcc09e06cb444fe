/**
 * CCXT's position from the fields a mapping read off a payload, like ccxt's binance
 * `parsePositionRisk` on a USDⓈ-M Position Information V3 entry before ccxt has loaded the
 * leverage brackets (a request of its own): sizes and notional as positive numbers with `side`
 * from the notional's sign, the margin mode from `isolatedMargin` (0: cross), the maintenance
 * margin as Binance sends it, the initial margin percentage from the initial margin, and the
 * margin ratio and PnL percentage with ccxt's decimal rounding. Without brackets ccxt cannot
 * work out a cross position's collateral: it is 0 there (an isolated one's is its margin), and so
 * is ours. V3 sends no leverage, so `leverage` stays undefined, as in ccxt.
 */
import type { CcxtMarketRef } from './context';
import { stringAdd, stringDiv, stringEquals, stringGt, stringMul } from './precise';
import type { CcxtPosition } from './types';
import { iso8601, omitZero, text, toInteger, toNumber } from './values';

type Decimal = string | undefined;

export interface PositionFields {
  /** The signed size (`positionAmt`). */
  readonly contracts?: Decimal;
  readonly entryPrice?: Decimal;
  readonly markPrice?: Decimal;
  readonly unrealizedPnl?: Decimal;
  readonly liquidationPrice?: Decimal;
  /** 0 for a cross position. */
  readonly isolatedMargin?: Decimal;
  /** The signed notional at the mark price. */
  readonly notional?: Decimal;
  readonly initialMargin?: Decimal;
  readonly maintenanceMargin?: Decimal;
  /** BOTH in one-way mode, LONG or SHORT in hedge mode. */
  readonly positionSide?: string;
  readonly timestamp?: number | string | undefined;
}

const abs = (value: Decimal): Decimal => (value?.startsWith('-') ? value.slice(1) : value);
const num = (value: Decimal): number | undefined => toNumber(value);

export function ccxtPosition(info: unknown, ref: CcxtMarketRef, f: PositionFields): CcxtPosition {
  const notional = text(f.notional);
  const notionalAbs = abs(notional);
  const isolatedMargin = text(f.isolatedMargin);
  const marginMode =
    isolatedMargin === undefined
      ? undefined
      : stringEquals(isolatedMargin, '0')
        ? 'cross'
        : 'isolated';
  const side = stringGt(notional, '0') ? 'long' : stringGt('0', notional) ? 'short' : undefined;
  const collateral = (marginMode === 'cross' ? undefined : isolatedMargin) ?? '0';
  const unrealizedPnl = text(f.unrealizedPnl);
  const initialMargin = text(f.initialMargin);
  const maintenanceMargin = text(f.maintenanceMargin);
  const rawTime = toInteger(f.timestamp);
  const timestamp = rawTime === 0 ? undefined : rawTime;
  const marginRatio = stringEquals(collateral, '0')
    ? undefined
    : stringDiv(stringAdd(stringDiv(maintenanceMargin, collateral), '5e-5'), '1', 4);
  return {
    info,
    id: undefined,
    symbol: ref.symbol,
    contracts: num(abs(text(f.contracts))),
    contractSize: ref.market?.contractSize,
    unrealizedPnl: num(unrealizedPnl),
    leverage: undefined,
    liquidationPrice: num(omitZero(text(f.liquidationPrice))),
    collateral: num(collateral),
    notional: num(notionalAbs),
    markPrice: num(omitZero(text(f.markPrice))),
    entryPrice: num(text(f.entryPrice)),
    timestamp,
    datetime: iso8601(timestamp),
    initialMargin: num(initialMargin),
    initialMarginPercentage: num(stringDiv(stringMul(initialMargin, '1'), notionalAbs, 8)),
    maintenanceMargin: num(maintenanceMargin),
    maintenanceMarginPercentage: undefined,
    marginRatio: num(marginRatio),
    marginMode,
    marginType: marginMode,
    side,
    hedged: text(f.positionSide) !== 'BOTH',
    percentage: pnlPercentage(collateral, unrealizedPnl, initialMargin),
    stopLossPrice: undefined,
    takeProfitPrice: undefined,
  };
}

/**
 * Unrealized PnL over initial margin, in percent at ccxt's rounding: `parsePositionRisk` divides
 * the wire strings when there is collateral; otherwise its `safePosition` divides the numbers it
 * has already parsed, read back as text (so a wire value past a double's precision is rounded
 * first, as in ccxt).
 */
function pnlPercentage(collateral: string, pnl: Decimal, initial: Decimal): number | undefined {
  const [a, b] = stringEquals(collateral, '0')
    ? [asParsed(pnl), asParsed(initial)]
    : [pnl, initial];
  return num(stringMul(stringDiv(a, b, 4), '100'));
}

const asParsed = (value: Decimal): Decimal => text(num(value));
