// Generated from spec/usdm/operations/get-balance-v2.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-balance-v2';
import { usdmProduct } from '../product';
import type { BalanceFields, ParsedBalanceFields } from '../field-groups';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetBalanceV2Response: Validator = validate;

/** Parameters of Futures Account Balance V2 (`GET /fapi/v2/balance`, WebSocket API `account.balance`). It takes none. */
export type GetBalanceV2Params = Record<string, never>;

/** Futures Account Balance V2: the response body with Binance's names. Each asset of the futures account with its wallet, cross and available balances, as the V2 endpoint (`account.balance` on the WebSocket API) answers: the same entries as `getBalance` (V3). */
export type GetBalanceV2Response = Array<BalanceFields>;

/** Futures Account Balance V2, parsed: readable names; decimals are exact strings unless `parseGetBalanceV2Response` is given a `decimal` converter. */
export type ParsedGetBalanceV2Response<D = string> = Array<ParsedBalanceFields<D>>;

/** Descriptor of Futures Account Balance V2: data the runtime interprets. */
export const getBalanceV2Operation: OperationDescriptor<GetBalanceV2Params, GetBalanceV2Response> = { operation: "getBalanceV2", security: "USER_DATA", weight: 5, params: {}, rest: {"method":"GET","path":"/fapi/v2/balance"}, wsApi: {"method":"account.balance"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-balance-v2.json", validate: validateGetBalanceV2Response };

/**
 * Futures Account Balance V2: `GET /fapi/v2/balance`. Each asset of the futures account with its wallet, cross and available balances, as the V2 endpoint (`account.balance` on the WebSocket API) answers: the same entries as `getBalance` (V3).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetBalanceV2Response` if you want readable names. Weight 5. Security USER_DATA.
 */
export function getBalanceV2Http(params?: GetBalanceV2Params, client?: HttpClient): Observable<GetBalanceV2Response> {
  return requestHttp(getBalanceV2Operation, params ?? {}, client);
}

/** Futures Account Balance V2 over the WebSocket API (`account.balance`): returns a function that sends one request per subscription and emits its `result`. Each asset of the futures account with its wallet, cross and available balances, as the V2 endpoint (`account.balance` on the WebSocket API) answers: the same entries as `getBalance` (V3). Weight 5. Security USER_DATA. */
export function getBalanceV2Factory(session: WsApiSession): (params?: GetBalanceV2Params) => Observable<GetBalanceV2Response> {
  return (params) => session.request(getBalanceV2Operation, params ?? {});
}

/** Maps a raw `GetBalanceV2Response` to the readable `ParsedGetBalanceV2Response`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetBalanceV2Response<D = string>(raw: GetBalanceV2Response, options?: ParseOptions<D>): ParsedGetBalanceV2Response<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ accountAlias: item0.accountAlias, asset: item0.asset, balance: decimal(item0.balance), crossWalletBalance: decimal(item0.crossWalletBalance), crossUnPnl: decimal(item0.crossUnPnl), availableBalance: decimal(item0.availableBalance), maxWithdrawAmount: decimal(item0.maxWithdrawAmount), marginAvailable: item0.marginAvailable, updateTime: item0.updateTime }));
}
