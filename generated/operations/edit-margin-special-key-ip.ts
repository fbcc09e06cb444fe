// Generated from spec/operations/sapi/edit-margin-special-key-ip.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/edit-margin-special-key-ip';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateEditMarginSpecialKeyIpResponse: Validator = validate;

/** Parameters of Edit ip for Special Key(Low-Latency Trading) (TRADE) (`PUT /sapi/v1/margin/apiKey/ip`). */
export interface EditMarginSpecialKeyIpParams {
  /** The isolated margin pair; cross margin when left out. */
  symbol?: string;
  /** IP addresses, comma-separated (at most 30). */
  ip: string;
}

/** Edit ip for Special Key(Low-Latency Trading) (TRADE): the response body with Binance's names. Replaces the IP addresses the special key that signs the request may be used from. */
export type EditMarginSpecialKeyIpResponse = Record<string, never>;

/** Edit ip for Special Key(Low-Latency Trading) (TRADE), parsed: readable names; decimals are exact strings unless `parseEditMarginSpecialKeyIpResponse` is given a `decimal` converter. */
export type ParsedEditMarginSpecialKeyIpResponse = Record<string, never>;

/** Descriptor of Edit ip for Special Key(Low-Latency Trading) (TRADE): data the runtime interprets. */
export const editMarginSpecialKeyIpOperation: OperationDescriptor<EditMarginSpecialKeyIpParams, EditMarginSpecialKeyIpResponse> = { operation: "editMarginSpecialKeyIp", security: "TRADE", weight: 1, weightType: "UID", params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"},"ip":{"type":"string","required":true}}, rest: {"method":"PUT","path":"/sapi/v1/margin/apiKey/ip"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/edit-margin-special-key-ip.json", validate: validateEditMarginSpecialKeyIpResponse };

/**
 * Edit ip for Special Key(Low-Latency Trading) (TRADE): `PUT /sapi/v1/margin/apiKey/ip`. Replaces the IP addresses the special key that signs the request may be used from.
 *
 * Emits the full JSON body once, then completes; parse it with `parseEditMarginSpecialKeyIpResponse` if you want readable names. Weight 1 (UID). Security TRADE.
 */
export function editMarginSpecialKeyIpHttp(params: EditMarginSpecialKeyIpParams, client?: HttpClient): Observable<EditMarginSpecialKeyIpResponse> {
  return requestHttp(editMarginSpecialKeyIpOperation, params, client);
}

/** Maps a raw `EditMarginSpecialKeyIpResponse` to the readable `ParsedEditMarginSpecialKeyIpResponse`. */
export function parseEditMarginSpecialKeyIpResponse(raw: EditMarginSpecialKeyIpResponse): ParsedEditMarginSpecialKeyIpResponse {
  void raw;
  return {  };
}
