/** One market-stream WebSocket connection: subscriptions, control messages, limits, faults. */
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import type { FaultState } from '../faults/state';
import type { ResolvedOptions } from '../options';
import { handleControl, type ControlTarget } from './control';
import type { StreamHub, Subscriber } from './hub';
import type { StreamSpec } from './names';
import { ServedSocket } from './served-socket';
import type { StreamUrl } from './url';

export interface ConnectionContext {
  readonly hub: StreamHub;
  readonly options: ResolvedOptions;
  readonly faults: FaultState;
  readonly connections: Set<MarketConnection>;
  /** JSON stream names (`jsonWire`), or SBE market data (`/sbe/…`: binary frames), or USDⓈ-M's. */
  readonly wire: StreamWire;
}

/** What differs between the JSON and the SBE market streams of a connection. */
export interface StreamWire {
  readonly sbe: boolean;
  parse(name: string): StreamSpec | undefined;
  /** The hub key of a stream name: SBE streams never share a feed with JSON ones. */
  key(name: string): string;
}

/** The JSON market streams, their names parsed by `parse` (`streamNameParser`, per exchange). */
export const jsonWire = (parse: StreamWire['parse']): StreamWire => ({
  sbe: false,
  parse,
  key: (name) => name,
});

export class MarketConnection extends ServedSocket implements Subscriber, ControlTarget {
  readonly subscriptions = new Set<string>();
  combined: boolean;
  readonly micro: boolean;
  readonly sbe: boolean;

  constructor(
    ws: WebSocket,
    /** The raw TCP socket, for back-pressure in flood mode. */
    readonly socket: Duplex,
    url: StreamUrl,
    private readonly ctx: ConnectionContext,
  ) {
    super(ws, ctx.options, ctx.faults);
    this.combined = url.combined;
    this.micro = url.micro;
    this.sbe = this.ctx.wire.sbe;
    ctx.connections.add(this);
    this.subscribe(url.streams);
  }

  parseStreamName(name: string): StreamSpec | undefined {
    return this.ctx.wire.parse(name);
  }

  get maxStreams(): number {
    return this.ctx.options.maxStreamsPerConnection;
  }

  subscribe(names: readonly string[]): void {
    for (const name of names) {
      const spec = this.ctx.wire.parse(name);
      if (spec === undefined || this.subscriptions.has(name)) continue;
      this.subscriptions.add(name);
      this.ctx.hub.subscribe(this, this.ctx.wire.key(name), spec, name);
    }
  }

  unsubscribe(names: readonly string[]): void {
    for (const name of names) {
      if (!this.subscriptions.delete(name)) continue;
      this.ctx.hub.unsubscribe(this, this.ctx.wire.key(name));
    }
  }

  protected answer(text: string): string {
    return handleControl(text, this);
  }

  protected closed(): void {
    this.unsubscribe([...this.subscriptions]);
    this.ctx.connections.delete(this);
  }
}
