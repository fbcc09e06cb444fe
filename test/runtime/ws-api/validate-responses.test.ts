import { config } from 'rxjs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getReferencePriceFactory } from '../../../generated/operations/get-reference-price';
import { getServerTimeFactory } from '../../../generated/operations/get-server-time';
import { CallbackError, SchemaValidationError } from '../../../src/errors';
import { harness } from './harness';
import { watch } from './watch';

describe('validateResponses on the WebSocket API session', () => {
  it('true: a result failing its schema is emitted, then reported as SchemaValidationError', () => {
    const h = harness({ validateResponses: true });
    h.session.connect();
    h.server().open();
    const time = watch(getServerTimeFactory(h.session)({}));
    h.reply('time', { serverTime: 'soon' });
    expect(time.values).toEqual([{ serverTime: 'soon' }]);
    expect(time.complete).toBe(false);
    expect(time.error).toBeInstanceOf(SchemaValidationError);
    expect(time.error).toMatchObject({ operation: 'getServerTime', instancePath: '/serverTime' });
  });

  it('accepts both shapes of a two-shaped answer (referencePrice never set: -2043 as a result)', () => {
    const h = harness({ validateResponses: true });
    h.session.connect();
    h.server().open();
    const price = watch(getReferencePriceFactory(h.session)({ symbol: 'BAZUSD' }));
    const never = { code: -2043, msg: "This symbol doesn't have a reference price." };
    h.reply('referencePrice', never);
    expect(price).toMatchObject({ values: [never], complete: true, error: undefined });
  });

  it('off by default: the result is emitted and the request completes', () => {
    const h = harness();
    h.session.connect();
    h.server().open();
    const time = watch(getServerTimeFactory(h.session)({}));
    h.reply('time', { serverTime: 'soon' });
    expect(time).toMatchObject({ values: [{ serverTime: 'soon' }], complete: true });
  });

  describe('a function that throws', () => {
    let unhandled: unknown[] = [];
    beforeEach(() => {
      unhandled = [];
      config.onUnhandledError = (error) => unhandled.push(error);
    });
    afterEach(() => {
      config.onUnhandledError = null;
    });

    it('emits the result, then errors the request with CallbackError, never an unhandled error', async () => {
      const thrown = new Error('metrics sink down');
      const h = harness({
        validateResponses: () => {
          throw thrown;
        },
      });
      h.session.connect();
      h.server().open();
      const time = watch(getServerTimeFactory(h.session)({}));
      h.reply('time', { serverTime: 'soon' });
      expect(time.values).toEqual([{ serverTime: 'soon' }]);
      expect(time.error).toBeInstanceOf(CallbackError);
      expect(time.error).toMatchObject({
        code: 'CALLBACK_FAILED',
        callback: 'validateResponses',
        cause: thrown,
      });
      // rxjs reports an error thrown in a subscriber on a timeout.
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toEqual([]);
    });
  });
});
