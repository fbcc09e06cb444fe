/**
 * Transfers between a master account and its sub-accounts (Binance's sub_account docs, "Asset
 * Management"): the master's universal transfer and its history, and a sub-account's transfer to its master or to
 * another sub-account of the same master. Each moves funds between engine accounts
 * (`move-funds.ts`), so the user data stream of each account involved gets `balanceUpdate` and
 * `outboundAccountPosition`. Account types SPOT, MARGIN (cross) and ISOLATED_MARGIN (with
 * `symbol`) are simulated, in the scenarios the docs list; futures and ALPHA are -1000, not
 * simulated.
 */
import { formatE8 } from '../../engine/amounts';
import type { MarginLoans } from '../../engine/margin-loans';
import type { SubAccounts } from '../../engine/sub-accounts';
import type { ApiDeps } from '../deps';
import { errors } from '../errors';
import type { ApiMethod, CallContext } from '../method';
import type { Params } from '../params';
import { crossAccountId, isolatedAccountId } from './margin-account-id';
import { assetAmount, moveFunds } from './move-funds';
import { masterMethod, subAccountOf } from './sub-accounts';

const TYPES = ['SPOT', 'USDT_FUTURE', 'COIN_FUTURE', 'MARGIN', 'ISOLATED_MARGIN', 'ALPHA'] as const;
type AccountType = (typeof TYPES)[number];
const isMargin = (type: AccountType) => type === 'MARGIN' || type === 'ISOLATED_MARGIN';

export function subAccountTransferMethods(
  deps: ApiDeps,
  subs: SubAccounts,
  loans: MarginLoans,
): ApiMethod[] {
  let nextTranId = 11_945_860_693;
  const history: Transfer[] = [];
  const move = (params: Params, ctx: CallContext, source: string, target: string) => {
    moveFunds(deps.engine.accounts, loans, { source, target, ...assetAmount(params) }, ctx.now);
    return nextTranId++;
  };
  /** The caller as a sub-account (-1002 when it is none). */
  const subOf = (ctx: CallContext) => {
    const sub = subs.byAccount(ctx.caller!.accountId);
    if (sub === undefined) throw errors.unauthorized();
    return sub;
  };
  const bySub = (path: string, target: (params: Params, ctx: CallContext) => string) => ({
    rest: { method: 'POST' as const, path },
    security: 'USER_DATA' as const,
    weight: 1,
    weightType: 'IP' as const,
    handle: (params: Params, ctx: CallContext) => ({
      txnId: String(move(params, ctx, subOf(ctx).accountId, target(params, ctx))),
    }),
  });
  return [
    masterMethod(subs, 'POST /sapi/v1/sub-account/universalTransfer', [360, 'UID'], (p, c, m) => {
      const from = p.oneOf('fromAccountType', TYPES, true);
      const to = p.oneOf('toAccountType', TYPES, true);
      const fromEmail = p.string('fromEmail');
      const toEmail = p.string('toEmail');
      checkScenario(from, to, fromEmail, toEmail);
      const owner = (email: string | undefined, name: string) =>
        email === undefined ? m : subAccountOf(subs, m, p, name).accountId;
      const source = wallet(p, owner(fromEmail, 'fromEmail'), from);
      const target = wallet(p, owner(toEmail, 'toEmail'), to);
      const clientTranId = p.string('clientTranId');
      const tranId = move(p, c, source, target);
      history.push({
        master: m,
        tranId,
        fromEmail: subs.emailOf(owner(fromEmail, 'fromEmail')),
        toEmail: subs.emailOf(owner(toEmail, 'toEmail')),
        ...assetAmount(p),
        createTimeStamp: c.now,
        fromAccountType: from,
        toAccountType: to,
        clientTranId,
      });
      return clientTranId === undefined ? { tranId } : { tranId, clientTranId };
    }),
    masterMethod(subs, 'GET /sapi/v1/sub-account/universalTransfer', [1, 'IP'], (p, c, m) =>
      transferHistory(history, p, c.now, m, subs),
    ),
    bySub('/sapi/v1/sub-account/transfer/subToMaster', (_p, ctx) => subOf(ctx).master),
    bySub('/sapi/v1/sub-account/transfer/subToSub', (params, ctx) => {
      return subAccountOf(subs, subOf(ctx).master, params, 'toEmail').accountId;
    }),
  ];
}

