// Generated from spec/operations/sapi/get-sub-account-universal-transfer-history.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-sub-account-universal-transfer-history';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetSubAccountUniversalTransferHistoryResponse: Validator = validate;

/** Parameters of Query Universal Transfer History (For Master Account) (USER_DATA) (`GET /sapi/v1/sub-account/universalTransfer`). */
export interface GetSubAccountUniversalTransferHistoryParams {
  /** Transfers from this sub-account. */
  fromEmail?: string;
  /** Transfers to this sub-account. */
  toEmail?: string;
  /** The transfer with this client id. */
  clientTranId?: string;
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
  /** Page number. Default: `1`. */
  page?: number;
  /** Transfers per page. Default: `500`. */
  limit?: number;
}

/** Query Universal Transfer History (For Master Account) (USER_DATA): the response body with Binance's names. The master's universal transfers (subAccountUniversalTransfer) from one account (fromEmail) or to one (toEmail), not both; without either, those from the master account. At most 7 days at a time; the last 7 days by default. */
export interface GetSubAccountUniversalTransferHistoryResponse {
  /** The transfers, newest first. */
  result: Array<{
    /** Transfer id. */
    tranId: number;
    /** Email of the account it left. */
    fromEmail: string;
    /** Email of the account it reached. */
    toEmail: string;
    /** Asset moved. */
    asset: string;
    /** Amount moved. Exact decimal. */
    amount: string;
    /** When the transfer was made. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    createTimeStamp: number;
    /** Account type it left. */
    fromAccountType: string;
    /** Account type it reached. */
    toAccountType: string;
    /** Status (SUCCESS, …). */
    status: string;
    /** The clientTranId sent; the docs do not say whether it is there when none was sent, so it is left optional. */
    clientTranId?: string;
  }>;
  /** How many transfers match. */
  totalCount: number;
}

/** Query Universal Transfer History (For Master Account) (USER_DATA), parsed: readable names; decimals are exact strings unless `parseGetSubAccountUniversalTransferHistoryResponse` is given a `decimal` converter. */
export interface ParsedGetSubAccountUniversalTransferHistoryResponse<D = string> {
  /** The transfers, newest first. */
  result: Array<{
    /** Transfer id. */
    tranId: number;
    /** Email of the account it left. */
    fromEmail: string;
    /** Email of the account it reached. */
    toEmail: string;
    /** Asset moved. */
    asset: string;
    /** Amount moved. Exact decimal. */
    amount: D;
    /** When the transfer was made. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
    createTimeStamp: number;
    /** Account type it left. */
    fromAccountType: string;
    /** Account type it reached. */
    toAccountType: string;
    /** Status (SUCCESS, …). */
    status: string;
    /** The clientTranId sent; the docs do not say whether it is there when none was sent, so it is left optional. */
    clientTranId?: string | undefined;
  }>;
  /** How many transfers match. */
  totalCount: number;
}

/** Descriptor of Query Universal Transfer History (For Master Account) (USER_DATA): data the runtime interprets. */
export const getSubAccountUniversalTransferHistoryOperation: OperationDescriptor<GetSubAccountUniversalTransferHistoryParams, GetSubAccountUniversalTransferHistoryResponse> = { operation: "getSubAccountUniversalTransferHistory", security: "USER_DATA", weight: 1, weightType: "IP", params: {"fromEmail":{"type":"string"},"toEmail":{"type":"string"},"clientTranId":{"type":"string"},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0},"page":{"type":"integer","minimum":1},"limit":{"type":"integer","minimum":1,"maximum":500}}, rest: {"method":"GET","path":"/sapi/v1/sub-account/universalTransfer"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-sub-account-universal-transfer-history.json", validate: validateGetSubAccountUniversalTransferHistoryResponse };

/**
 * Query Universal Transfer History (For Master Account) (USER_DATA): `GET /sapi/v1/sub-account/universalTransfer`. The master's universal transfers (subAccountUniversalTransfer) from one account (fromEmail) or to one (toEmail), not both; without either, those from the master account. At most 7 days at a time; the last 7 days by default.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetSubAccountUniversalTransferHistoryResponse` if you want readable names. Weight 1 (IP). Security USER_DATA.
 */
export function getSubAccountUniversalTransferHistoryHttp(params?: GetSubAccountUniversalTransferHistoryParams, client?: HttpClient): Observable<GetSubAccountUniversalTransferHistoryResponse> {
  return requestHttp(getSubAccountUniversalTransferHistoryOperation, params ?? {}, client);
}

/** Maps a raw `GetSubAccountUniversalTransferHistoryResponse` to the readable `ParsedGetSubAccountUniversalTransferHistoryResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetSubAccountUniversalTransferHistoryResponse<D = string>(raw: GetSubAccountUniversalTransferHistoryResponse, options?: ParseOptions<D>): ParsedGetSubAccountUniversalTransferHistoryResponse<D> {
  const decimal = decimalOf(options);
  return { result: raw.result.map((item0) => ({ tranId: item0.tranId, fromEmail: item0.fromEmail, toEmail: item0.toEmail, asset: item0.asset, amount: decimal(item0.amount), createTimeStamp: item0.createTimeStamp, fromAccountType: item0.fromAccountType, toAccountType: item0.toAccountType, status: item0.status, clientTranId: item0.clientTranId })), totalCount: raw.totalCount };
}
