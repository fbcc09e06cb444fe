// Generated from spec/operations/subscribe-user-data-stream-signature.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import type { OperationDescriptor, Validator, WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/subscribe-user-data-stream-signature';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateSubscribeUserDataStreamSignatureResponse: Validator = validate;

/** Parameters of Subscribe to User Data Stream through signature subscription (WebSocket API `userDataStream.subscribe.signature`). It takes none. */
export type SubscribeUserDataStreamSignatureParams = Record<string, never>;

/** Subscribe to User Data Stream through signature subscription: the response body with Binance's names. Starts the user data stream of the account of a signed request's key (any key type), on any connection, logged on or not, and beside other accounts' (one subscription per account, up to 1000 per connection); events then arrive as `{subscriptionId, event}`. Binance heads it USER_STREAM but it takes `timestamp` and `signature`, so it is signed here like USER_DATA. `session.userData()` (the session's account) and `session.userData(credentials)` (another account's) do this, and restore it, by themselves. */
export interface SubscribeUserDataStreamSignatureResponse {
  /** Id the events of this subscription carry. */
  subscriptionId: number;
}

/** Subscribe to User Data Stream through signature subscription, parsed: readable names; decimals are exact strings unless `parseSubscribeUserDataStreamSignatureResponse` is given a `decimal` converter. */
export interface ParsedSubscribeUserDataStreamSignatureResponse {
  /** Id the events of this subscription carry. */
  subscriptionId: number;
}

/** Descriptor of Subscribe to User Data Stream through signature subscription: data the runtime interprets. */
export const subscribeUserDataStreamSignatureOperation: OperationDescriptor<SubscribeUserDataStreamSignatureParams, SubscribeUserDataStreamSignatureResponse> = { operation: "subscribeUserDataStreamSignature", security: "USER_DATA", weight: 2, params: {}, wsApi: {"method":"userDataStream.subscribe.signature"}, schemaId: "https://binance-rx.dev/schemas/operations/subscribe-user-data-stream-signature.json", validate: validateSubscribeUserDataStreamSignatureResponse };

/** Subscribe to User Data Stream through signature subscription over the WebSocket API (`userDataStream.subscribe.signature`): returns a function that sends one request per subscription and emits its `result`. Starts the user data stream of the account of a signed request's key (any key type), on any connection, logged on or not, and beside other accounts' (one subscription per account, up to 1000 per connection); events then arrive as `{subscriptionId, event}`. Binance heads it USER_STREAM but it takes `timestamp` and `signature`, so it is signed here like USER_DATA. `session.userData()` (the session's account) and `session.userData(credentials)` (another account's) do this, and restore it, by themselves. Weight 2. Security USER_DATA. */
export function subscribeUserDataStreamSignatureFactory(session: WsApiSession): (params?: SubscribeUserDataStreamSignatureParams) => Observable<SubscribeUserDataStreamSignatureResponse> {
  return (params) => session.request(subscribeUserDataStreamSignatureOperation, params ?? {});
}

/** Maps a raw `SubscribeUserDataStreamSignatureResponse` to the readable `ParsedSubscribeUserDataStreamSignatureResponse`. */
export function parseSubscribeUserDataStreamSignatureResponse(raw: SubscribeUserDataStreamSignatureResponse): ParsedSubscribeUserDataStreamSignatureResponse {
  return { subscriptionId: raw.subscriptionId };
}
