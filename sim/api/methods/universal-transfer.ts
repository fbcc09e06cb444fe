/**
 * Universal transfer (Binance's wallet docs, "Asset"): moving an asset between the caller's Spot
 * account (MAIN), cross margin account (MARGIN) and isolated margin accounts (ISOLATEDMARGIN,
 * named by fromSymbol / toSymbol), and the history of transfers. Each leg is a deposit on the
 * engine's accounts, so Spot user data streams get `balanceUpdate` and `outboundAccountPosition`
 * as on Binance. Futures, funding, options and portfolio margin wallets are not simulated: a
 * type naming one is refused with -1000 saying so. What a margin account owes cannot leave it
 * (max transfer-out, `MarginLoans`); a source without the funds is -2010.
 */
import { formatE8 } from '../../engine/amounts';
import type { MarginLoans } from '../../engine/margin-loans';
import type { ApiDeps } from '../deps';
import { errors } from '../errors';
import type { ApiMethod } from '../method';
import type { Params } from '../params';
import { crossAccountId, isolatedAccountId } from './margin-account-id';
import { assetAmount, moveFunds } from './move-funds';

interface Transfer {
  readonly owner: string;
  readonly type: string;
  readonly asset: string;
  readonly amountE8: number;
  readonly fromSymbol: string | undefined;
  readonly toSymbol: string | undefined;
  readonly tranId: number;
  readonly timestamp: number;
}

const SIMULATED = new Set(['MAIN', 'MARGIN', 'ISOLATEDMARGIN']);

export function universalTransferMethods(deps: ApiDeps, loans: MarginLoans): ApiMethod[] {
  const { accounts } = deps.engine;
  const history: Transfer[] = [];
  let nextTranId = 13_526_853_623;

  /** The engine account of one side of `type` (`MAIN`, `MARGIN`, `ISOLATEDMARGIN`). */
  const side = (owner: string, wallet: string, symbol: string | undefined, name: string) => {
    if (!SIMULATED.has(wallet)) throw errors.notSimulated(`Transfers with ${wallet} are`);
    if (wallet === 'MAIN') return owner;
    if (wallet === 'MARGIN') return crossAccountId(owner);
    if (symbol === undefined) throw errors.mandatory(name);
    return isolatedAccountId(owner, symbol);
  };
  const walletsOf = (params: Params): [string, string] => {
    const type = params.string('type', true);
    const [from, to] = type.replace('PORTFOLIO_MARGIN', 'PORTFOLIOMARGIN').split('_');
    if (from === undefined || to === undefined) throw errors.invalidParam('type');
    return [from, to];
  };

  return [
    {
      rest: { method: 'POST', path: '/sapi/v1/asset/transfer' },
      security: 'USER_DATA',
      weight: 900,
      weightType: 'UID',
      handle: (params, ctx) => {
        const owner = ctx.caller!.accountId;
        const [from, to] = walletsOf(params);
        const fromSymbol = params.string('fromSymbol');
        const toSymbol = params.string('toSymbol');
        const source = side(owner, from, fromSymbol, 'fromSymbol');
        const target = side(owner, to, toSymbol, 'toSymbol');
        const { asset, amountE8 } = assetAmount(params);
        moveFunds(accounts, loans, { source, target, asset, amountE8 }, ctx.now);
        const transfer = {
          owner,
          type: params.string('type', true),
          asset,
          amountE8,
          fromSymbol,
          toSymbol,
          tranId: nextTranId++,
          timestamp: ctx.now,
        };
        history.push(transfer);
        return { tranId: transfer.tranId };
      },
    },
    {
      rest: { method: 'GET', path: '/sapi/v1/asset/transfer' },
      security: 'USER_DATA',
      weight: 1,
      weightType: 'IP',
      handle: (params, ctx) => {
        const type = params.string('type', true);
        const end = params.integer('endTime') ?? ctx.now;
        const start = params.integer('startTime') ?? end - 7 * 86_400_000;
        const fromSymbol = params.string('fromSymbol');
        const toSymbol = params.string('toSymbol');
        const current = params.limit('current', 1, 1, Number.MAX_SAFE_INTEGER);
        const size = params.limit('size', 10, 1, 100);
        const rows = history
          .filter(
            (t) =>
              t.owner === ctx.caller!.accountId &&
              t.type === type &&
              t.timestamp >= start &&
              t.timestamp <= end &&
              (fromSymbol === undefined || t.fromSymbol === fromSymbol) &&
              (toSymbol === undefined || t.toSymbol === toSymbol),
          )
          .reverse();
        const page = rows.slice((current - 1) * size, current * size).map((t) => ({
          asset: t.asset,
          amount: formatE8(t.amountE8),
          type: t.type,
          status: 'CONFIRMED',
          tranId: t.tranId,
          timestamp: t.timestamp,
        }));
        // With no transfer, only the total (see the spec's `rows`).
        return rows.length === 0 ? { total: 0 } : { total: rows.length, rows: page };
      },
    },
  ];
}
