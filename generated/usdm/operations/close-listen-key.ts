// Generated from spec/usdm/operations/close-listen-key.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator, type WsApiSession } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/close-listen-key';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateCloseListenKeyResponse: Validator = validate;

/** Parameters of Close User Data Stream (`DELETE /fapi/v1/listenKey`, WebSocket API `userDataStream.stop`). It takes none. */
export type CloseListenKeyParams = Record<string, never>;

/** Close User Data Stream: the response body with Binance's names. Closes the API key's user data stream. */
export type CloseListenKeyResponse = Record<string, never>;

/** Close User Data Stream, parsed: readable names; decimals are exact strings unless `parseCloseListenKeyResponse` is given a `decimal` converter. */
export type ParsedCloseListenKeyResponse = Record<string, never>;

/** Descriptor of Close User Data Stream: data the runtime interprets. */
export const closeListenKeyOperation: OperationDescriptor<CloseListenKeyParams, CloseListenKeyResponse> = { operation: "closeListenKey", security: "USER_STREAM", weight: 1, params: {}, rest: {"method":"DELETE","path":"/fapi/v1/listenKey"}, wsApi: {"method":"userDataStream.stop"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/close-listen-key.json", validate: validateCloseListenKeyResponse };

/**
 * Close User Data Stream: `DELETE /fapi/v1/listenKey`. Closes the API key's user data stream.
 *
 * Emits the full JSON body once, then completes; parse it with `parseCloseListenKeyResponse` if you want readable names. Weight 1. Security USER_STREAM.
 */
export function closeListenKeyHttp(params?: CloseListenKeyParams, client?: HttpClient): Observable<CloseListenKeyResponse> {
  return requestHttp(closeListenKeyOperation, params ?? {}, client);
}

/** Close User Data Stream over the WebSocket API (`userDataStream.stop`): returns a function that sends one request per subscription and emits its `result`. Closes the API key's user data stream. Weight 1. Security USER_STREAM. */
export function closeListenKeyFactory(session: WsApiSession): (params?: CloseListenKeyParams) => Observable<CloseListenKeyResponse> {
  return (params) => session.request(closeListenKeyOperation, params ?? {});
}

/** Maps a raw `CloseListenKeyResponse` to the readable `ParsedCloseListenKeyResponse`. */
export function parseCloseListenKeyResponse(raw: CloseListenKeyResponse): ParsedCloseListenKeyResponse {
  void raw;
  return {  };
}
