/**
 * Margin user data by listen token (Binance's margin docs, "listenToken Subscription Methods"):
 * `POST /sapi/v1/userListenToken` issues a token for the caller's cross margin account (or, with
 * `isIsolated=true` and `symbol`, an isolated one) valid for `validity` ms (24 hours, the most,
 * by default); `userDataStream.subscribe.listenToken` on the WebSocket API (any connection, logged
 * on or not) subscribes that account's events, the engine's events of `<account>:margin` or
 * `<account>:isolated:<SYMBOL>`, apart from the Spot account's. Subscribing a newer token of the
 * same account on the same connection extends the subscription (same id); at the expiry it ends
 * with `eventStreamTerminated`. An unknown or expired token is -1209.
 */
import { randomBytes } from 'node:crypto';
import { sessionOf } from '../../ws-api/session';
import { errors } from '../errors';
import type { ApiMethod } from '../method';
import type { Params } from '../params';
import { crossAccountId, isolatedAccountId } from './margin-account-id';

/** Binance's default and largest validity: 24 hours. */
export const MAX_VALIDITY_MS = 86_400_000;

interface Issued {
  readonly accountId: string;
  readonly expirationTime: number;
}

export function listenTokenMethods(): ApiMethod[] {
  const tokens = new Map<string, Issued>();
  const forget = (now: number) => {
    for (const [token, issued] of tokens) if (issued.expirationTime <= now) tokens.delete(token);
  };
  return [
    {
      rest: { method: 'POST', path: '/sapi/v1/userListenToken' },
      security: 'USER_DATA',
      weight: 1,
      weightType: 'UID',
      handle: (params, ctx) => {
        const owner = ctx.caller!.accountId;
        const validity = params.integer('validity') ?? MAX_VALIDITY_MS;
        if (validity < 1 || validity > MAX_VALIDITY_MS) throw errors.invalidParam('validity');
        const symbol = isolatedSymbolOf(params);
        const accountId =
          symbol === undefined ? crossAccountId(owner) : isolatedAccountId(owner, symbol);
        forget(ctx.now);
        const token = randomBytes(36).toString('base64');
        const expirationTime = ctx.now + validity;
        tokens.set(token, { accountId, expirationTime });
        return { token, expirationTime };
      },
    },
    {
      wsApi: 'userDataStream.subscribe.listenToken',
      security: 'NONE',
      weight: 2,
      handle: (params, ctx) => {
        const issued = tokens.get(params.string('listenToken', true));
        if (issued === undefined || issued.expirationTime <= ctx.now) {
          throw errors.invalidListenToken();
        }
        const { subscriptions } = sessionOf(ctx);
        const { accountId, expirationTime } = issued;
        const subscriptionId = subscriptions.startListenToken(accountId, expirationTime, ctx.now);
        return { subscriptionId, expirationTime };
      },
    },
  ];
}

/** `isIsolated` (Binance: BOOLEAN, `true` or `false`) and the `symbol` it then requires. */
function isolatedSymbolOf(params: Params): string | undefined {
  const isolated = params.string('isIsolated')?.toLowerCase();
  if (isolated !== undefined && isolated !== 'true' && isolated !== 'false') {
    throw errors.invalidParam('isIsolated');
  }
  if (isolated !== 'true') return undefined;
  const symbol = params.string('symbol');
  if (symbol === undefined) throw errors.mandatory('symbol');
  return symbol;
}
