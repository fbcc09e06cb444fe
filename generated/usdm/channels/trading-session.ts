// Generated from spec/usdm/channels/trading-session.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable, OperatorFunction } from 'rxjs';
import { subscribeChannel, type ChannelDescriptor, type NewSocketEvent, type SubscribeOptions, type Validator } from '../../../src/generated-runtime';
import { validate } from '../validators/trading-session';

/** Checks a payload against the channel's JSON Schema; `.errors` when false. */
export const validateTradingSessionEvent: Validator = validate;

/** Parameters of the Trading Session Stream stream `tradingSession`. It takes none. */
export type TradingSessionParams = Record<string, never>;

/** Trading Session Stream: raw payload of `tradingSession`, with Binance's wire names. The present trading session of each market underlying TradFi perpetuals, every second, one message per market: U.S. equities (EquityUpdate: PRE_MARKET, REGULAR, AFTER_MARKET, OVERNIGHT, NO_TRADING), commodities (CommodityUpdate), Korean and Hong Kong equities (KR_EquityUpdate, HK_EquityUpdate: REGULAR, NO_TRADING); Binance's connector 38 adds CN_EquityUpdate and FXUpdate, so the event type is not a closed list. The sessions ahead are in `getTradingSchedule`. Update speed: 1s. */
export interface TradingSessionEvent {
  /** The market, as an event type: EquityUpdate, CommodityUpdate, KR_EquityUpdate, HK_EquityUpdate (and more as Binance adds markets). */
  e: string;
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  E: number;
  /** Start of the present session. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  t: number;
  /** End of the present session. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). */
  T: number;
  /** Session type: PRE_MARKET, REGULAR, AFTER_MARKET, OVERNIGHT or NO_TRADING. */
  S: string;
}

/** Trading Session Stream, parsed: readable names; decimals are exact strings unless `parseTradingSession` is given a `decimal` converter. */
export interface ParsedTradingSession {
  /** The market, as an event type: EquityUpdate, CommodityUpdate, KR_EquityUpdate, HK_EquityUpdate (and more as Binance adds markets). Wire field `e`. */
  eventType: string;
  /** Event time. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `E`. */
  eventTime: number;
  /** Start of the present session. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `t`. */
  sessionStartTime: number;
  /** End of the present session. Epoch ms (µs with `timeUnit: 'MICROSECOND'`). Wire field `T`. */
  sessionEndTime: number;
  /** Session type: PRE_MARKET, REGULAR, AFTER_MARKET, OVERNIGHT or NO_TRADING. Wire field `S`. */
  sessionType: string;
}

/** Descriptor of `tradingSession`: data the runtime interprets. */
export const tradingSessionChannel: ChannelDescriptor<TradingSessionParams, TradingSessionEvent> = { channel: "tradingSession", stream: "tradingSession", schemaId: "https://binance-rx.dev/schemas/usdm/channels/trading-session.json", route: "market", params: {  }, validate: validateTradingSessionEvent };

/** Subscribes to `tradingSession` on every new socket and emits its payloads. The present trading session of each market underlying TradFi perpetuals, every second, one message per market: U.S. equities (EquityUpdate: PRE_MARKET, REGULAR, AFTER_MARKET, OVERNIGHT, NO_TRADING), commodities (CommodityUpdate), Korean and Hong Kong equities (KR_EquityUpdate, HK_EquityUpdate: REGULAR, NO_TRADING); Binance's connector 38 adds CN_EquityUpdate and FXUpdate, so the event type is not a closed list. The sessions ahead are in `getTradingSchedule`. */
export function subscribeTradingSession(messages: Observable<unknown>, options?: SubscribeOptions): OperatorFunction<NewSocketEvent, TradingSessionEvent> {
  return subscribeChannel(tradingSessionChannel, {}, messages, options);
}

/** Maps a raw `TradingSessionEvent` to the readable `ParsedTradingSession`. */
export function parseTradingSession(raw: TradingSessionEvent): ParsedTradingSession {
  return { eventType: raw.e, eventTime: raw.E, sessionStartTime: raw.t, sessionEndTime: raw.T, sessionType: raw.S };
}