interface Transfer {
  readonly master: string;
  readonly tranId: number;
  readonly fromEmail: string;
  readonly toEmail: string;
  readonly asset: string;
  readonly amountE8: number;
  readonly createTimeStamp: number;
  readonly fromAccountType: AccountType;
  readonly toAccountType: AccountType;
  readonly clientTranId: string | undefined;
}

const WEEK_MS = 7 * 86_400_000;

/**
 * The master's transfers from `fromEmail` or to `toEmail` (not both: -1130), else from the
 * master; in at most 7 days (the last 7 by default), newest first, a page at a time.
 */
function transferHistory(
  history: readonly Transfer[],
  params: Params,
  now: number,
  master: string,
  subs: SubAccounts,
) {
  const fromEmail = params.string('fromEmail');
  const toEmail = params.string('toEmail');
  if (fromEmail !== undefined && toEmail !== undefined) throw errors.invalidParam('toEmail');
  const clientTranId = params.string('clientTranId');
  const end = params.integer('endTime') ?? now;
  const start = params.integer('startTime') ?? end - WEEK_MS;
  if (end - start > WEEK_MS) throw errors.invalidParam('endTime');
  const page = params.limit('page', 1, 1, Number.MAX_SAFE_INTEGER);
  const limit = params.limit('limit', 500, 1, 500);
  const found = history
    .filter(
      (t) =>
        t.master === master &&
        (toEmail !== undefined
          ? t.toEmail === toEmail
          : t.fromEmail === (fromEmail ?? subs.emailOf(master))) &&
        (clientTranId === undefined || t.clientTranId === clientTranId) &&
        t.createTimeStamp >= start &&
        t.createTimeStamp <= end,
    )
    .reverse();
  return {
    result: found
      .slice((page - 1) * limit, page * limit)
      .map(({ master: _m, amountE8, clientTranId: id, ...t }) => ({
        ...t,
        amount: formatE8(amountE8),
        status: 'SUCCESS',
        ...(id === undefined ? {} : { clientTranId: id }),
      })),
    totalCount: found.length,
  };
}

/**
 * The docs' scenarios: SPOT to SPOT (or futures) between any two; master SPOT to a sub-account's
 * margin and back; sub-account cross margin to sub-account cross margin. The same type on both
 * sides needs fromEmail or toEmail (-1102); another scenario is -1130 on toAccountType.
 */
function checkScenario(from: AccountType, to: AccountType, fromEmail?: string, toEmail?: string) {
  if (from === to && fromEmail === undefined && toEmail === undefined) {
    throw errors.eitherMandatory('fromEmail', 'toEmail');
  }
  if (!isMargin(from) && !isMargin(to)) return;
  const masterSpotToSub = from === 'SPOT' && fromEmail === undefined && toEmail !== undefined;
  const subToMasterSpot = to === 'SPOT' && toEmail === undefined && fromEmail !== undefined;
  const crossToCross = from === 'MARGIN' && to === 'MARGIN' && !!fromEmail && !!toEmail;
  const allowed = isMargin(to) ? masterSpotToSub || crossToCross : subToMasterSpot;
  if (!allowed) throw errors.invalidParam('toAccountType');
}

/** The engine account of one side: Spot, cross margin, or the isolated margin of `symbol`. */
function wallet(params: Params, owner: string, type: AccountType): string {
  if (type === 'SPOT') return owner;
  if (type === 'MARGIN') return crossAccountId(owner);
  if (type === 'ISOLATED_MARGIN') return isolatedAccountId(owner, params.string('symbol', true));
  throw errors.notSimulated(`Transfers with ${type} are`);
}
