// Generated from spec/operations/sapi/create-margin-listen-token.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/create-margin-listen-token';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateCreateMarginListenTokenResponse: Validator = validate;

/** Parameters of Create Margin Account listenToken (USER_STREAM) (`POST /sapi/v1/userListenToken`). */
export interface CreateMarginListenTokenParams {
  /** The isolated margin account's symbol (required with isIsolated true). */
  symbol?: string;
  /** true: the isolated margin account of `symbol`; false (the default): the cross margin account. */
  isIsolated?: boolean;
  /** How long the token is valid, ms; at most 24 hours (86 400 000), the default. */
  validity?: number;
}

/** Create Margin Account listenToken (USER_STREAM): the response body with Binance's names. A listen token for the user data stream of the cross margin account (or, with isIsolated and symbol, one isolated margin account), valid for `validity` ms (24 hours, the most Binance allows, when left out). `userDataStream.subscribe.listenToken` on the WebSocket API starts the stream with it; a stream not renewed with a new token before `expirationTime` ends with `eventStreamTerminated`. `session.userData({ listenToken })` creates, subscribes and renews tokens by itself. Binance heads it USER_STREAM; clients sign it, as USER_DATA here (a signature Binance does not need is ignored). */
export interface CreateMarginListenTokenResponse {
  /** The listen token, for userDataStream.subscribe.listenToken. */
  token: string;
  /** When the token, and a subscription made with it, expires: the time of the request plus validity. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  expirationTime: number;
}

/** Create Margin Account listenToken (USER_STREAM), parsed: readable names; decimals are exact strings unless `parseCreateMarginListenTokenResponse` is given a `decimal` converter. */
export interface ParsedCreateMarginListenTokenResponse {
  /** The listen token, for userDataStream.subscribe.listenToken. */
  token: string;
  /** When the token, and a subscription made with it, expires: the time of the request plus validity. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  expirationTime: number;
}

/** Descriptor of Create Margin Account listenToken (USER_STREAM): data the runtime interprets. */
export const createMarginListenTokenOperation: OperationDescriptor<CreateMarginListenTokenParams, CreateMarginListenTokenResponse> = { operation: "createMarginListenToken", security: "USER_DATA", weight: 1, weightType: "UID", params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"},"isIsolated":{"type":"boolean"},"validity":{"type":"integer","minimum":1,"maximum":86400000}}, rest: {"method":"POST","path":"/sapi/v1/userListenToken"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/create-margin-listen-token.json", validate: validateCreateMarginListenTokenResponse };

/**
 * Create Margin Account listenToken (USER_STREAM): `POST /sapi/v1/userListenToken`. A listen token for the user data stream of the cross margin account (or, with isIsolated and symbol, one isolated margin account), valid for `validity` ms (24 hours, the most Binance allows, when left out). `userDataStream.subscribe.listenToken` on the WebSocket API starts the stream with it; a stream not renewed with a new token before `expirationTime` ends with `eventStreamTerminated`. `session.userData({ listenToken })` creates, subscribes and renews tokens by itself. Binance heads it USER_STREAM; clients sign it, as USER_DATA here (a signature Binance does not need is ignored).
 *
 * Emits the full JSON body once, then completes; parse it with `parseCreateMarginListenTokenResponse` if you want readable names. Weight 1 (UID). Security USER_DATA.
 */
export function createMarginListenTokenHttp(params?: CreateMarginListenTokenParams, client?: HttpClient): Observable<CreateMarginListenTokenResponse> {
  return requestHttp(createMarginListenTokenOperation, params ?? {}, client);
}

/** Maps a raw `CreateMarginListenTokenResponse` to the readable `ParsedCreateMarginListenTokenResponse`. */
export function parseCreateMarginListenTokenResponse(raw: CreateMarginListenTokenResponse): ParsedCreateMarginListenTokenResponse {
  return { token: raw.token, expirationTime: raw.expirationTime };
}
