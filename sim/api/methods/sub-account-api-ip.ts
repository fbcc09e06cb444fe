/**
 * The IP restrictions of sub-account API keys, managed by the master (Binance's sub_account docs,
 * "API Management"): query, set (`/sapi/v2/…/ipRestriction`: status 1 unrestricted, 2 trusted IPs
 * only, and addresses to add) and remove addresses. The key must be one of the named
 * sub-account's keys (-1130 on `subAccountApiKey`). The restriction is kept and answered, not
 * enforced: requests are not checked against it (the local exchange sees only loopback callers).
 */
import type { SubAccounts } from '../../engine/sub-accounts';
import type { ApiDeps } from '../deps';
import { errors } from '../errors';
import type { ApiMethod, CallContext } from '../method';
import type { Params } from '../params';
import { masterMethod, subAccountOf } from './sub-accounts';

interface Restriction {
  restricted: boolean;
  ips: string[];
  updateTime: number;
}

const ipsOf = (text: string): string[] =>
  text
    .split(',')
    .map((ip) => ip.trim())
    .filter((ip) => ip !== '');

export function subAccountApiIpMethods(deps: ApiDeps, subs: SubAccounts): ApiMethod[] {
  const restrictions = new Map<string, Restriction>();
  /** The named sub-account key's restriction (unrestricted, no addresses, at first). */
  const restrictionOf = (params: Params, master: string) => {
    const sub = subAccountOf(subs, master, params, 'email');
    const apiKey = params.string('subAccountApiKey', true);
    if (keyOwner(deps, apiKey) !== sub.accountId) throw errors.invalidParam('subAccountApiKey');
    let restriction = restrictions.get(apiKey);
    if (restriction === undefined) {
      restriction = { restricted: false, ips: [], updateTime: sub.createTime };
      restrictions.set(apiKey, restriction);
    }
    return { apiKey, restriction };
  };
  const answer = (apiKey: string, r: Restriction) => ({
    ipList: r.ips,
    updateTime: r.updateTime,
    apiKey,
  });
  const change = (
    params: Params,
    ctx: CallContext,
    master: string,
    edit: (r: Restriction) => void,
  ) => {
    const { apiKey, restriction } = restrictionOf(params, master);
    edit(restriction);
    restriction.updateTime = ctx.now;
    return { apiKey, restriction };
  };
  const path = '/sub-account/subAccountApi/ipRestriction';
  return [
    masterMethod(subs, `GET /sapi/v1${path}`, [3000, 'UID'], (params, _ctx, master) => {
      const { apiKey, restriction: r } = restrictionOf(params, master);
      return { ipRestrict: String(r.restricted), ...answer(apiKey, r) };
    }),
    masterMethod(subs, `POST /sapi/v2${path}`, [3000, 'UID'], (params, ctx, master) => {
      const status = params.integer('status');
      if (status !== 1 && status !== 2) throw errors.invalidParam('status');
      const added = ipsOf(params.string('ipAddress') ?? '');
      const { apiKey, restriction: r } = change(params, ctx, master, (r) => {
        r.restricted = status === 2;
        r.ips = [...new Set([...r.ips, ...added])];
      });
      return { status: String(status), ...answer(apiKey, r) };
    }),
    masterMethod(subs, `DELETE /sapi/v1${path}/ipList`, [3000, 'UID'], (params, ctx, master) => {
      const removed = new Set(ipsOf(params.string('ipAddress', true)));
      const { apiKey, restriction: r } = change(params, ctx, master, (r) => {
        r.ips = r.ips.filter((ip) => !removed.has(ip));
      });
      return { ipRestrict: String(r.restricted), ...answer(apiKey, r) };
    }),
  ];
}

/** The account an API key of the exchange belongs to, or undefined for any other text. */
function keyOwner(deps: ApiDeps, apiKey: string): string | undefined {
  try {
    return deps.keys.caller(apiKey).accountId;
  } catch {
    return undefined;
  }
}
