// Generated from spec/usdm/operations/get-position-mode.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-position-mode';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetPositionModeResponse: Validator = validate;

/** Parameters of Get Current Position Mode (`GET /fapi/v1/positionSide/dual`). It takes none. */
export type GetPositionModeParams = Record<string, never>;

/** Get Current Position Mode: the response body with Binance's names. Whether the account is in hedge mode (true) or one-way mode (false), on every symbol. */
export interface GetPositionModeResponse {
  /** true: hedge mode; false: one-way mode. */
  dualSidePosition: boolean;
}

/** Get Current Position Mode, parsed: readable names; decimals are exact strings unless `parseGetPositionModeResponse` is given a `decimal` converter. */
export interface ParsedGetPositionModeResponse {
  /** true: hedge mode; false: one-way mode. */
  dualSidePosition: boolean;
}

/** Descriptor of Get Current Position Mode: data the runtime interprets. */
export const getPositionModeOperation: OperationDescriptor<GetPositionModeParams, GetPositionModeResponse> = { operation: "getPositionMode", security: "USER_DATA", weight: 30, params: {}, rest: {"method":"GET","path":"/fapi/v1/positionSide/dual"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-position-mode.json", validate: validateGetPositionModeResponse };

/**
 * Get Current Position Mode: `GET /fapi/v1/positionSide/dual`. Whether the account is in hedge mode (true) or one-way mode (false), on every symbol.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetPositionModeResponse` if you want readable names. Weight 30. Security USER_DATA.
 */
export function getPositionModeHttp(params?: GetPositionModeParams, client?: HttpClient): Observable<GetPositionModeResponse> {
  return requestHttp(getPositionModeOperation, params ?? {}, client);
}

/** Maps a raw `GetPositionModeResponse` to the readable `ParsedGetPositionModeResponse`. */
export function parseGetPositionModeResponse(raw: GetPositionModeResponse): ParsedGetPositionModeResponse {
  return { dualSidePosition: raw.dualSidePosition };
}
