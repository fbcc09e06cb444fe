// Generated from spec/operations/logon.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import type { OperationDescriptor, Validator, WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/logon';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateLogonResponse: Validator = validate;

/** Parameters of Log in with API key (WebSocket API `session.logon`). It takes none. */
export type LogonParams = Record<string, never>;

/** Log in with API key: the response body with Binance's names. Authenticates the WebSocket API connection with an Ed25519 key, so that later signed requests need no signature. A session with `keyType: 'ED25519'` does this by itself on every new socket. */
export interface LogonResponse {
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

/** Log in with API key, parsed: readable names; decimals are exact strings unless `parseLogonResponse` is given a `decimal` converter. */
export interface ParsedLogonResponse {
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

/** Descriptor of Log in with API key: data the runtime interprets. */
export const logonOperation: OperationDescriptor<LogonParams, LogonResponse> = { operation: "logon", security: "USER_DATA", weight: 2, params: {}, wsApi: {"method":"session.logon"}, schemaId: "https://binance-rx.dev/schemas/operations/logon.json", validate: validateLogonResponse };

/** Log in with API key over the WebSocket API (`session.logon`): returns a function that sends one request per subscription and emits its `result`. Authenticates the WebSocket API connection with an Ed25519 key, so that later signed requests need no signature. A session with `keyType: 'ED25519'` does this by itself on every new socket. Weight 2. Security USER_DATA. */
export function logonFactory(session: WsApiSession): (params?: LogonParams) => Observable<LogonResponse> {
  return (params) => session.request(logonOperation, params ?? {});
}

/** Maps a raw `LogonResponse` to the readable `ParsedLogonResponse`. */
export function parseLogonResponse(raw: LogonResponse): ParsedLogonResponse {
  return { apiKey: raw.apiKey, authorizedSince: raw.authorizedSince, connectedSince: raw.connectedSince, returnRateLimits: raw.returnRateLimits, serverTime: raw.serverTime, userDataStream: raw.userDataStream };
}
