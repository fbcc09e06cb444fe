/**
 * The futures exchange beside Spot: its own engine (the shared matching engine over the same
 * books, with `FuturesFunds` for margin and positions), its Algo Service (conditional orders),
 * its ledger of accounts, and its own user data events (served on the `/private` route, never mixed with Spot's).
 */
import { Engine } from '../../engine/engine';
import { AlgoService } from './algo-service';
import { UserEvents } from '../../engine/user-events';
import type { Market } from '../../market/market';
import { markTicks } from '../model';
import { FuturesFunds } from './futures-funds';
import { FuturesLedger } from './ledger';
import { ListenKeys } from './listen-keys';
import type { MarkOf } from './margin';

export class Futures {
  readonly ledger = new FuturesLedger();
  readonly userEvents = new UserEvents();
  readonly listenKeys = new ListenKeys();
  readonly funds: FuturesFunds;
  readonly engine: Engine;
  readonly markOf: MarkOf;
  /** Algo (conditional) orders, triggered after each market step. */
  readonly algo: AlgoService;

  constructor(readonly market: Market) {
    this.markOf = (symbol) => {
      const m = market.get(symbol.toLowerCase());
      return m === undefined ? 0 : markTicks(m) * m.spec.tickE8;
    };
    this.funds = new FuturesFunds(this.ledger, this.markOf, this.userEvents);
    this.engine = new Engine({
      market,
      userEvents: this.userEvents,
      funds: () => this.funds,
      report: (order, x, now, fill) => this.funds.report(order, x, now, fill),
    });
    this.algo = new AlgoService(this);
  }

  close(): void {
    this.algo.close();
    this.engine.close();
    this.userEvents.clear();
  }
}
