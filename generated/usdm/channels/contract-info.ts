// Generated from spec/usdm/channels/contract-info.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/contract-info';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateContractInfoEvent: Validator = validate;

/** Parameters of the Contract Info Stream stream `!contractInfo`. It takes none. */
export type ContractInfoParams = Record<string, never>;

/** Contract Info Stream: raw payload of `!contractInfo`, with Binance's wire names. Changes to the contracts: listing, settlement, delivery date, status, and (`bks`) leverage bracket updates, in real time. Update speed: Real-time. */
export interface ContractInfoEvent {
  /** Event type. */
  e: "contractInfo";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Symbol. */
  s: string;
  /** Pair. Sent only when: Sent before the COIN-M migration (binance-connector-js 31.0.0, 2026-06-10, removed it) */
  ps?: string;
  /** Contract type. */
  ct: string;
  /** Delivery date time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  dt: number;
  /** Onboard date time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  ot: number;
  /** Contract status. */
  cs: string;
  /** Leverage brackets. Sent only when: Shown only when a bracket is updated */
  bks?: Array<{
    /** Notional bracket. */
    bs: number;
    /** Floor notional of this bracket. */
    bnf: number;
    /** Cap notional of this bracket. */
    bnc: number;
    /** Maintenance margin ratio of this bracket. */
    mmr: number;
    /** Auxiliary number for quick calculation. */
    cf: number;
    /** Minimum leverage of this bracket. */
    mi: number;
    /** Maximum leverage of this bracket. */
    ma: number;
  }>;
  /** Symbol type: 1 USDⓈ-M, 2 COIN-M. Sent only when: After the COIN-M migration */
  st?: number;
}

/** Contract Info Stream, parsed: readable names; decimals are exact strings unless `parseContractInfo` is given a `decimal` converter. */
export interface ParsedContractInfo {
  /** Event type. Wire field `e`. */
  eventType: "contractInfo";
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Symbol. Wire field `s`. */
  symbol: string;
  /** Pair. Sent only when: Sent before the COIN-M migration (binance-connector-js 31.0.0, 2026-06-10, removed it) Wire field `ps`. */
  pair?: string | undefined;
  /** Contract type. Wire field `ct`. */
  contractType: string;
  /** Delivery date time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `dt`. */
  deliveryTime: number;
  /** Onboard date time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `ot`. */
  onboardTime: number;
  /** Contract status. Wire field `cs`. */
  contractStatus: string;
  /** Leverage brackets. Sent only when: Shown only when a bracket is updated Wire field `bks`. */
  brackets?: Array<{
    /** Notional bracket. Wire field `bs`. */
    bracket: number;
    /** Floor notional of this bracket. Wire field `bnf`. */
    notionalFloor: number;
    /** Cap notional of this bracket. Wire field `bnc`. */
    notionalCap: number;
    /** Maintenance margin ratio of this bracket. Wire field `mmr`. */
    maintenanceMarginRatio: number;
    /** Auxiliary number for quick calculation. Wire field `cf`. */
    cumulative: number;
    /** Minimum leverage of this bracket. Wire field `mi`. */
    minLeverage: number;
    /** Maximum leverage of this bracket. Wire field `ma`. */
    maxLeverage: number;
  }> | undefined;
  /** Symbol type: 1 USDⓈ-M, 2 COIN-M. Sent only when: After the COIN-M migration Wire field `st`. */
  symbolType?: number | undefined;
}

/** Descriptor of `!contractInfo`: data the runtime interprets. */
export const contractInfoChannel: ChannelDescriptor<ContractInfoParams, ContractInfoEvent> = { channel: "contractInfo", stream: "!contractInfo", schemaId: "https://binance-rx.dev/schemas/usdm/channels/contract-info.json", route: "market", params: {  }, validate: validateContractInfoEvent };

/** Subscribes to `!contractInfo` on every new socket and emits its payloads. Changes to the contracts: listing, settlement, delivery date, status, and (`bks`) leverage bracket updates, in real time. */
export function subscribeContractInfo(messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, ContractInfoEvent> {
  return subscribeChannel(contractInfoChannel, {}, messages, options);
}

/** Maps a raw `ContractInfoEvent` to the readable `ParsedContractInfo`. */
export function parseContractInfo(raw: ContractInfoEvent): ParsedContractInfo {
  return { eventType: raw.e, eventTime: raw.E, symbol: raw.s, pair: raw.ps, contractType: raw.ct, deliveryTime: raw.dt, onboardTime: raw.ot, contractStatus: raw.cs, brackets: raw.bks === undefined ? undefined : raw.bks.map((item0) => ({ bracket: item0.bs, notionalFloor: item0.bnf, notionalCap: item0.bnc, maintenanceMarginRatio: item0.mmr, cumulative: item0.cf, minLeverage: item0.mi, maxLeverage: item0.ma })), symbolType: raw.st };
}
