// Generated from spec/operations/get-session-status.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import type { OperationDescriptor, Validator, WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-session-status';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetSessionStatusResponse: Validator = validate;

/** Parameters of Query session status (WebSocket API `session.status`). It takes none. */
export type GetSessionStatusParams = Record<string, never>;

/** Query session status: the response body with Binance's names. The state of the WebSocket API connection, and the API key it is logged on with, if any. */
export interface GetSessionStatusResponse {
  /** The API key the connection is logged on with; null when it is not. */
  apiKey: string | null;
  /** When the connection logged on; null when it is not. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  authorizedSince: number | null;
  /** When the connection opened. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  connectedSince: number;
  /** Whether answers carry rateLimits. */
  returnRateLimits: boolean;
  /** Server time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  serverTime: number;
  /** Whether a user data stream subscription is active (null where user data streams are not available). Sent only when: Sent since 2024-12-09 (a newer field; answers recorded before lack it). */
  userDataStream?: boolean | null;
}

/** Query session status, parsed: readable names; decimals are exact strings unless `parseGetSessionStatusResponse` is given a `decimal` converter. */
export interface ParsedGetSessionStatusResponse {
  /** The API key the connection is logged on with; null when it is not. */
  apiKey: string | null;
  /** When the connection logged on; null when it is not. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  authorizedSince: number | null;
  /** When the connection opened. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  connectedSince: number;
  /** Whether answers carry rateLimits. */
  returnRateLimits: boolean;
  /** Server time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  serverTime: number;
  /** Whether a user data stream subscription is active (null where user data streams are not available). Sent only when: Sent since 2024-12-09 (a newer field; answers recorded before lack it). */
  userDataStream?: boolean | null | undefined;
}

/** Descriptor of Query session status: data the runtime interprets. */
export const getSessionStatusOperation: OperationDescriptor<GetSessionStatusParams, GetSessionStatusResponse> = { operation: "getSessionStatus", security: "NONE", weight: 2, params: {}, wsApi: {"method":"session.status"}, schemaId: "https://binance-rx.dev/schemas/operations/get-session-status.json", validate: validateGetSessionStatusResponse };

/** Query session status over the WebSocket API (`session.status`): returns a function that sends one request per subscription and emits its `result`. The state of the WebSocket API connection, and the API key it is logged on with, if any. Weight 2. Security NONE. */
export function getSessionStatusFactory(session: WsApiSession): (params?: GetSessionStatusParams) => Observable<GetSessionStatusResponse> {
  return (params) => session.request(getSessionStatusOperation, params ?? {});
}

/** Maps a raw `GetSessionStatusResponse` to the readable `ParsedGetSessionStatusResponse`. */
export function parseGetSessionStatusResponse(raw: GetSessionStatusResponse): ParsedGetSessionStatusResponse {
  return { apiKey: raw.apiKey, authorizedSince: raw.authorizedSince, connectedSince: raw.connectedSince, returnRateLimits: raw.returnRateLimits, serverTime: raw.serverTime, userDataStream: raw.userDataStream };
}
