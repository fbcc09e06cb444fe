// Generated from spec/operations/sapi/delete-margin-special-key.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/delete-margin-special-key';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateDeleteMarginSpecialKeyResponse: Validator = validate;

/** Parameters of Delete Special Key(Low-Latency Trading) (TRADE) (`DELETE /sapi/v1/margin/apiKey`). */
export interface DeleteMarginSpecialKeyParams {
  /** Delete every special key of this name. */
  apiName?: string;
  /** The isolated margin pair; cross margin when left out. */
  symbol?: string;
}

/** Delete Special Key(Low-Latency Trading) (TRADE): the response body with Binance's names. Deletes the special key that signs the request, or, with apiName, every special key of that name (of the cross margin account, or with symbol of that isolated margin account). Deleting a key does not leave special key mode. */
export type DeleteMarginSpecialKeyResponse = Record<string, never>;

/** Delete Special Key(Low-Latency Trading) (TRADE), parsed: readable names; decimals are exact strings unless `parseDeleteMarginSpecialKeyResponse` is given a `decimal` converter. */
export type ParsedDeleteMarginSpecialKeyResponse = Record<string, never>;

/** Descriptor of Delete Special Key(Low-Latency Trading) (TRADE): data the runtime interprets. */
export const deleteMarginSpecialKeyOperation: OperationDescriptor<DeleteMarginSpecialKeyParams, DeleteMarginSpecialKeyResponse> = { operation: "deleteMarginSpecialKey", security: "TRADE", weight: 1, weightType: "UID", params: {"apiName":{"type":"string"},"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"}}, rest: {"method":"DELETE","path":"/sapi/v1/margin/apiKey"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/delete-margin-special-key.json", validate: validateDeleteMarginSpecialKeyResponse };

/**
 * Delete Special Key(Low-Latency Trading) (TRADE): `DELETE /sapi/v1/margin/apiKey`. Deletes the special key that signs the request, or, with apiName, every special key of that name (of the cross margin account, or with symbol of that isolated margin account). Deleting a key does not leave special key mode.
 *
 * Emits the full JSON body once, then completes; parse it with `parseDeleteMarginSpecialKeyResponse` if you want readable names. Weight 1 (UID). Security TRADE.
 */
export function deleteMarginSpecialKeyHttp(params?: DeleteMarginSpecialKeyParams, client?: HttpClient): Observable<DeleteMarginSpecialKeyResponse> {
  return requestHttp(deleteMarginSpecialKeyOperation, params ?? {}, client);
}

/** Maps a raw `DeleteMarginSpecialKeyResponse` to the readable `ParsedDeleteMarginSpecialKeyResponse`. */
export function parseDeleteMarginSpecialKeyResponse(raw: DeleteMarginSpecialKeyResponse): ParsedDeleteMarginSpecialKeyResponse {
  void raw;
  return {  };
}
