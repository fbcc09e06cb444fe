// Generated from spec/operations/get-execution-rules.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, decimalOf, type HttpClient, type OperationDescriptor, type ParseOptions, type Validator, type WsApiSession } from '../../src/generated-runtime';
import { validate } from '../validators/operations/get-execution-rules';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateGetExecutionRulesResponse: Validator = validate;

/** Parameters of Query Execution Rules (`GET /api/v3/executionRules`, WebSocket API `executionRules`). */
export interface GetExecutionRulesParams {
  /** Trading pair such as BTCUSDT; since 2025-12 also non-ASCII (这是测试币456), percent-encoded as UTF-8 on REST. */
  symbol?: string;
  /** Several trading pairs, such as ["BTCUSDT","BNBUSDT"]. */
  symbols?: readonly string[];
  /** Only symbols with this trading status. */
  symbolStatus?: "TRADING" | "HALT" | "BREAK";
}

/** Query Execution Rules: the response body with Binance's names. Execution rules of symbols (price ranges orders must stay within), for one, several or all symbols. */
export interface GetExecutionRulesResponse {
  /** Rules of each symbol. */
  symbolRules: Array<{
    /** Symbol. */
    symbol: string;
    /** The symbol's rules. */
    rules: Array<{
      /** Rule type (PRICE_RANGE). */
      ruleType: string;
      /** Highest bid price allowed, as a multiple of the reference price. Exact decimal. */
      bidLimitMultUp: string;
      /** Lowest bid price allowed, as a multiple of the reference price. Exact decimal. */
      bidLimitMultDown: string;
      /** Highest ask price allowed, as a multiple of the reference price. Exact decimal. */
      askLimitMultUp: string;
      /** Lowest ask price allowed, as a multiple of the reference price. Exact decimal. */
      askLimitMultDown: string;
    }>;
  }>;
}

/** Query Execution Rules, parsed: readable names; decimals are exact strings unless `parseGetExecutionRulesResponse` is given a `decimal` converter. */
export interface ParsedGetExecutionRulesResponse<D = string> {
  /** Rules of each symbol. */
  symbolRules: Array<{
    /** Symbol. */
    symbol: string;
    /** The symbol's rules. */
    rules: Array<{
      /** Rule type (PRICE_RANGE). */
      ruleType: string;
      /** Highest bid price allowed, as a multiple of the reference price. Exact decimal. */
      bidLimitMultUp: D;
      /** Lowest bid price allowed, as a multiple of the reference price. Exact decimal. */
      bidLimitMultDown: D;
      /** Highest ask price allowed, as a multiple of the reference price. Exact decimal. */
      askLimitMultUp: D;
      /** Lowest ask price allowed, as a multiple of the reference price. Exact decimal. */
      askLimitMultDown: D;
    }>;
  }>;
}

/** Descriptor of Query Execution Rules: data the runtime interprets. */
export const getExecutionRulesOperation: OperationDescriptor<GetExecutionRulesParams, GetExecutionRulesResponse> = { operation: "getExecutionRules", security: "NONE", weight: 40, params: {"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"},"symbols":{"type":"list"},"symbolStatus":{"type":"string","enum":["TRADING","HALT","BREAK"]}}, rest: {"method":"GET","path":"/api/v3/executionRules"}, wsApi: {"method":"executionRules"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/get-execution-rules.json", validate: validateGetExecutionRulesResponse };

/**
 * Query Execution Rules: `GET /api/v3/executionRules`. Execution rules of symbols (price ranges orders must stay within), for one, several or all symbols.
 *
 * Emits the full JSON body once, then completes; parse it with `parseGetExecutionRulesResponse` if you want readable names. Weight 40 (symbol: 2; symbols: 2 per symbol, at most 40; symbolStatus or none: 40.). Security NONE.
 */
export function getExecutionRulesHttp(params?: GetExecutionRulesParams, client?: HttpClient): Observable<GetExecutionRulesResponse> {
  return requestHttp(getExecutionRulesOperation, params ?? {}, client);
}

/** Query Execution Rules over the WebSocket API (`executionRules`): returns a function that sends one request per subscription and emits its `result`. Execution rules of symbols (price ranges orders must stay within), for one, several or all symbols. Weight 40 (symbol: 2; symbols: 2 per symbol, at most 40; symbolStatus or none: 40.). Security NONE. */
export function getExecutionRulesFactory(session: WsApiSession): (params?: GetExecutionRulesParams) => Observable<GetExecutionRulesResponse> {
  return (params) => session.request(getExecutionRulesOperation, params ?? {});
}

/** Maps a raw `GetExecutionRulesResponse` to the readable `ParsedGetExecutionRulesResponse`. Pass `{ decimal: Number }` (or a big-decimal constructor) to convert decimals. */
export function parseGetExecutionRulesResponse<D = string>(raw: GetExecutionRulesResponse, options?: ParseOptions<D>): ParsedGetExecutionRulesResponse<D> {
  const decimal = decimalOf(options);
  return { symbolRules: raw.symbolRules.map((item0) => ({ symbol: item0.symbol, rules: item0.rules.map((item1) => ({ ruleType: item1.ruleType, bidLimitMultUp: decimal(item1.bidLimitMultUp), bidLimitMultDown: decimal(item1.bidLimitMultDown), askLimitMultUp: decimal(item1.askLimitMultUp), askLimitMultDown: decimal(item1.askLimitMultDown) })) })) };
}
