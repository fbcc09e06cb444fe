/**
 * One transfer between two engine accounts (universal transfer, sub-account transfers): a
 * withdrawal and a deposit, so each side's user data stream gets `balanceUpdate` and
 * `outboundAccountPosition` as on Binance. The amount must be positive (-1130), and at most what
 * may leave the source: its free balance less what a margin account owes (-2010 otherwise).
 */
import { parseE8 } from '../../engine/amounts';
import type { Accounts } from '../../engine/accounts';
import type { MarginLoans } from '../../engine/margin-loans';
import { errors } from '../errors';
import type { Params } from '../params';

export interface FundsMove {
  readonly source: string;
  readonly target: string;
  readonly asset: string;
  readonly amountE8: number;
}

/** `asset` and a positive `amount` of the request. */
export function assetAmount(params: Params): { asset: string; amountE8: number } {
  const asset = params.string('asset', true);
  const amountE8 = parseE8('amount', params.decimal('amount', true));
  if (amountE8 <= 0) throw errors.invalidParam('amount');
  return { asset, amountE8 };
}

export function moveFunds(accounts: Accounts, loans: MarginLoans, move: FundsMove, now: number) {
  if (move.source === move.target) throw errors.invalidParam('type');
  if (move.amountE8 > loans.maxTransferable(move.source, move.asset)) {
    throw errors.insufficientBalance();
  }
  accounts.deposit(move.source, move.asset, -move.amountE8, now);
  accounts.deposit(move.target, move.asset, move.amountE8, now);
}
