// Generated from spec/operations/subscribe-user-data-stream-listen-token.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import type { OperationDescriptor, Validator, WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/subscribe-user-data-stream-listen-token';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateSubscribeUserDataStreamListenTokenResponse: Validator = validate;

/** Parameters of Subscribe to User Data Stream using listenToken (USER_STREAM) (WebSocket API `userDataStream.subscribe.listenToken`). */
export interface SubscribeUserDataStreamListenTokenParams {
  /** The token of createMarginListenTokenHttp. */
  listenToken: string;
}

/** Subscribe to User Data Stream using listenToken (USER_STREAM): the response body with Binance's names. Starts the user data stream of the margin account a listen token names (`createMarginListenTokenHttp`), on any connection, logged on or not, beside other accounts' subscriptions; events (`executionReport`, `outboundAccountPosition`, `balanceUpdate`, `listStatus`) then arrive as `{subscriptionId, event}`. Binance does not renew it: calling it again with a newer token of the same account before `expirationTime` extends the subscription to the new token's expiry; otherwise it ends with `eventStreamTerminated`. An invalid token is -1209. `session.userData({ listenToken })` does this, renews and restores it by itself. */
export interface SubscribeUserDataStreamListenTokenResponse {
  /** Id the events of this subscription carry. */
  subscriptionId: number;
  /** When the subscription ends unless renewed: the token's expirationTime. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  expirationTime: number;
}

/** Subscribe to User Data Stream using listenToken (USER_STREAM), parsed: readable names; decimals are exact strings unless `parseSubscribeUserDataStreamListenTokenResponse` is given a `decimal` converter. */
export interface ParsedSubscribeUserDataStreamListenTokenResponse {
  /** Id the events of this subscription carry. */
  subscriptionId: number;
  /** When the subscription ends unless renewed: the token's expirationTime. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  expirationTime: number;
}

/** Descriptor of Subscribe to User Data Stream using listenToken (USER_STREAM): data the runtime interprets. */
export const subscribeUserDataStreamListenTokenOperation: OperationDescriptor<SubscribeUserDataStreamListenTokenParams, SubscribeUserDataStreamListenTokenResponse> = { operation: "subscribeUserDataStreamListenToken", security: "NONE", weight: 2, params: {"listenToken":{"type":"string","required":true}}, wsApi: {"method":"userDataStream.subscribe.listenToken"}, schemaId: "https://binance-rx.dev/schemas/operations/subscribe-user-data-stream-listen-token.json", validate: validateSubscribeUserDataStreamListenTokenResponse };

/** Subscribe to User Data Stream using listenToken (USER_STREAM) over the WebSocket API (`userDataStream.subscribe.listenToken`): returns a function that sends one request per subscription and emits its `result`. Starts the user data stream of the margin account a listen token names (`createMarginListenTokenHttp`), on any connection, logged on or not, beside other accounts' subscriptions; events (`executionReport`, `outboundAccountPosition`, `balanceUpdate`, `listStatus`) then arrive as `{subscriptionId, event}`. Binance does not renew it: calling it again with a newer token of the same account before `expirationTime` extends the subscription to the new token's expiry; otherwise it ends with `eventStreamTerminated`. An invalid token is -1209. `session.userData({ listenToken })` does this, renews and restores it by itself. Weight 2. Security NONE. */
export function subscribeUserDataStreamListenTokenFactory(session: WsApiSession): (params: SubscribeUserDataStreamListenTokenParams) => Observable<SubscribeUserDataStreamListenTokenResponse> {
  return (params) => session.request(subscribeUserDataStreamListenTokenOperation, params);
}

/** Maps a raw `SubscribeUserDataStreamListenTokenResponse` to the readable `ParsedSubscribeUserDataStreamListenTokenResponse`. */
export function parseSubscribeUserDataStreamListenTokenResponse(raw: SubscribeUserDataStreamListenTokenResponse): ParsedSubscribeUserDataStreamListenTokenResponse {
  return { subscriptionId: raw.subscriptionId, expirationTime: raw.expirationTime };
}
