// Generated from spec/usdm/user-data/account-update.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { OperatorFunction } from 'rxjs';
import { userDataOperator, decimalOf, optionalOf, type UserDataMessage, type UserDataOptions, type Validator, type ParseOptions } from '../../../src/generated-runtime';
import { validate } from '../validators/user-data/account-update';

/** Checks an event against its JSON Schema; `.errors` when false. */
export const validateAccountUpdateEvent: Validator = validate;

/** Event Balance and Position Update (`e` = `ACCOUNT_UPDATE`), with Binance's wire names. Balances or positions changed (`m` says why: ORDER, FUNDING_FEE, DEPOSIT, WITHDRAW, MARGIN_TYPE_CHANGE, …); only the assets and positions that changed are listed. */
export interface AccountUpdateEvent {
  /** Event type. */
  e: "ACCOUNT_UPDATE";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  T: number;
  /** What changed. */
  a: {
    /** Why (ORDER, FUNDING_FEE, DEPOSIT, WITHDRAW, MARGIN_TRANSFER, …). */
    m: string;
    /** The balances that changed. */
    B: Array<{
      /** Asset. */
      a: string;
      /** Wallet balance. Exact decimal. */
      wb: string;
      /** Cross wallet balance. Exact decimal. */
      cw: string;
      /** Change except PnL and commission. Sent only when: Sent since 2021; events recorded before lack it. Exact decimal. */
      bc?: string;
    }>;
    /** The positions that changed. */
    P: Array<{
      /** Symbol. */
      s: string;
      /** Position size. Exact decimal. */
      pa: string;
      /** Entry price. Exact decimal. */
      ep: string;
      /** Break-even price. Sent only when: Sent since 2023; events recorded before lack it. Exact decimal. */
      bep?: string;
      /** Realized PnL accumulated before fees. Exact decimal. */
      cr: string;
      /** Unrealized PnL. Exact decimal. */
      up: string;
      /** isolated or cross. */
      mt: string;
      /** Isolated wallet (isolated positions). Exact decimal. */
      iw: string;
      /** BOTH, LONG or SHORT. */
      ps: string;
      /** Margin asset of the position. Sent only when: Sent in recorded events (2021 to 2023), not in the docs' example. */
      ma?: string;
    }>;
  };
}

/** Event Balance and Position Update, parsed: readable names; decimals are exact strings unless `parseAccountUpdateEvent` is given a `decimal` converter. */
export interface ParsedAccountUpdateEvent<D = string> {
  /** Event type. Wire field `e`. */
  eventType: "ACCOUNT_UPDATE";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Transaction time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
  transactionTime: number;
  /** What changed. Wire field `a`. */
  update: {
    /** Why (ORDER, FUNDING_FEE, DEPOSIT, WITHDRAW, MARGIN_TRANSFER, …). Wire field `m`. */
    reason: string;
    /** The balances that changed. Wire field `B`. */
    balances: Array<{
      /** Asset. Wire field `a`. */
      asset: string;
      /** Wallet balance. Exact decimal. Wire field `wb`. */
      walletBalance: D;
      /** Cross wallet balance. Exact decimal. Wire field `cw`. */
      crossWalletBalance: D;
      /** Change except PnL and commission. Sent only when: Sent since 2021; events recorded before lack it. Exact decimal. Wire field `bc`. */
      balanceChange?: D | undefined;
    }>;
    /** The positions that changed. Wire field `P`. */
    positions: Array<{
      /** Symbol. Wire field `s`. */
      symbol: string;
      /** Position size. Exact decimal. Wire field `pa`. */
      positionAmount: D;
      /** Entry price. Exact decimal. Wire field `ep`. */
      entryPrice: D;
      /** Break-even price. Sent only when: Sent since 2023; events recorded before lack it. Exact decimal. Wire field `bep`. */
      breakEvenPrice?: D | undefined;
      /** Realized PnL accumulated before fees. Exact decimal. Wire field `cr`. */
      accumulatedRealized: D;
      /** Unrealized PnL. Exact decimal. Wire field `up`. */
      unrealizedPnl: D;
      /** isolated or cross. Wire field `mt`. */
      marginType: string;
      /** Isolated wallet (isolated positions). Exact decimal. Wire field `iw`. */
      isolatedWallet: D;
      /** BOTH, LONG or SHORT. Wire field `ps`. */
      positionSide: string;
      /** Margin asset of the position. Sent only when: Sent in recorded events (2021 to 2023), not in the docs' example. Wire field `ma`. */
      marginAsset?: string | undefined;
    }>;
  };
}

/** Picks the `ACCOUNT_UPDATE` events out of `session.userData()` (or another account's `session.userData(credentials)`), each checked against its schema (pass `{ validate: false }` not to; an event that fails is dropped and given to `onInvalid`). */
export function onAccountUpdate(options?: UserDataOptions): OperatorFunction<UserDataMessage, AccountUpdateEvent> {
  return userDataOperator<AccountUpdateEvent>("ACCOUNT_UPDATE", "https://binance-rx.dev/schemas/usdm/user-data/account-update.json", validateAccountUpdateEvent, options);
}

/** Maps a raw `AccountUpdateEvent` to the readable `ParsedAccountUpdateEvent`. */
export function parseAccountUpdateEvent<D = string>(raw: AccountUpdateEvent, options?: ParseOptions<D>): ParsedAccountUpdateEvent<D> {
  const decimal = decimalOf(options);
  const optionalDecimal = optionalOf(decimal);
  return { eventType: raw.e, eventTime: raw.E, transactionTime: raw.T, update: { reason: raw.a.m, balances: raw.a.B.map((item0) => ({ asset: item0.a, walletBalance: decimal(item0.wb), crossWalletBalance: decimal(item0.cw), balanceChange: optionalDecimal(item0.bc) })), positions: raw.a.P.map((item0) => ({ symbol: item0.s, positionAmount: decimal(item0.pa), entryPrice: decimal(item0.ep), breakEvenPrice: optionalDecimal(item0.bep), accumulatedRealized: decimal(item0.cr), unrealizedPnl: decimal(item0.up), marginType: item0.mt, isolatedWallet: decimal(item0.iw), positionSide: item0.ps, marginAsset: item0.ma })) } };
}
