/**
 * `POST /fapi/v1/positionMargin` and `GET /fapi/v1/positionMargin/history`: margin moved by hand
 * between the wallet and an isolated position. The ledger computes an isolated position's margin
 * from its entry (account-answers.ts); what is added here is kept beside it, per account and
 * position, counted into its `isolatedMargin` / `isolatedWallet`, and returned to the wallet when
 * the position closes. Binance's codes: -4054 when there is no isolated position (a cross
 * symbol's isolated position is 0), -4050 when the wallet cannot pay, -4051 when reducing more
 * than was added (the simulation keeps the entry margin). The liquidation engine (risk.ts) does
 * not count the added margin yet: an isolated position is liquidated as if none was added.
 */
import { ApiError, errors } from '../../api/errors';
import type { ApiMethod, CallContext } from '../../api/method';
import type { Params } from '../../api/params';
import { formatE8 } from '../../engine/amounts';
import type { Futures } from './futures';
import { MARGIN_ASSET, type FuturesAccount, type Position, type PositionSide } from './ledger';
import { marginTotals } from './margin';
import { decimalE8 } from './order-params';

interface MarginChange {
  readonly symbol: string;
  readonly type: 1 | 2;
  readonly amountE8: number;
  readonly time: number;
  readonly positionSide: PositionSide;
}

/** Margin added by hand, by account and `symbol:side`; the changes, by account. */
const added = new WeakMap<FuturesAccount, Map<string, number>>();
const history = new WeakMap<FuturesAccount, MarginChange[]>();

const keyOf = (p: Pick<Position, 'symbol' | 'side'>) => `${p.symbol}:${p.side}`;
const addedOf = (account: FuturesAccount): Map<string, number> => {
  let map = added.get(account);
  if (map === undefined) added.set(account, (map = new Map()));
  return map;
};

/** The margin added by hand to a position (0 when none). */
export const addedMarginE8 = (account: FuturesAccount, p: Position): number =>
  added.get(account)?.get(keyOf(p)) ?? 0;

const noPosition = () => new ApiError(-4054, 'Cannot add position margin: position is 0.');
const crossInsufficient = () => new ApiError(-4050, 'Cross balance insufficient.');
const isolatedInsufficient = () => new ApiError(-4051, 'Isolated balance insufficient.');

export function positionMarginMethods(futures: Futures): ApiMethod[] {
  const { ledger, engine, markOf } = futures;
  const accountId = (ctx: CallContext) => ctx.caller!.accountId;

  // A closed position gives its added margin back to the wallet.
  engine.listeners.add((order) => {
    const account = ledger.account(order.accountId);
    for (const [key, amountE8] of addedOf(account)) {
      const [symbol, side] = key.split(':') as [string, PositionSide];
      if (ledger.position(order.accountId, symbol, side).amountE8 !== 0) continue;
      account.walletE8 += amountE8;
      addedOf(account).delete(key);
    }
  });

  const change = (params: Params, ctx: CallContext) => {
    const account = ledger.account(accountId(ctx));
    const symbol = engine.symbol(params.string('symbol', true)).symbol;
    const side = params.oneOf('positionSide', ['BOTH', 'LONG', 'SHORT'] as const) ?? 'BOTH';
    const type = params.integer('type', true);
    if (type !== 1 && type !== 2) throw errors.invalidParam('type');
    const amountE8 = decimalE8(params, 'amount', true)!;
    if (amountE8 <= 0) throw errors.invalidParam('amount');
    const position = ledger.position(accountId(ctx), symbol, side);
    if (!account.isolated.has(symbol) || position.amountE8 === 0) throw noPosition();
    const map = addedOf(account);
    const before = map.get(keyOf(position)) ?? 0;
    if (type === 1) {
      const open = engine.ordersOfAccount(accountId(ctx));
      if (amountE8 > marginTotals(account, open, markOf).availableE8) throw crossInsufficient();
    } else if (amountE8 > before) throw isolatedInsufficient();
    const delta = type === 1 ? amountE8 : -amountE8;
    map.set(keyOf(position), before + delta);
    account.walletE8 -= delta;
    const changes = history.get(account) ?? [];
    history.set(account, [
      ...changes,
      { symbol, type, amountE8, time: ctx.now, positionSide: side },
    ]);
    return {
      amount: Number(formatE8(amountE8)),
      code: 200,
      msg: 'Successfully modify position margin.',
      type,
    };
  };

  const list = (params: Params, ctx: CallContext) => {
    const symbol = engine.symbol(params.string('symbol', true)).symbol;
    const type = params.integer('type');
    const from = params.integer('startTime') ?? 0;
    const to = params.integer('endTime') ?? Number.MAX_SAFE_INTEGER;
    return (history.get(ledger.account(accountId(ctx))) ?? [])
      .filter((c) => c.symbol === symbol && (type === undefined || c.type === type))
      .filter((c) => c.time >= from && c.time <= to)
      .slice(-params.limit('limit', 500, 1, 10_000))
      .map((c) => ({
        symbol: c.symbol,
        type: c.type,
        deltaType: 'USER_ADJUST',
        amount: formatE8(c.amountE8),
        asset: MARGIN_ASSET,
        time: c.time,
        positionSide: c.positionSide,
      }));
  };

  return [
    {
      rest: { method: 'POST', path: '/fapi/v1/positionMargin' },
      security: 'TRADE',
      weight: 1,
      handle: change,
    },
    {
      rest: { method: 'GET', path: '/fapi/v1/positionMargin/history' },
      security: 'USER_DATA',
      weight: 1,
      handle: list,
    },
  ];
}
