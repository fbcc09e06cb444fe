// Generated from spec/usdm/operations/get-income-history.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/operations/get-income-history';
import { usdmProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetIncomeHistoryResponse: Validator = validate;

/** Parameters of Get Income History (`GET /fapi/v1/income`). */
export interface GetIncomeHistoryParams {
  /** Contract symbol such as BTCUSDT. */
  symbol?: string;
  /** Only this kind (TRANSFER, REALIZED_PNL, FUNDING_FEE, COMMISSION, INSURANCE_CLEAR, …). */
  incomeType?: string;
  /** Start of the time range, milliseconds since the Unix epoch. */
  startTime?: number;
  /** End of the time range, milliseconds since the Unix epoch. */
  endTime?: number;
  /** Page number. */
  page?: number;
  /** How many entries (default 100). */
  limit?: number;
}

/** Get Income History: the response body with Binance's names. The account's income (transfers, realized PnL, funding fees, commissions, …), newest limit entries within a range of at most 7 days (the last 7 days without one). */
export type GetIncomeHistoryResponse = Array<{
  /** Symbol ('' for a transfer). */
  symbol: string;
  /** Kind of income. */
  incomeType: string;
  /** Amount (negative when paid). Exact decimal. */
  income: string;
  /** Asset. */
  asset: string;
  /** Extra information (the trade id of a realized PnL or commission). */
  info: string;
  /** When it was booked. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Transaction id. */
  tranId: number;
  /** Trade id ('' when none). */
  tradeId: string;
}>;

/** Get Income History, parsed: readable names; decimals are exact strings unless `parseGetIncomeHistoryResponse` is given a `decimal` converter. */
export type ParsedGetIncomeHistoryResponse<D = string> = Array<{
  /** Symbol ('' for a transfer). */
  symbol: string;
  /** Kind of income. */
  incomeType: string;
  /** Amount (negative when paid). Exact decimal. */
  income: D;
  /** Asset. */
  asset: string;
  /** Extra information (the trade id of a realized PnL or commission). */
  info: string;
  /** When it was booked. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  time: number;
  /** Transaction id. Wire field `tranId`. */
  transactionId: number;
  /** Trade id ('' when none). */
  tradeId: string;
}>;

/** Descriptor of Get Income History: data the runtime interprets. */
export const getIncomeHistoryOperation: OperationDescriptor<GetIncomeHistoryParams, GetIncomeHistoryResponse> = { operation: "getIncomeHistory", security: "USER_DATA", weight: 30, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,30}$"},"incomeType":{"type":"string","pattern":"^[A-Z_]{1,40}$"},"startTime":{"type":"integer","minimum":0},"endTime":{"type":"integer","minimum":0},"page":{"type":"integer","minimum":1},"limit":{"type":"integer","minimum":1,"maximum":1000}}, rest: {"method":"GET","path":"/fapi/v1/income"}, product: usdmProduct, schemaId: "https://binance-rx.dev/schemas/usdm/operations/get-income-history.json", validate: validateGetIncomeHistoryResponse };

/**
 * Get Income History: `GET /fapi/v1/income`. The account's income (transfers, realized PnL, funding fees, commissions, …), newest limit entries within a range of at most 7 days (the last 7 days without one).
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetIncomeHistoryResponse` if you want readable names. Weight 30. Security USER_DATA.
 */
export function getIncomeHistoryHttp(params?: GetIncomeHistoryParams, client?: HttpClient): Observable<GetIncomeHistoryResponse> {
  return requestHttp(getIncomeHistoryOperation, params ?? {}, client);
}

/** Maps a raw `GetIncomeHistoryResponse` to the readable `ParsedGetIncomeHistoryResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetIncomeHistoryResponse<D = string>(raw: GetIncomeHistoryResponse, options?: ParseOptions<D>): ParsedGetIncomeHistoryResponse<D> {
  const decimal = decimalOf(options);
  return raw.map((item0) => ({ symbol: item0.symbol, incomeType: item0.incomeType, income: decimal(item0.income), asset: item0.asset, info: item0.info, time: item0.time, transactionId: item0.tranId, tradeId: item0.tradeId }));
}
