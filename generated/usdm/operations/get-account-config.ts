// Generated from spec/usdm/operations/get-account-config.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-account-config';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetAccountConfigResponse: Validator = validate;

/** Parameters of Futures Account Configuration (`GET /fapi/v1/accountConfig`). It takes none. */
export type GetAccountConfigParams = Record<string, never>;

/** Futures Account Configuration: the response body with Binance's names. The account's fee tier, permissions and modes (position mode, Multi-Assets mode). */
export interface GetAccountConfigResponse {
  /** Fee tier. */
  feeTier: number;
  /** Whether the account may trade. */
  canTrade: boolean;
  /** Whether the account may transfer in. */
  canDeposit: boolean;
  /** Whether the account may transfer out. */
  canWithdraw: boolean;
  /** true: hedge mode; false: one-way mode. */
  dualSidePosition: boolean;
  /** Reserved; 0. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
  /** true: Multi-Assets mode. */
  multiAssetsMargin: boolean;
  /** Trade group id (-1 for none). */
  tradeGroupId: number;
}

/** Futures Account Configuration, parsed: readable names; decimals are exact strings unless `parseGetAccountConfigResponse` is given a `decimal` converter. */
export interface ParsedGetAccountConfigResponse {
  /** Fee tier. */
  feeTier: number;
  /** Whether the account may trade. */
  canTrade: boolean;
  /** Whether the account may transfer in. */
  canDeposit: boolean;
  /** Whether the account may transfer out. */
  canWithdraw: boolean;
  /** true: hedge mode; false: one-way mode. */
  dualSidePosition: boolean;
  /** Reserved; 0. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  updateTime: number;
  /** true: Multi-Assets mode. */
  multiAssetsMargin: boolean;
  /** Trade group id (-1 for none). */
  tradeGroupId: number;
}

/** Descriptor of Futures Account Configuration: data the runtime interprets. */
export const getAccountConfigOperation: OperationDescriptor<GetAccountConfigParams, GetAccountConfigResponse> = { operation: "getAccountConfig", security: "USER_DATA", weight: 5, params: {}, rest: {"method":"GET","path":"/fapi/v1/accountConfig"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-account-config.json", validate: validateGetAccountConfigResponse };

/**
 * Futures Account Configuration: `GET /fapi/v1/accountConfig`. The account's fee tier, permissions and modes (position mode, Multi-Assets mode).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetAccountConfigResponse` if you want readable names. Weight 5. Security USER_DATA.
 */
export function getAccountConfigHttp(params?: GetAccountConfigParams, client?: HttpClient): Observable<GetAccountConfigResponse> {
  return requestHttp(getAccountConfigOperation, params ?? {}, client);
}

/** Maps a raw `GetAccountConfigResponse` to the readable `ParsedGetAccountConfigResponse`. */
export function parseGetAccountConfigResponse(raw: GetAccountConfigResponse): ParsedGetAccountConfigResponse {
  return { feeTier: raw.feeTier, canTrade: raw.canTrade, canDeposit: raw.canDeposit, canWithdraw: raw.canWithdraw, dualSidePosition: raw.dualSidePosition, updateTime: raw.updateTime, multiAssetsMargin: raw.multiAssetsMargin, tradeGroupId: raw.tradeGroupId };
}
