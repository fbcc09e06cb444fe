/** Placeholder for the matching engine and accounts (filled in by the engine work). */
import type { Market } from '../market/market';
import type { UserEvents } from './user-events';

export interface EngineOptions {
  readonly market: Market;
  readonly userEvents: UserEvents;
}

export class Engine {
  constructor(readonly options: EngineOptions) {}
}
