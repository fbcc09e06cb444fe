// Generated from spec/operations/sapi/sub-account-universal-transfer.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/sub-account-universal-transfer';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateSubAccountUniversalTransferResponse: Validator = validate;

/** Parameters of Universal Transfer (For Master Account) (USER_DATA) (`POST /sapi/v1/sub-account/universalTransfer`). */
export interface SubAccountUniversalTransferParams {
  /** Sub-account to move from; the master account when left out. */
  fromEmail?: string;
  /** Sub-account to move to; the master account when left out. */
  toEmail?: string;
  /** Account type to move from. */
  fromAccountType: "SPOT" | "USDT_FUTURE" | "COIN_FUTURE" | "MARGIN" | "ISOLATED_MARGIN" | "ALPHA";
  /** Account type to move to. */
  toAccountType: "SPOT" | "USDT_FUTURE" | "COIN_FUTURE" | "MARGIN" | "ISOLATED_MARGIN" | "ALPHA";
  /** Your id for the transfer; must be unique. */
  clientTranId?: string;
  /** The isolated margin symbol; mandatory with ISOLATED_MARGIN. */
  symbol?: string;
  /** Asset to move. */
  asset: string;
  /** Amount to move. Strings keep their exact digits. */
  amount: string | number;
}

/** Universal Transfer (For Master Account) (USER_DATA): the response body with Binance's names. Moves an asset between the master account and its sub-accounts (fromEmail / toEmail; the master when left out), from one account type to another: SPOT to SPOT or futures and back, master SPOT to a sub-account's cross or isolated margin (symbol) and back, sub-account cross margin to sub-account cross margin. The API key needs internal transfer enabled. */
export interface SubAccountUniversalTransferResponse {
  /** Transfer id. */
  tranId: number;
  /** The clientTranId sent; the docs do not say whether it is there when none was sent, so it is left optional. */
  clientTranId?: string;
}

/** Universal Transfer (For Master Account) (USER_DATA), parsed: readable names; decimals are exact strings unless `parseSubAccountUniversalTransferResponse` is given a `decimal` converter. */
export interface ParsedSubAccountUniversalTransferResponse {
  /** Transfer id. */
  tranId: number;
  /** The clientTranId sent; the docs do not say whether it is there when none was sent, so it is left optional. */
  clientTranId?: string | undefined;
}

/** Descriptor of Universal Transfer (For Master Account) (USER_DATA): data the runtime interprets. */
export const subAccountUniversalTransferOperation: OperationDescriptor<SubAccountUniversalTransferParams, SubAccountUniversalTransferResponse> = { operation: "subAccountUniversalTransfer", security: "USER_DATA", weight: 360, weightType: "UID", params: {"fromEmail":{"type":"string"},"toEmail":{"type":"string"},"fromAccountType":{"type":"string","required":true,"enum":["SPOT","USDT_FUTURE","COIN_FUTURE","MARGIN","ISOLATED_MARGIN","ALPHA"]},"toAccountType":{"type":"string","required":true,"enum":["SPOT","USDT_FUTURE","COIN_FUTURE","MARGIN","ISOLATED_MARGIN","ALPHA"]},"clientTranId":{"type":"string"},"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"},"asset":{"type":"string","required":true},"amount":{"type":"decimal","required":true,"minimum":0}}, rest: {"method":"POST","path":"/sapi/v1/sub-account/universalTransfer"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/sub-account-universal-transfer.json", validate: validateSubAccountUniversalTransferResponse };

/**
 * Universal Transfer (For Master Account) (USER_DATA): `POST /sapi/v1/sub-account/universalTransfer`. Moves an asset between the master account and its sub-accounts (fromEmail / toEmail; the master when left out), from one account type to another: SPOT to SPOT or futures and back, master SPOT to a sub-account's cross or isolated margin (symbol) and back, sub-account cross margin to sub-account cross margin. The API key needs internal transfer enabled.
 *
 * Emits the full JSON body once, then completes; parse it with `parseSubAccountUniversalTransferResponse` if you want readable names. Weight 360 (UID) (Binance also counts 1 against the IP budget.). Security USER_DATA.
 */
export function subAccountUniversalTransferHttp(params: SubAccountUniversalTransferParams, client?: HttpClient): Observable<SubAccountUniversalTransferResponse> {
  return requestHttp(subAccountUniversalTransferOperation, params, client);
}

/** Maps a raw `SubAccountUniversalTransferResponse` to the readable `ParsedSubAccountUniversalTransferResponse`. */
export function parseSubAccountUniversalTransferResponse(raw: SubAccountUniversalTransferResponse): ParsedSubAccountUniversalTransferResponse {
  return { tranId: raw.tranId, clientTranId: raw.clientTranId };
}
