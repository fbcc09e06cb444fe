/** What API methods and transports share: the market, the engine, keys, limits, user events. */
import type { Engine } from '../engine/engine';
import type { OrderLists } from '../engine/order-lists';
import type { UserEvents } from '../engine/user-events';
import type { Market } from '../market/market';
import type { Futures } from '../usdm/trading/futures';
import type { ResolvedOptions } from '../options';
import type { KeyRing } from './keys';
import type { RateLimits } from './rate-limits';

export interface ApiDeps {
  readonly options: ResolvedOptions;
  readonly market: Market;
  readonly engine: Engine;
  readonly orderLists: OrderLists;
  readonly keys: KeyRing;
  readonly limits: RateLimits;
  /** USDⓈ-M futures' own limiter (`/fapi` REST and `/ws-fapi/v1`): Binance counts them apart. */
  readonly usdmLimits: RateLimits;
  readonly userEvents: UserEvents;
  /** USDⓈ-M futures: their engine, ledger, listen keys and user data (sim/usdm/trading/). */
  readonly futures: Futures;
}
