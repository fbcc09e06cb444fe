// Generated from spec/ccxt/balance.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import { map, type OperatorFunction } from 'rxjs';
import { ccxtBalances, currencyCode, type CcxtBalances, type CcxtContext } from '../../src/generated-runtime';
import type { GetAccountResponse } from '../operations/get-account';
import type { OutboundAccountPositionEvent } from '../user-data/outbound-account-position';

function entryOfGetAccount(raw: GetAccountResponse): CcxtBalances {
  return ccxtBalances(raw, { timestamp: raw.updateTime, accounts: raw.balances.map((item1) => ({ currency: currencyCode(item1.asset), free: item1.free, used: item1.locked })) });
}

/** Maps the answer of `getAccount` (`GetAccountResponse`) to CCXT's Balances (`CcxtBalances`), as ccxt binance parseBalanceCustom (fetchBalance, spot) does. Mapping: `spec/ccxt/balance.yaml`. */
export function parseGetAccountCcxt(raw: GetAccountResponse, _context?: CcxtContext): CcxtBalances {
  return entryOfGetAccount(raw);
}

/** `parseGetAccountCcxt` as an rxjs operator. */
export function toGetAccountCcxt(_context?: CcxtContext): OperatorFunction<GetAccountResponse, CcxtBalances> {
  return map((raw) => parseGetAccountCcxt(raw, _context));
}

function entryOfOutboundAccountPosition(raw: OutboundAccountPositionEvent): CcxtBalances {
  return ccxtBalances(raw, { timestamp: raw.E, accounts: raw.B.map((item1) => ({ currency: currencyCode(item1.a), free: item1.f, used: item1.l })) });
}

/** Maps the `outboundAccountPosition` user data event (`OutboundAccountPositionEvent`) to CCXT's Balances (`CcxtBalances`), as ccxt.pro binance handleBalance (only the assets of this event; ccxt merges them into its running balance) does. Mapping: `spec/ccxt/balance.yaml`. */
export function parseOutboundAccountPositionCcxt(raw: OutboundAccountPositionEvent, _context?: CcxtContext): CcxtBalances {
  return entryOfOutboundAccountPosition(raw);
}

/** `parseOutboundAccountPositionCcxt` as an rxjs operator. */
export function toOutboundAccountPositionCcxt(_context?: CcxtContext): OperatorFunction<OutboundAccountPositionEvent, CcxtBalances> {
  return map((raw) => parseOutboundAccountPositionCcxt(raw, _context));
}
