// Generated from spec/operations/subscribe-user-data-stream.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import type { OperationDescriptor, Validator, WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/subscribe-user-data-stream';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateSubscribeUserDataStreamResponse: Validator = validate;

/** Parameters of Subscribe to User Data Stream (WebSocket API `userDataStream.subscribe`). It takes none. */
export type SubscribeUserDataStreamParams = Record<string, never>;

/** Subscribe to User Data Stream: the response body with Binance's names. Starts the user data stream of the account the connection is logged on with; events then arrive as `{subscriptionId, event}`. `session.userData()` does this (and restores it) by itself. */
export interface SubscribeUserDataStreamResponse {
  /** Id the events of this subscription carry. */
  subscriptionId: number;
}

/** Subscribe to User Data Stream, parsed: readable names; decimals are exact strings unless `parseSubscribeUserDataStreamResponse` is given a `decimal` converter. */
export interface ParsedSubscribeUserDataStreamResponse {
  /** Id the events of this subscription carry. */
  subscriptionId: number;
}

/** Descriptor of Subscribe to User Data Stream: data the runtime interprets. */
export const subscribeUserDataStreamOperation: OperationDescriptor<SubscribeUserDataStreamParams, SubscribeUserDataStreamResponse> = { operation: "subscribeUserDataStream", security: "USER_STREAM", weight: 2, params: {}, wsApi: {"method":"userDataStream.subscribe"}, schemaId: "https://binance-rx.dev/schemas/operations/subscribe-user-data-stream.json", validate: validateSubscribeUserDataStreamResponse };

/** Subscribe to User Data Stream over the WebSocket API (`userDataStream.subscribe`): returns a function that sends one request per subscription and emits its `result`. Starts the user data stream of the account the connection is logged on with; events then arrive as `{subscriptionId, event}`. `session.userData()` does this (and restores it) by itself. Weight 2. Security USER_STREAM. */
export function subscribeUserDataStreamFactory(session: WsApiSession): (params?: SubscribeUserDataStreamParams) => Observable<SubscribeUserDataStreamResponse> {
  return (params) => session.request(subscribeUserDataStreamOperation, params ?? {});
}

/** Maps a raw `SubscribeUserDataStreamResponse` to the readable `ParsedSubscribeUserDataStreamResponse`. */
export function parseSubscribeUserDataStreamResponse(raw: SubscribeUserDataStreamResponse): ParsedSubscribeUserDataStreamResponse {
  return { subscriptionId: raw.subscriptionId };
}
