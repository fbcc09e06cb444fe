// Generated from spec/operations/logout.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import type { OperationDescriptor, Validator, WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/logout';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateLogoutResponse: Validator = validate;

/** Parameters of Log out of the session (WebSocket API `session.logout`). It takes none. */
export type LogoutParams = Record<string, never>;

/** Log out of the session: the response body with Binance's names. Forgets the API key the connection logged on with; a user data stream subscription bound to it ends. */
export interface LogoutResponse {
  /** Null after logging out. */
  apiKey: string | null;
  /** Null after logging out. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  authorizedSince: number | null;
  /** When the connection opened. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  connectedSince: number;
  /** Whether answers carry rateLimits. */
  returnRateLimits: boolean;
  /** Server time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  serverTime: number;
  /** Whether a user data stream subscription is still active. Sent only when: Sent since 2024-12-09 (a newer field; answers recorded before lack it). */
  userDataStream?: boolean | null;
}

/** Log out of the session, parsed: readable names; decimals are exact strings unless `parseLogoutResponse` is given a `decimal` converter. */
export interface ParsedLogoutResponse {
  /** Null after logging out. */
  apiKey: string | null;
  /** Null after logging out. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  authorizedSince: number | null;
  /** When the connection opened. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  connectedSince: number;
  /** Whether answers carry rateLimits. */
  returnRateLimits: boolean;
  /** Server time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  serverTime: number;
  /** Whether a user data stream subscription is still active. Sent only when: Sent since 2024-12-09 (a newer field; answers recorded before lack it). */
  userDataStream?: boolean | null | undefined;
}

/** Descriptor of Log out of the session: data the runtime interprets. */
export const logoutOperation: OperationDescriptor<LogoutParams, LogoutResponse> = { operation: "logout", security: "NONE", weight: 2, params: {}, wsApi: {"method":"session.logout"}, schemaId: "https://binance-rx.dev/schemas/operations/logout.json", validate: validateLogoutResponse };

/** Log out of the session over the WebSocket API (`session.logout`): returns a function that sends one request per subscription and emits its `result`. Forgets the API key the connection logged on with; a user data stream subscription bound to it ends. Weight 2. Security NONE. */
export function logoutFactory(session: WsApiSession): (params?: LogoutParams) => Observable<LogoutResponse> {
  return (params) => session.request(logoutOperation, params ?? {});
}

/** Maps a raw `LogoutResponse` to the readable `ParsedLogoutResponse`. */
export function parseLogoutResponse(raw: LogoutResponse): ParsedLogoutResponse {
  return { apiKey: raw.apiKey, authorizedSince: raw.authorizedSince, connectedSince: raw.connectedSince, returnRateLimits: raw.returnRateLimits, serverTime: raw.serverTime, userDataStream: raw.userDataStream };
}
