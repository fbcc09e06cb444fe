/**
 * The futures simulation's risk and funding, on a paused market with positions put straight into
 * the ledger: maintenance brackets, MARGIN_CALL at an 80 % margin ratio, liquidation at 100 % (a
 * cross group and an isolated position, losses past their margin left to the insurance fund), the
 * forceOrder feed's one-latest-per-second rule, and funding paid at the mark.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { UserDataEvent } from '../../../sim/engine/user-events';
import { Market } from '../../../sim/market/market';
import { forceOrderFeed } from '../../../sim/usdm/force-orders';
import { fundingRate, markTicks } from '../../../sim/usdm/model';
import { Futures } from '../../../sim/usdm/trading/futures';
import { bracketOf, maintenanceMarginE8 } from '../../../sim/usdm/trading/leverage-brackets';
import { marginGroups } from '../../../sim/usdm/trading/risk';
import { fundingHistory } from '../../../sim/usdm/funding-history';
import {
  validateAccountUpdateEvent,
  validateForceOrderEvent,
  validateMarginCallEvent,
  validateOrderTradeUpdateEvent,
} from '../../../src/usdm';

const E8 = 1e8;
let futures: Futures | undefined;
afterEach(() => futures?.close());

function setUp(walletUsdt: number) {
  const market = new Market({ symbols: ['BTCUSDT'], seed: 3, tickMs: 100, paused: true });
  market.step(5);
  futures = new Futures(market);
  const events: UserDataEvent[] = [];
  futures.userEvents.listen('alice', (e) => events.push(e));
  const account = futures.ledger.account('alice');
  account.walletE8 = walletUsdt * E8;
  const m = market.get('btcusdt')!;
  const entryE8 = markTicks(m) * m.spec.tickE8;
  return { market, m, account, events, entryE8, f: futures };
}

const VALIDATORS: Readonly<Record<string, (data: unknown) => boolean>> = {
  MARGIN_CALL: validateMarginCallEvent,
  ORDER_TRADE_UPDATE: validateOrderTradeUpdateEvent,
  ACCOUNT_UPDATE: validateAccountUpdateEvent,
};
const valid = (events: readonly UserDataEvent[]) =>
  events.filter((e) => !VALIDATORS[e.e]!(e)).map((e) => e.e);

describe('maintenance brackets', () => {
  it('is half the initial margin, continuous across brackets', () => {
    expect(bracketOf(1000 * E8)).toMatchObject({ initialLeverage: 125, maintMarginRatio: 0.004 });
    expect(maintenanceMarginE8(-1000 * E8)).toBe(4 * E8);
    // At the first bracket's cap both sides agree (cum makes it continuous).
    const cap = 8_000_000 * E8;
    expect(maintenanceMarginE8(cap - E8)).toBe(Math.ceil((cap - E8) * 0.004));
    expect(maintenanceMarginE8(cap)).toBe(Math.ceil(cap * 0.004));
  });
});

describe('liquidation engine', () => {
  it('sends one MARGIN_CALL at 80 %, then liquidates the cross group at 100 %', () => {
    const { account, events, entryE8, f } = setUp(1000);
    const p = f.ledger.position('alice', 'BTCUSDT', 'BOTH');
    Object.assign(p, { amountE8: E8, entryPriceE8: entryE8 });
    const maintenance = () => marginGroups(account, f.markOf)[0]!.maintenanceE8;
    // Margin balance 1000 + PnL; MARGIN_CALL once maintenance / balance ≥ 0.8 (and below 1).
    const warnAt = entryE8 - 1000 * E8 + Math.ceil(maintenance() / 0.8) - 10 * E8;
    f.setMarkPrice('BTCUSDT', String(warnAt / E8), 1);
    expect(events.map((e) => e.e)).toEqual(['MARGIN_CALL']);
    expect(events[0]).toMatchObject({ cw: '1000.00000000', p: [{ s: 'BTCUSDT', mt: 'CROSSED' }] });
    f.setMarkPrice('BTCUSDT', String((warnAt - 1e6) / E8), 2);
    expect(events).toHaveLength(1); // still warned, not again

    f.setMarkPrice('BTCUSDT', String((entryE8 - 2000 * E8) / E8), 3);
    expect(events.map((e) => e.e)).toEqual([
      'MARGIN_CALL',
      'ORDER_TRADE_UPDATE',
      'ORDER_TRADE_UPDATE',
      'ACCOUNT_UPDATE',
    ]);
    expect(valid(events)).toEqual([]);
    type Update = { o: Record<string, string>; a: { P: unknown[] } };
    const [, placed, done, update] = events as unknown as Update[];
    expect(placed!.o).toMatchObject({ x: 'NEW', X: 'NEW', o: 'LIQUIDATION', S: 'SELL', f: 'IOC' });
    expect(placed!.o.c).toMatch(/^autoclose-/);
    expect(done!.o).toMatchObject({ x: 'CALCULATED', X: 'FILLED', z: '1.00000000' });
    expect(done!.o.rp).toBe('-1000.00000000'); // the loss past the wallet is the insurance fund's
    expect(update!.a.P).toEqual([expect.objectContaining({ s: 'BTCUSDT', pa: '0.00000000' })]);
    expect(p.amountE8).toBe(0);
    expect(account.walletE8).toBe(0);
    expect(account.income.at(-1)).toMatchObject({
      incomeType: 'REALIZED_PNL',
      incomeE8: -1000 * E8,
    });
  });

  it('liquidates an isolated position alone, losing at most its margin', () => {
    const { account, events, entryE8, f } = setUp(100_000);
    account.isolated.add('BTCUSDT');
    const p = f.ledger.position('alice', 'BTCUSDT', 'BOTH');
    Object.assign(p, { amountE8: -E8, entryPriceE8: entryE8 }); // a short, 20x: 5 % margin
    const margin = Math.ceil(entryE8 / 20);
    f.setMarkPrice('BTCUSDT', String(Math.round(entryE8 * 1.02) / E8), 1);
    expect(events).toEqual([]); // 2 % against a 5 % margin: safe
    f.setMarkPrice('BTCUSDT', String(Math.round(entryE8 * 1.2) / E8), 2);
    expect(events.map((e) => e.e)).toEqual([
      'MARGIN_CALL',
      'ORDER_TRADE_UPDATE',
      'ORDER_TRADE_UPDATE',
      'ACCOUNT_UPDATE',
    ]);
    expect(events[0]).not.toHaveProperty('cw');
    expect(events[0]).toMatchObject({ p: [{ mt: 'ISOLATED', iw: (margin / E8).toFixed(8) }] });
    expect(valid(events)).toEqual([]);
    expect(events[2]).toMatchObject({ o: { S: 'BUY', X: 'FILLED' } });
    expect(account.walletE8).toBe(100_000 * E8 - margin);
  });
});

describe('forceOrder feed', () => {
  it('sends the latest liquidation of a symbol once per poll, nothing without one', () => {
    const { m, entryE8, f } = setUp(1000);
    const feed = forceOrderFeed([m]);
    expect(feed.poll!(1)).toEqual([]);
    for (const [i, account] of ['bob', 'carol'].entries()) {
      f.ledger.account(account).walletE8 = 100 * E8;
      const p = f.ledger.position(account, 'BTCUSDT', 'BOTH');
      Object.assign(p, { amountE8: (i + 1) * E8, entryPriceE8: entryE8 });
    }
    f.setMarkPrice('BTCUSDT', String((entryE8 - 500 * E8) / E8), 5);
    const sent = feed.poll!(6);
    expect(sent).toHaveLength(1);
    expect(validateForceOrderEvent(sent[0])).toBe(true);
    // Both were liquidated in the same second: only the latest (carol's 2 BTC) is sent.
    expect(sent[0]).toMatchObject({
      e: 'forceOrder',
      o: { S: 'SELL', q: '2.00000000', X: 'FILLED' },
    });
    expect(feed.poll!(7)).toEqual([]);
  });
});

describe('funding', () => {
  it('charges rate × notional at the mark: a long pays a positive rate, a short receives it', () => {
    const { m, account, events, entryE8, f } = setUp(100_000);
    f.ledger.account('bob').walletE8 = 100_000 * E8;
    Object.assign(f.ledger.position('alice', 'BTCUSDT', 'BOTH'), {
      amountE8: E8 / 10,
      entryPriceE8: entryE8,
    });
    Object.assign(f.ledger.position('bob', 'BTCUSDT', 'BOTH'), {
      amountE8: -E8 / 10,
      entryPriceE8: entryE8,
    });
    const rate = Number(fundingRate(m).toFixed(8));
    const feeE8 = Math.round(rate * f.markOf('BTCUSDT') * 0.1);
    f.settleFunding(28_800_000);
    expect(account.walletE8).toBe(100_000 * E8 - feeE8);
    expect(f.ledger.account('bob').walletE8).toBe(100_000 * E8 + feeE8);
    expect(account.income.at(-1)).toMatchObject({ incomeType: 'FUNDING_FEE', incomeE8: -feeE8 });
    expect(events).toHaveLength(1);
    expect(validateAccountUpdateEvent(events[0])).toBe(true);
    // A cross position's fee lists the balance only.
    expect(events[0]).toMatchObject({ a: { m: 'FUNDING_FEE', P: [] } });
    expect(fundingHistory(m, 28_800_001, 1)).toEqual([
      { fundingRate: rate.toFixed(8), fundingTime: 28_800_000, markPrice: expect.any(String) },
    ]);
  });

  it("lists an isolated position's funding with that position, margin in iw", () => {
    const { account, events, entryE8, f } = setUp(100_000);
    account.isolated.add('BTCUSDT');
    Object.assign(f.ledger.position('alice', 'BTCUSDT', 'BOTH'), {
      amountE8: E8 / 10,
      entryPriceE8: entryE8,
    });
    f.settleFunding(57_600_000);
    expect(events).toHaveLength(1);
    expect(validateAccountUpdateEvent(events[0])).toBe(true);
    const margin = (Math.ceil(entryE8 / 10 / 20) / E8).toFixed(8);
    expect(events[0]).toMatchObject({
      a: { m: 'FUNDING_FEE', P: [{ s: 'BTCUSDT', pa: '0.10000000', mt: 'isolated', iw: margin }] },
    });
  });
});
