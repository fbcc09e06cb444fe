/**
 * Transfers between a master account and its sub-accounts (Binance's sub_account docs, "Asset
 * Management"): the master's universal transfer, and a sub-account's transfer to its master or to
 * another sub-account of the same master. Each moves funds between engine accounts
 * (`move-funds.ts`), so the user data stream of each account involved gets `balanceUpdate` and
 * `outboundAccountPosition`. Account types SPOT, MARGIN (cross) and ISOLATED_MARGIN (with
 * `symbol`) are simulated, in the scenarios the docs list; futures and ALPHA are -1000, not
 * simulated.
 */
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
      return clientTranId === undefined ? { tranId } : { tranId, clientTranId };
    }),
    bySub('/sapi/v1/sub-account/transfer/subToMaster', (_p, ctx) => subOf(ctx).master),
    bySub('/sapi/v1/sub-account/transfer/subToSub', (params, ctx) => {
      return subAccountOf(subs, subOf(ctx).master, params, 'toEmail').accountId;
    }),
  ];
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
