/**
 * Margin special keys for low-latency trading (Binance's margin_trading docs, "Trade"): create,
 * query, list, edit the IP list and delete. A special key is an HMAC key of the caller's account
 * (`keys.ts`), so it signs margin requests like any of its keys; each belongs to the cross margin
 * account or, with `symbol`, to that isolated margin account. Query, edit and delete (without
 * `apiName`) act on the key that signs the request: another key is -2015, as for a key without
 * the permission. Not simulated: `publicKey` (registering an RSA or Ed25519 key) is -1000, the IP
 * list is kept but not enforced, and the account's special key mode has no effect.
 */
import type { ApiDeps } from '../deps';
import { errors } from '../errors';
import type { ApiMethod, CallContext, RestBinding } from '../method';
import type { Params } from '../params';

interface SpecialKey {
  readonly owner: string;
  /** The isolated margin symbol, or '' for cross margin. */
  readonly scope: string;
  readonly apiName: string;
  readonly apiKey: string;
  ip: string;
  readonly permissionMode: string;
}

const answer = (k: SpecialKey) => ({
  apiName: k.apiName,
  apiKey: k.apiKey,
  ip: k.ip,
  type: 'HMAC_SHA256',
  permissionMode: k.permissionMode,
});

export function marginSpecialKeyMethods(deps: ApiDeps): ApiMethod[] {
  const keys = new Map<string, SpecialKey>();
  const scopeOf = (params: Params) => params.string('symbol') ?? '';
  /** The special key signing the request, in the requested scope (-2015 otherwise). */
  const signing = (params: Params, ctx: CallContext): SpecialKey => {
    const key = keys.get(ctx.caller!.apiKey);
    if (key === undefined || key.scope !== scopeOf(params)) throw errors.rejectedKey();
    return key;
  };
  const revoke = (key: SpecialKey) => {
    keys.delete(key.apiKey);
    deps.keys.revoke(key.apiKey);
  };
  const method = (
    route: `${RestBinding['method']} /sapi/${string}`,
    handle: (params: Params, ctx: CallContext) => unknown,
  ): ApiMethod => {
    const [verb, path] = route.split(' ') as [RestBinding['method'], string];
    return {
      rest: { method: verb, path },
      security: 'TRADE',
      weight: 1,
      weightType: 'UID',
      handle,
    };
  };
  return [
    method('POST /sapi/v1/margin/apiKey', (params, ctx) => {
      const apiName = params.string('apiName', true);
      if (params.has('publicKey')) throw errors.notSimulated('Special keys with a publicKey are');
      const owner = ctx.caller!.accountId;
      const { apiKey, secret } = deps.keys.issueHmac(owner);
      keys.set(apiKey, {
        owner,
        scope: scopeOf(params),
        apiName,
        apiKey,
        ip: params.string('ip') ?? '',
        permissionMode: params.oneOf('permissionMode', ['TRADE', 'READ'] as const) ?? 'TRADE',
      });
      return { apiKey, secretKey: secret, type: 'HMAC_SHA256' };
    }),
    method('GET /sapi/v1/margin/apiKey', (params, ctx) => answer(signing(params, ctx))),
    method('GET /sapi/v1/margin/api-key-list', (params, ctx) =>
      [...keys.values()]
        .filter((k) => k.owner === ctx.caller!.accountId && k.scope === scopeOf(params))
        .map(answer),
    ),
    method('PUT /sapi/v1/margin/apiKey/ip', (params, ctx) => {
      signing(params, ctx).ip = params.string('ip', true);
      return {};
    }),
    method('DELETE /sapi/v1/margin/apiKey', (params, ctx) => {
      const apiName = params.string('apiName');
      if (apiName === undefined) {
        revoke(signing(params, ctx));
        return {};
      }
      const named = [...keys.values()].filter(
        (k) =>
          k.owner === ctx.caller!.accountId && k.scope === scopeOf(params) && k.apiName === apiName,
      );
      if (named.length === 0) throw errors.invalidParam('apiName');
      named.forEach(revoke);
      return {};
    }),
  ];
}
