/** `addOrderFactory`'s `logger` takes what every `logger` option takes: a Logger or a factory. */
import { describe, expect, it } from 'vitest';
import type { Logger } from '../../../src/logging/logger';
import { silentLogger } from '../../../src/logging/logger';
import { addOrderFactory } from '../../../src/orders/add-order-factory';
import { harness } from '../ws-api/harness';

const order = { symbol: 'BTCUSDT', side: 'BUY', type: 'MARKET', quantity: '1' } as const;

function session() {
  const h = harness({ credentials: { apiKey: 'KEY', sign: () => 'sig' } });
  h.session.connect();
  h.server().open();
  return h.session;
}

describe('addOrderFactory logger option', () => {
  it('accepts a factory and asks it for the orders namespace', () => {
    const namespaces: string[] = [];
    const factory = (namespace: string): Logger => {
      namespaces.push(namespace);
      return silentLogger;
    };
    const errors: unknown[] = [];
    addOrderFactory(session(), { logger: factory })(order).subscribe({
      error: (e) => errors.push(e),
    });
    expect(namespaces).toEqual(['binance-rx:orders']);
    expect(errors).toEqual([]);
  });

  it('accepts a single logger (console works)', () => {
    const errors: unknown[] = [];
    addOrderFactory(session(), { logger: silentLogger })(order).subscribe({
      error: (e) => errors.push(e),
    });
    expect(errors).toEqual([]);
  });
});
