// Generated from spec/operations/get-session-subscriptions.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import type { OperationDescriptor, Validator, WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-session-subscriptions';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetSessionSubscriptionsResponse: Validator = validate;

/** Parameters of Listing all subscriptions (WebSocket API `session.subscriptions`). It takes none. */
export type GetSessionSubscriptionsParams = Record<string, never>;

/** Listing all subscriptions: the response body with Binance's names. The user data stream subscriptions active on the connection. */
export type GetSessionSubscriptionsResponse = Array<{
  /** Subscription id. */
  subscriptionId: number;
}>;

/** Listing all subscriptions, parsed: readable names; decimals are exact strings unless `parseGetSessionSubscriptionsResponse` is given a `decimal` converter. */
export type ParsedGetSessionSubscriptionsResponse = Array<{
  /** Subscription id. */
  subscriptionId: number;
}>;

/** Descriptor of Listing all subscriptions: data the runtime interprets. */
export const getSessionSubscriptionsOperation: OperationDescriptor<GetSessionSubscriptionsParams, GetSessionSubscriptionsResponse> = { operation: "getSessionSubscriptions", security: "NONE", weight: 2, params: {}, wsApi: {"method":"session.subscriptions"}, schemaId: "https://binance-rx.dev/schemas/operations/get-session-subscriptions.json", validate: validateGetSessionSubscriptionsResponse };

/** Listing all subscriptions over the WebSocket API (`session.subscriptions`): returns a function that sends one request per subscription and emits its `result`. The user data stream subscriptions active on the connection. Weight 2. Security NONE. */
export function getSessionSubscriptionsFactory(session: WsApiSession): (params?: GetSessionSubscriptionsParams) => Observable<GetSessionSubscriptionsResponse> {
  return (params) => session.request(getSessionSubscriptionsOperation, params ?? {});
}

/** Maps a raw `GetSessionSubscriptionsResponse` to the readable `ParsedGetSessionSubscriptionsResponse`. */
export function parseGetSessionSubscriptionsResponse(raw: GetSessionSubscriptionsResponse): ParsedGetSessionSubscriptionsResponse {
  return raw.map((item0) => ({ subscriptionId: item0.subscriptionId }));
}
