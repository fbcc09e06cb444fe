/**
 * STRATEGY_UPDATE and GRID_UPDATE (grid strategies made in Binance's app, reported on the
 * listen-key stream): picked out of the user data messages by their operators, checked against
 * their schemas (a missing required field is refused, not passed on), and parsed.
 */
import { firstValueFrom, from, toArray } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { onGridUpdate, parseGridUpdateEvent } from '../../../generated/usdm/user-data/grid-update';
import {
  onStrategyUpdate,
  parseStrategyUpdateEvent,
} from '../../../generated/usdm/user-data/strategy-update';
import type { UserDataMessage } from '../../../src';

const strategy = {
  e: 'STRATEGY_UPDATE',
  T: 1669261797627,
  E: 1669261797628,
  su: { si: 176054594, st: 'GRID', ss: 'NEW', s: 'BTCUSDT', ut: 1669261797627, c: 8007 },
};
const grid = {
  e: 'GRID_UPDATE',
  T: 1669262908216,
  E: 1669262908218,
  gu: {
    si: 176057039,
    st: 'GRID',
    ss: 'WORKING',
    s: 'BTCUSDT',
    r: '-0.00300716',
    up: '16720',
    uq: '-0.001',
    uf: '-0.00300716',
    mp: '0.0',
    ut: 1669262908197,
  },
};
const message = (event: object): UserDataMessage =>
  ({ subscriptionId: 0, event }) as unknown as UserDataMessage;

describe('USDⓈ-M strategy user data events', () => {
  it('picks out each event by its type and parses it', async () => {
    const messages = [strategy, grid].map(message);
    const strategies = await firstValueFrom(from(messages).pipe(onStrategyUpdate(), toArray()));
    const grids = await firstValueFrom(from(messages).pipe(onGridUpdate(), toArray()));
    expect(strategies.map((e) => parseStrategyUpdateEvent(e).strategy)).toEqual([
      {
        strategyId: 176054594,
        strategyType: 'GRID',
        strategyStatus: 'NEW',
        symbol: 'BTCUSDT',
        updateTime: 1669261797627,
        opCode: 8007,
      },
    ]);
    const parsed = parseGridUpdateEvent(grids[0]!, { decimal: Number });
    expect(grids).toHaveLength(1);
    expect(parsed.grid).toMatchObject({ realizedPnl: -0.00300716, unmatchedQuantity: -0.001 });
  });

  it('refuses an event missing a field Binance always sends, and accepts one without opCode', async () => {
    const invalid: unknown[] = [];
    const { c: _opCode, ...withoutOpCode } = strategy.su;
    const { r: _pnl, ...withoutPnl } = grid.gu;
    const messages = [
      message({ ...strategy, su: withoutOpCode }),
      message({ ...grid, gu: withoutPnl }),
    ];
    const onInvalid = (error: unknown) => invalid.push(error);
    const strategies = await firstValueFrom(
      from(messages).pipe(onStrategyUpdate({ onInvalid }), toArray()),
    );
    const grids = await firstValueFrom(from(messages).pipe(onGridUpdate({ onInvalid }), toArray()));
    expect(strategies).toHaveLength(1);
    expect(grids).toEqual([]);
    expect(invalid).toHaveLength(1);
  });
});
