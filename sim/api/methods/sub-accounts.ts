/**
 * Sub-account management seen by the master (Binance's sub_account docs): create a virtual
 * sub-account, list them, and the summary and detail of their cross margin accounts (the IP
 * restrictions of their API keys are in `sub-account-api-ip.ts`). A request
 * naming an email that is not one of the caller's sub-accounts is -1130 on `email`; a
 * sub-account calling a master's endpoint is -1002.
 */
import type { SubAccount, SubAccounts } from '../../engine/sub-accounts';
import { errors } from '../errors';
import type { ApiMethod, CallContext, RestBinding, Security } from '../method';
import type { Params } from '../params';
import { crossAccountId } from './margin-account-id';
import { assetAnswer, btcTotals, type MarginValuation } from './margin-valuation';

const SUB_ACCOUNT_STRING = /^[A-Za-z0-9]{1,32}$/;

/** The caller as a master account: its id (-1002 when it is a sub-account). */
export function masterOf(subs: SubAccounts, ctx: CallContext): string {
  const caller = ctx.caller!.accountId;
  if (subs.byAccount(caller) !== undefined) throw errors.unauthorized();
  return caller;
}

/** The master's sub-account named by the parameter `name` (-1130 when it is not one). */
export function subAccountOf(subs: SubAccounts, master: string, params: Params, name: string) {
  const sub = subs.find(master, params.string(name, true));
  if (sub === undefined) throw errors.invalidParam(name);
  return sub;
}

/** A SAPI method of the master account (`route` is `<HTTP method> <path>`). */
export function masterMethod(
  subs: SubAccounts,
  route: `${RestBinding['method']} /sapi/${string}`,
  weight: [number, 'IP' | 'UID'],
  handle: (params: Params, ctx: CallContext, master: string) => unknown,
  security: Security = 'USER_DATA',
): ApiMethod {
  const [method, path] = route.split(' ') as [RestBinding['method'], string];
  const [cost, weightType] = weight;
  return {
    rest: { method, path },
    security,
    weight: cost,
    weightType,
    handle: (params, ctx) => handle(params, ctx, masterOf(subs, ctx)),
  };
}

export function subAccountMethods(subs: SubAccounts, valuation: MarginValuation): ApiMethod[] {
  const marginOf = (sub: SubAccount) => valuation.value(crossAccountId(sub.accountId));
  return [
    masterMethod(subs, 'POST /sapi/v1/sub-account/virtualSubAccount', [1, 'IP'], (p, ctx, m) => {
      const name = p.string('subAccountString', true);
      if (!SUB_ACCOUNT_STRING.test(name)) throw errors.invalidParam('subAccountString');
      const sub = subs.create(m, name, ctx.now);
      if (sub === undefined) throw errors.invalidParam('subAccountString');
      return { email: sub.email };
    }),
    masterMethod(subs, 'GET /sapi/v1/sub-account/list', [1, 'IP'], (params, _ctx, master) => {
      const email = params.string('email');
      const frozen = params.oneOf('isFreeze', ['true', 'false'] as const);
      const page = params.limit('page', 1, 1, Number.MAX_SAFE_INTEGER);
      const limit = params.limit('limit', 1, 1, 200);
      const found = subs
        .of(master)
        .filter((s) => (email === undefined || s.email === email) && frozen !== 'true');
      return {
        subAccounts: found.slice((page - 1) * limit, page * limit).map((s) => ({
          subUserId: s.subUserId,
          email: s.email,
          remark: '',
          isFreeze: false,
          createTime: s.createTime,
          isManagedSubAccount: false,
          isAssetManagementSubAccount: false,
        })),
      };
    }),
    masterMethod(subs, 'GET /sapi/v1/sub-account/margin/accountSummary', [10, 'IP'], (p, c, m) => {
      const each = subs.of(m).map((sub) => ({ email: sub.email, value: marginOf(sub) }));
      const sum = (key: 'totalE8' | 'liabilityE8') => each.reduce((t, e) => t + e.value[key], 0);
      return {
        ...btcTotals({ totalE8: sum('totalE8'), liabilityE8: sum('liabilityE8') }),
        subAccountList: each.map((e) => ({ email: e.email, ...btcTotals(e.value) })),
      };
    }),
    masterMethod(subs, 'GET /sapi/v1/sub-account/margin/account', [10, 'IP'], (p, _c, m) => {
      const sub = subAccountOf(subs, m, p, 'email');
      const v = marginOf(sub);
      return {
        email: sub.email,
        marginLevel: v.marginLevel,
        ...btcTotals(v),
        marginTradeCoeffVo: {
          forceLiquidationBar: '1.10000000',
          marginCallBar: '1.50000000',
          normalBar: '2.00000000',
        },
        marginUserAssetVoList: v.assets.map(assetAnswer),
      };
    }),
  ];
}
