/**
 * User data stream methods of the WebSocket API (`web-socket-api.md`, "User Data Stream
 * requests"): `userDataStream.subscribe` (the logged-on account), `userDataStream.subscribe.signature`
 * (the account of a signed request's key), `userDataStream.unsubscribe` (one or all) and
 * `session.subscriptions`. They act on the connection's subscriptions and have no REST binding.
 */
import { sessionOf } from '../../ws-api/session';
import { ApiError, errors } from '../errors';
import type { ApiMethod } from '../method';

export function userStreamMethods(): ApiMethod[] {
  return [
    {
      wsApi: 'userDataStream.subscribe',
      security: 'USER_STREAM',
      weight: 2,
      handle: (_params, ctx) => {
        const session = sessionOf(ctx);
        if (session.logon === undefined) throw errors.rejectedKey();
        return { subscriptionId: session.subscriptions.start(session.logon.accountId, 'logon') };
      },
    },
    {
      wsApi: 'userDataStream.subscribe.signature',
      security: 'USER_DATA',
      weight: 2,
      handle: (params, ctx) => {
        // apiKey and signature are mandatory here even on a logged-on connection.
        params.string('apiKey', true);
        params.string('signature', true);
        const { subscriptions } = sessionOf(ctx);
        return { subscriptionId: subscriptions.start(ctx.caller!.accountId, 'signature') };
      },
    },
    {
      wsApi: 'userDataStream.unsubscribe',
      security: 'NONE',
      weight: 2,
      handle: (params, ctx) => {
        const { subscriptions } = sessionOf(ctx);
        const subscriptionId = params.integer('subscriptionId');
        if (subscriptionId === undefined) subscriptions.endAll(ctx.now);
        else if (!subscriptions.end(subscriptionId, ctx.now)) {
          throw new ApiError(-2036, 'User Data Stream subscription not active.');
        }
        return {};
      },
    },
    {
      wsApi: 'session.subscriptions',
      security: 'NONE',
      weight: 2,
      handle: (_params, ctx) =>
        sessionOf(ctx)
          .subscriptions.ids()
          .map((subscriptionId) => ({ subscriptionId })),
    },
  ];
}
