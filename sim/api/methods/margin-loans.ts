/**
 * Margin borrow and repay (Binance's margin_trading docs, "Borrow and Repay", "Transfer"):
 * borrow / repay, their records, interest history, max borrowable and max transfer-out, over
 * `MarginLoans`
 * (sim/engine/margin-loans.ts, which says what is simplified).
 */
import { formatE8, parseE8 } from '../../engine/amounts';
import { interestAnswer } from '../../engine/margin-interest';
import { recordAnswer, type MarginLoans } from '../../engine/margin-loans';
import { errors } from '../errors';
import type { ApiMethod } from '../method';
import { marginMethod } from './margin-account-id';

const TYPES = ['BORROW', 'REPAY'] as const;
/** Without startTime and endTime, the last 7 days (as Binance answers). */
const WEEK_MS = 7 * 86_400_000;

export function marginLoanMethods(loans: MarginLoans): ApiMethod[] {
  return [
    marginMethod(
      'POST /sapi/v1/margin/borrow-repay',
      'USER_DATA',
      1500,
      'UID',
      (params, ctx, account) => {
        params.string('isIsolated', true);
        const asset = params.string('asset', true);
        const amountE8 = parseE8('amount', params.decimal('amount', true));
        if (amountE8 <= 0) throw errors.invalidParam('amount');
        const type = params.oneOf('type', TYPES, true);
        const record = loans.apply(
          account.accountId,
          account.isolatedSymbol,
          type,
          asset,
          amountE8,
          ctx.now,
        );
        return { tranId: record.txId };
      },
    ),
    marginMethod(
      'GET /sapi/v1/margin/borrow-repay',
      'USER_DATA',
      10,
      'IP',
      (params, ctx, account) => {
        const type = params.oneOf('type', TYPES, true);
        const txId = params.integer('txId');
        const start = params.integer('startTime');
        if (txId === undefined && start === undefined)
          throw errors.eitherMandatory('txId', 'startTime');
        const end = params.integer('endTime') ?? ctx.now;
        const asset = params.string('asset');
        const current = params.limit('current', 1, 1, Number.MAX_SAFE_INTEGER);
        const size = params.limit('size', 10, 1, 100);
        const rows = loans
          .records(account.accountId, type)
          .filter((r) =>
            txId !== undefined
              ? r.txId === txId
              : r.timestamp >= start! &&
                r.timestamp <= end &&
                (asset === undefined || r.asset === asset),
          );
        return {
          rows: rows.slice((current - 1) * size, current * size).map(recordAnswer),
          total: rows.length,
        };
      },
      'isolatedSymbol',
    ),
    marginMethod(
      'GET /sapi/v1/margin/interestHistory',
      'USER_DATA',
      1,
      'IP',
      (params, ctx, account) => {
        const asset = params.string('asset');
        const start = params.integer('startTime');
        const end = params.integer('endTime') ?? (start === undefined ? ctx.now : Infinity);
        const from = start ?? end - WEEK_MS;
        const current = params.limit('current', 1, 1, Number.MAX_SAFE_INTEGER);
        const size = params.limit('size', 10, 1, 100);
        const rows = loans.interest
          .records(account.accountId)
          .filter(
            (r) => r.time >= from && r.time <= end && (asset === undefined || r.asset === asset),
          );
        return {
          rows: rows.slice((current - 1) * size, current * size).map(interestAnswer),
          total: rows.length,
        };
      },
      'isolatedSymbol',
    ),
    marginMethod(
      'GET /sapi/v1/margin/maxBorrowable',
      'USER_DATA',
      50,
      'IP',
      (params, _ctx, account) => {
        const asset = params.string('asset', true);
        return {
          amount: formatE8(loans.maxBorrowable(account.accountId, asset)),
          borrowLimit: formatE8(loans.borrowLimit(asset)),
        };
      },
      'isolatedSymbol',
    ),
    marginMethod(
      'GET /sapi/v1/margin/maxTransferable',
      'USER_DATA',
      50,
      'IP',
      (params, _ctx, account) => ({
        amount: formatE8(loans.maxTransferable(account.accountId, params.string('asset', true))),
      }),
      'isolatedSymbol',
    ),
  ];
}
