// Generated from spec/operations/sapi/get-portfolio-margin-pro-account.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-portfolio-margin-pro-account';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetPortfolioMarginProAccountResponse: Validator = validate;

/** Parameters of Get Portfolio Margin Pro Account Info (USER_DATA) (`GET /sapi/v1/portfolio/account`). It takes none. */
export type GetPortfolioMarginProAccountParams = Record<string, never>;

/** Get Portfolio Margin Pro Account Info (USER_DATA): the response body with Binance's names. The Portfolio Margin Pro account: its unified maintenance margin ratio, equity, margins and status. (The Python original's portfolio margin account info used this path; classic Portfolio Margin accounts are served under /papi, which this SDK does not cover.) */
export interface GetPortfolioMarginProAccountResponse {
  /** Unified maintenance margin ratio. Exact decimal. */
  uniMMR: string;
  /** Account equity in USD. Exact decimal. */
  accountEquity: string;
  /** Actual equity in USD (without the collateral haircut). Exact decimal. */
  actualEquity: string;
  /** Maintenance margin of the account in USD. Exact decimal. */
  accountMaintMargin: string;
  /** Initial margin of the account in USD. Exact decimal. */
  accountInitialMargin: string;
  /** Available balance in USD, as text: the docs' example writes it with a thousands separator ("122,559.90199491"), so it is not typed decimal. */
  totalAvailableBalance: string;
  /** NORMAL, MARGIN_CALL, SUPPLY_MARGIN, REDUCE_ONLY, ACTIVE_LIQUIDATION, FORCE_LIQUIDATION or BANKRUPTED. */
  accountStatus: string;
  /** PM_1 (Portfolio Margin Pro), PM_2 (Portfolio Margin) or PM_3 (Portfolio Margin Pro SPAN). */
  accountType: string;
}

/** Get Portfolio Margin Pro Account Info (USER_DATA), parsed: readable names; decimals are exact strings unless `parseGetPortfolioMarginProAccountResponse` is given a `decimal` converter. */
export interface ParsedGetPortfolioMarginProAccountResponse<D = string> {
  /** Unified maintenance margin ratio. Exact decimal. Wire field `uniMMR`. */
  uniMmr: D;
  /** Account equity in USD. Exact decimal. */
  accountEquity: D;
  /** Actual equity in USD (without the collateral haircut). Exact decimal. */
  actualEquity: D;
  /** Maintenance margin of the account in USD. Exact decimal. */
  accountMaintMargin: D;
  /** Initial margin of the account in USD. Exact decimal. */
  accountInitialMargin: D;
  /** Available balance in USD, as text: the docs' example writes it with a thousands separator ("122,559.90199491"), so it is not typed decimal. */
  totalAvailableBalance: string;
  /** NORMAL, MARGIN_CALL, SUPPLY_MARGIN, REDUCE_ONLY, ACTIVE_LIQUIDATION, FORCE_LIQUIDATION or BANKRUPTED. */
  accountStatus: string;
  /** PM_1 (Portfolio Margin Pro), PM_2 (Portfolio Margin) or PM_3 (Portfolio Margin Pro SPAN). */
  accountType: string;
}

/** Descriptor of Get Portfolio Margin Pro Account Info (USER_DATA): data the runtime interprets. */
export const getPortfolioMarginProAccountOperation: OperationDescriptor<GetPortfolioMarginProAccountParams, GetPortfolioMarginProAccountResponse> = { operation: "getPortfolioMarginProAccount", security: "USER_DATA", weight: 5, weightType: "UID", params: {}, rest: {"method":"GET","path":"/sapi/v1/portfolio/account"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-portfolio-margin-pro-account.json", validate: validateGetPortfolioMarginProAccountResponse };

/**
 * Get Portfolio Margin Pro Account Info (USER_DATA): `GET /sapi/v1/portfolio/account`. The Portfolio Margin Pro account: its unified maintenance margin ratio, equity, margins and status. (The Python original's portfolio margin account info used this path; classic Portfolio Margin accounts are served under /papi, which this SDK does not cover.)
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetPortfolioMarginProAccountResponse` if you want readable names. Weight 5 (UID). Security USER_DATA.
 */
export function getPortfolioMarginProAccountHttp(params?: GetPortfolioMarginProAccountParams, client?: HttpClient): Observable<GetPortfolioMarginProAccountResponse> {
  return requestHttp(getPortfolioMarginProAccountOperation, params ?? {}, client);
}

/** Maps a raw `GetPortfolioMarginProAccountResponse` to the readable `ParsedGetPortfolioMarginProAccountResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetPortfolioMarginProAccountResponse<D = string>(raw: GetPortfolioMarginProAccountResponse, options?: ParseOptions<D>): ParsedGetPortfolioMarginProAccountResponse<D> {
  const decimal = decimalOf(options);
  return { uniMmr: decimal(raw.uniMMR), accountEquity: decimal(raw.accountEquity), actualEquity: decimal(raw.actualEquity), accountMaintMargin: decimal(raw.accountMaintMargin), accountInitialMargin: decimal(raw.accountInitialMargin), totalAvailableBalance: raw.totalAvailableBalance, accountStatus: raw.accountStatus, accountType: raw.accountType };
}
