/**
 * The local exchange's self-check for market streams: every channel of the spec, subscribed on
 * the local exchange, delivers payloads that pass the channel's emitted JSON Schema.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as generated from '../../generated';
import { startLocalExchange, type LocalExchange } from '../../sim';
import type { ChannelDescriptor, StreamParam } from '../../src/channels/descriptor';
import { streamName } from '../../src/channels/stream-name';
import { Client } from '../sim/helpers';

type Channel = ChannelDescriptor<Record<string, unknown>, unknown>;
const isChannel = (value: unknown): value is Channel =>
  typeof value === 'object' && value !== null && 'channel' in value && 'stream' in value;
const channels: Channel[] = (Object.values(generated) as unknown[]).filter(isChannel);

/** A value for each stream parameter: BTCUSDT for symbols, else the first allowed one. */
const valueOf = (name: string, param: StreamParam): string | number | undefined =>
  name === 'symbol' ? 'BTCUSDT' : param.optional ? undefined : (param.enum?.[0] ?? param.default);

let exchange: LocalExchange;
beforeAll(async () => {
  exchange = await startLocalExchange({ symbols: ['BTCUSDT'], tickMs: 10, speed: 50 });
});
afterAll(() => exchange.close());

describe('every channel of the spec on the local exchange', () => {
  it('covers the channels', () => {
    expect(channels.length).toBeGreaterThanOrEqual(15);
  });

  for (const channel of channels) {
    it(`${channel.channel} (${channel.stream}) delivers payloads that pass its schema`, async () => {
      const params = Object.fromEntries(
        Object.entries(channel.params).map(([name, param]) => [
          name,
          valueOf(name, param as StreamParam),
        ]),
      );
      const stream = streamName(channel, params);
      const client = await Client.open(
        `${exchange.urls.combined}?streams=${channel.implicit ? 'btcusdt@trade' : stream}`,
      );
      try {
        if (channel.implicit) exchange.faults.serverShutdown();
        const message = await client.json<{ stream?: string; data?: unknown }>(
          (m) => m.stream === stream,
          8000,
        );
        const valid = channel.validate(message.data);
        expect(valid ? [] : channel.validate.errors).toEqual([]);
      } finally {
        client.ws.terminate();
      }
    });
  }
});
