// Generated from spec/usdm/operations/create-listen-key.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator, type WsApiSession } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/create-listen-key';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateCreateListenKeyResponse: Validator = validate;

/** Parameters of Start User Data Stream (`POST /fapi/v1/listenKey`, WebSocket API `userDataStream.start`). It takes none. */
export type CreateListenKeyParams = Record<string, never>;

/** Start User Data Stream: the response body with Binance's names. The listen key of the API key's user data stream, valid for 60 minutes; when the key has an active one, it is returned and extended by 60 minutes. */
export interface CreateListenKeyResponse {
  /** Listen key of the stream (`/private/ws?listenKey=…`). */
  listenKey: string;
}

/** Start User Data Stream, parsed: readable names; decimals are exact strings unless `parseCreateListenKeyResponse` is given a `decimal` converter. */
export interface ParsedCreateListenKeyResponse {
  /** Listen key of the stream (`/private/ws?listenKey=…`). */
  listenKey: string;
}

/** Descriptor of Start User Data Stream: data the runtime interprets. */
export const createListenKeyOperation: OperationDescriptor<CreateListenKeyParams, CreateListenKeyResponse> = { operation: "createListenKey", security: "USER_STREAM", weight: 1, params: {}, rest: {"method":"POST","path":"/fapi/v1/listenKey"}, wsApi: {"method":"userDataStream.start"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/create-listen-key.json", validate: validateCreateListenKeyResponse };

/**
 * Start User Data Stream: `POST /fapi/v1/listenKey`. The listen key of the API key's user data stream, valid for 60 minutes; when the key has an active one, it is returned and extended by 60 minutes.
 *
 * Emits the full JSON body once, then completes; parse it with `parseCreateListenKeyResponse` if you want readable names. Weight 1. Security USER_STREAM.
 */
export function createListenKeyHttp(params?: CreateListenKeyParams, client?: HttpClient): Observable<CreateListenKeyResponse> {
  return requestHttp(createListenKeyOperation, params ?? {}, client);
}

/** Start User Data Stream over the WebSocket API (`userDataStream.start`): returns a function that sends one request per subscription and emits its `result`. The listen key of the API key's user data stream, valid for 60 minutes; when the key has an active one, it is returned and extended by 60 minutes. Weight 1. Security USER_STREAM. */
export function createListenKeyFactory(session: WsApiSession): (params?: CreateListenKeyParams) => Observable<CreateListenKeyResponse> {
  return (params) => session.request(createListenKeyOperation, params ?? {});
}

/** Maps a raw `CreateListenKeyResponse` to the readable `ParsedCreateListenKeyResponse`. */
export function parseCreateListenKeyResponse(raw: CreateListenKeyResponse): ParsedCreateListenKeyResponse {
  return { listenKey: raw.listenKey };
}
