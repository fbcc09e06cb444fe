// Generated from spec/operations/sapi/universal-transfer.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/universal-transfer';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateUniversalTransferResponse: Validator = validate;

/** Parameters of User Universal Transfer (USER_DATA) (`POST /sapi/v1/asset/transfer`). */
export interface UniversalTransferParams {
  /** Which accounts a universal transfer moves between, <FROM>_<TO>: MAIN (Spot), MARGIN (cross margin), ISOLATEDMARGIN, UMFUTURE, CMFUTURE, FUNDING, OPTION, PORTFOLIO_MARGIN. */
  type: "MAIN_UMFUTURE" | "MAIN_CMFUTURE" | "MAIN_MARGIN" | "UMFUTURE_MAIN" | "UMFUTURE_MARGIN" | "CMFUTURE_MAIN" | "CMFUTURE_MARGIN" | "MARGIN_MAIN" | "MARGIN_UMFUTURE" | "MARGIN_CMFUTURE" | "ISOLATEDMARGIN_MARGIN" | "MARGIN_ISOLATEDMARGIN" | "ISOLATEDMARGIN_ISOLATEDMARGIN" | "MAIN_FUNDING" | "FUNDING_MAIN" | "FUNDING_UMFUTURE" | "UMFUTURE_FUNDING" | "MARGIN_FUNDING" | "FUNDING_MARGIN" | "FUNDING_CMFUTURE" | "CMFUTURE_FUNDING" | "MAIN_OPTION" | "OPTION_MAIN" | "UMFUTURE_OPTION" | "OPTION_UMFUTURE" | "MARGIN_OPTION" | "OPTION_MARGIN" | "FUNDING_OPTION" | "OPTION_FUNDING" | "MAIN_PORTFOLIO_MARGIN" | "PORTFOLIO_MARGIN_MAIN";
  /** Asset to move, such as USDT. */
  asset: string;
  /** Amount to move. Strings keep their exact digits. */
  amount: string | number;
  /** The isolated margin account moved from (ISOLATEDMARGIN_MARGIN, ISOLATEDMARGIN_ISOLATEDMARGIN). */
  fromSymbol?: string;
  /** The isolated margin account moved to (MARGIN_ISOLATEDMARGIN, ISOLATEDMARGIN_ISOLATEDMARGIN). */
  toSymbol?: string;
}

/** User Universal Transfer (USER_DATA): the response body with Binance's names. Moves an asset between two of the account's wallets (Spot, cross margin, an isolated margin account, futures, funding, options, portfolio margin), as type says. fromSymbol is needed from an isolated margin account, toSymbol into one. The API key needs the Permits Universal Transfer option. */
export interface UniversalTransferResponse {
  /** Transfer id. */
  tranId: number;
}

/** User Universal Transfer (USER_DATA), parsed: readable names; decimals are exact strings unless `parseUniversalTransferResponse` is given a `decimal` converter. */
export interface ParsedUniversalTransferResponse {
  /** Transfer id. */
  tranId: number;
}

/** Descriptor of User Universal Transfer (USER_DATA): data the runtime interprets. */
export const universalTransferOperation: OperationDescriptor<UniversalTransferParams, UniversalTransferResponse> = { operation: "universalTransfer", security: "USER_DATA", weight: 900, weightType: "UID", params: {"type":{"type":"string","enum":["MAIN_UMFUTURE","MAIN_CMFUTURE","MAIN_MARGIN","UMFUTURE_MAIN","UMFUTURE_MARGIN","CMFUTURE_MAIN","CMFUTURE_MARGIN","MARGIN_MAIN","MARGIN_UMFUTURE","MARGIN_CMFUTURE","ISOLATEDMARGIN_MARGIN","MARGIN_ISOLATEDMARGIN","ISOLATEDMARGIN_ISOLATEDMARGIN","MAIN_FUNDING","FUNDING_MAIN","FUNDING_UMFUTURE","UMFUTURE_FUNDING","MARGIN_FUNDING","FUNDING_MARGIN","FUNDING_CMFUTURE","CMFUTURE_FUNDING","MAIN_OPTION","OPTION_MAIN","UMFUTURE_OPTION","OPTION_UMFUTURE","MARGIN_OPTION","OPTION_MARGIN","FUNDING_OPTION","OPTION_FUNDING","MAIN_PORTFOLIO_MARGIN","PORTFOLIO_MARGIN_MAIN"],"required":true},"asset":{"type":"string","required":true,"pattern":"^[A-Z0-9]{1,20}$"},"amount":{"type":"decimal","required":true,"minimum":0},"fromSymbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"},"toSymbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"}}, rest: {"method":"POST","path":"/sapi/v1/asset/transfer"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/universal-transfer.json", validate: validateUniversalTransferResponse };

/**
 * User Universal Transfer (USER_DATA): `POST /sapi/v1/asset/transfer`. Moves an asset between two of the account's wallets (Spot, cross margin, an isolated margin account, futures, funding, options, portfolio margin), as type says. fromSymbol is needed from an isolated margin account, toSymbol into one. The API key needs the Permits Universal Transfer option.
 *
 * Emits the full JSON body once, then completes; parse it with `parseUniversalTransferResponse` if you want readable names. Weight 900 (UID). Security USER_DATA.
 */
export function universalTransferHttp(params: UniversalTransferParams, client?: HttpClient): Observable<UniversalTransferResponse> {
  return requestHttp(universalTransferOperation, params, client);
}

/** Maps a raw `UniversalTransferResponse` to the readable `ParsedUniversalTransferResponse`. */
export function parseUniversalTransferResponse(raw: UniversalTransferResponse): ParsedUniversalTransferResponse {
  return { tranId: raw.tranId };
}
