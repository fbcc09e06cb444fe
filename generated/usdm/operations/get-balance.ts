// Generated from spec/usdm/operations/get-balance.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-balance';
import { usdmProduct } from '../product';
import type { BalanceFields, ParsedBalanceFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetBalanceResponse: Validator = validate;

/** Parameters of Futures Account Balance V3 (`GET /fapi/v3/balance`, WebSocket API `v2/account.balance`). It takes none. */
export type GetBalanceParams = Record<string, never>;

/** Futures Account Balance V3: the response body with Binance's names. Each asset of the futures account with its wallet, cross and available balances. */
export type GetBalanceResponse = Array<BalanceFields>;

/** Futures Account Balance V3, parsed: readable names; decimals are exact strings unless `parseGetBalanceResponse` is given a `decimal` converter. */
export type ParsedGetBalanceResponse<D = string> = Array<ParsedBalanceFields<D>>;

/** Descriptor of Futures Account Balance V3: data the runtime interprets. */
export const getBalanceOperation: OperationDescriptor<GetBalanceParams, GetBalanceResponse> = { operation: "getBalance", security: "USER_DATA", weight: 5, params: {}, rest: {"method":"GET","path":"/fapi/v3/balance"}, wsApi: {"method":"v2/account.balance"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-balance.json", validate: validateGetBalanceResponse };

/**
 * Futures Account Balance V3: `GET /fapi/v3/balance`. Each asset of the futures account with its wallet, cross and available balances.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetBalanceResponse` if you want readable names. Weight 5. Security USER_DATA.
 */
export function getBalanceHttp(params?: GetBalanceParams, client?: HttpClient): Observable<GetBalanceResponse> {
  return requestHttp(getBalanceOperation, params ?? {}, client);
}

/** Futures Account Balance V3 over the WebSocket API (`v2/account.balance`): returns a function that sends one request per subscription and emits its `result`. Each asset of the futures account with its wallet, cross and available balances. Weight 5. Security USER_DATA. */
export function getBalanceFactory(session: WsApiSession): (params?: GetBalanceParams) => Observable<GetBalanceResponse> {
  return (params) => session.request(getBalanceOperation, params ?? {});
}

/** Maps a raw `GetBalanceResponse` to the readable `ParsedGetBalanceResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetBalanceResponse<D = string>(raw: GetBalanceResponse, options?: ParseOptions<D>): ParsedGetBalanceResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ accountAlias: item0.accountAlias, asset: item0.asset, balance: decimal(item0.balance), crossWalletBalance: decimal(item0.crossWalletBalance), crossUnPnl: decimal(item0.crossUnPnl), availableBalance: decimal(item0.availableBalance), maxWithdrawAmount: decimal(item0.maxWithdrawAmount), marginAvailable: item0.marginAvailable, updateTime: item0.updateTime }));
}
