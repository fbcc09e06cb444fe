/**
 * The futures exchange beside Spot: its own engine (the shared matching engine over the same
 * books, with `FuturesFunds` for margin and positions), its Algo Service (conditional orders),
 * its ledger of accounts, its own user data events (served on the `/private` route, never mixed
 * with Spot's), the liquidation engine (checked after every market step) and funding (settled on
 * the funding clock).
 */
import { parseE8 } from '../../engine/amounts';
import { Engine } from '../../engine/engine';
import { AlgoService } from './algo-service';
import { UserEvents } from '../../engine/user-events';
import type { Market } from '../../market/market';
import { markTicks, setMarkTicks } from '../model';
import { FUNDING_INTERVAL_MS, usdmState } from '../state';
import { fundingClock, settleFunding } from './funding';
import { FuturesFunds } from './futures-funds';
import { FuturesLedger } from './ledger';
import { Liquidations } from './liquidations';
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
  readonly liquidations: Liquidations;
  private readonly stops: (() => void)[];

  constructor(
    readonly market: Market,
    fundingIntervalMs = FUNDING_INTERVAL_MS,
  ) {
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
    this.liquidations = new Liquidations(this);
    for (const m of market.all()) usdmState(m).fundingIntervalMs = fundingIntervalMs;
    this.stops = [
      market.onStep((_results, now) => this.liquidations.check(now)),
      fundingClock(this, fundingIntervalMs),
    ];
  }

  /**
   * Moves `symbol`'s mark price (and index) to `price` now, or back to the book's mid when
   * `price` is undefined, then checks every account and algo order at once (no market step
   * needed).
   */
  setMarkPrice(symbol: string, price: string | undefined, now: number): void {
    const m = this.market.get(symbol.toLowerCase());
    if (m === undefined) throw new RangeError(`setMarkPrice: no symbol ${symbol}`);
    const ticks =
      price === undefined ? undefined : Math.round(parseE8('price', price) / m.spec.tickE8);
    if (ticks !== undefined && ticks <= 0)
      throw new RangeError('setMarkPrice: price must be positive');
    setMarkTicks(m, ticks);
    this.liquidations.check(now);
    this.algo.checkTriggers(now);
  }

  /** Settles every symbol's funding now, as each funding time does by itself. */
  settleFunding(now: number): void {
    settleFunding(this, now);
  }

  close(): void {
    this.algo.close();
    for (const stop of this.stops) stop();
    this.engine.close();
    this.userEvents.clear();
  }
}
