// Generated from spec/operations/unsubscribe-user-data-stream.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import type { OperationDescriptor, Validator, WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/unsubscribe-user-data-stream';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateUnsubscribeUserDataStreamResponse: Validator = validate;

/** Parameters of Unsubscribe from User Data Stream (WebSocket API `userDataStream.unsubscribe`). */
export interface UnsubscribeUserDataStreamParams {
  /** The subscription to end; all of them when left out. */
  subscriptionId?: number;
}

/** Unsubscribe from User Data Stream: the response body with Binance's names. Ends one user data stream subscription of the connection, or all of them. */
export type UnsubscribeUserDataStreamResponse = Record<string, never>;

/** Unsubscribe from User Data Stream, parsed: readable names; decimals are exact strings unless `parseUnsubscribeUserDataStreamResponse` is given a `decimal` converter. */
export type ParsedUnsubscribeUserDataStreamResponse = Record<string, never>;

/** Descriptor of Unsubscribe from User Data Stream: data the runtime interprets. */
export const unsubscribeUserDataStreamOperation: OperationDescriptor<UnsubscribeUserDataStreamParams, UnsubscribeUserDataStreamResponse> = { operation: "unsubscribeUserDataStream", security: "NONE", weight: 2, params: {"subscriptionId":{"type":"integer","minimum":0}}, wsApi: {"method":"userDataStream.unsubscribe"}, schemaId: "https://binance-rx.dev/schemas/operations/unsubscribe-user-data-stream.json", validate: validateUnsubscribeUserDataStreamResponse };

/** Unsubscribe from User Data Stream over the WebSocket API (`userDataStream.unsubscribe`): returns a function that sends one request per subscription and emits its `result`. Ends one user data stream subscription of the connection, or all of them. Weight 2. Security NONE. */
export function unsubscribeUserDataStreamFactory(session: WsApiSession): (params?: UnsubscribeUserDataStreamParams) => Observable<UnsubscribeUserDataStreamResponse> {
  return (params) => session.request(unsubscribeUserDataStreamOperation, params ?? {});
}

/** Maps a raw `UnsubscribeUserDataStreamResponse` to the readable `ParsedUnsubscribeUserDataStreamResponse`. */
export function parseUnsubscribeUserDataStreamResponse(raw: UnsubscribeUserDataStreamResponse): ParsedUnsubscribeUserDataStreamResponse {
  void raw;
  return {  };
}
