// Generated from spec/usdm/operations/renew-listen-key.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator, type WsApiSession } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/renew-listen-key';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateRenewListenKeyResponse: Validator = validate;

/** Parameters of Keepalive User Data Stream (`PUT /fapi/v1/listenKey`, WebSocket API `userDataStream.ping`). It takes none. */
export type RenewListenKeyParams = Record<string, never>;

/** Keepalive User Data Stream: the response body with Binance's names. Extends the API key's listen key by 60 minutes (send it about every 60 minutes or sooner); -1125 when the key has expired or does not exist. */
export interface RenewListenKeyResponse {
  /** Listen key. */
  listenKey: string;
}

/** Keepalive User Data Stream, parsed: readable names; decimals are exact strings unless `parseRenewListenKeyResponse` is given a `decimal` converter. */
export interface ParsedRenewListenKeyResponse {
  /** Listen key. */
  listenKey: string;
}

/** Descriptor of Keepalive User Data Stream: data the runtime interprets. */
export const renewListenKeyOperation: OperationDescriptor<RenewListenKeyParams, RenewListenKeyResponse> = { operation: "renewListenKey", security: "USER_STREAM", weight: 1, params: {}, rest: {"method":"PUT","path":"/fapi/v1/listenKey"}, wsApi: {"method":"userDataStream.ping"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/renew-listen-key.json", validate: validateRenewListenKeyResponse };

/**
 * Keepalive User Data Stream: `PUT /fapi/v1/listenKey`. Extends the API key's listen key by 60 minutes (send it about every 60 minutes or sooner); -1125 when the key has expired or does not exist.
 *
 * Emits the full JSON body once, then completes; parse it with `parseRenewListenKeyResponse` if you want readable names. Weight 1. Security USER_STREAM.
 */
export function renewListenKeyHttp(params?: RenewListenKeyParams, client?: HttpClient): Observable<RenewListenKeyResponse> {
  return requestHttp(renewListenKeyOperation, params ?? {}, client);
}

/** Keepalive User Data Stream over the WebSocket API (`userDataStream.ping`): returns a function that sends one request per subscription and emits its `result`. Extends the API key's listen key by 60 minutes (send it about every 60 minutes or sooner); -1125 when the key has expired or does not exist. Weight 1. Security USER_STREAM. */
export function renewListenKeyFactory(session: WsApiSession): (params?: RenewListenKeyParams) => Observable<RenewListenKeyResponse> {
  return (params) => session.request(renewListenKeyOperation, params ?? {});
}

/** Maps a raw `RenewListenKeyResponse` to the readable `ParsedRenewListenKeyResponse`. */
export function parseRenewListenKeyResponse(raw: RenewListenKeyResponse): ParsedRenewListenKeyResponse {
  return { listenKey: raw.listenKey };
}
