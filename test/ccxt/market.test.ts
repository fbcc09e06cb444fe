/**
 * Markets: our exchangeInfo parser against ccxt's binance `fetchMarkets` on the same bodies (see
 * reference.ts).
 */
import { describe, expect, it } from 'vitest';
import { validate as validateGetExchangeInfo } from '../../generated/validators/operations/get-exchange-info';
import { EXCHANGE_INFO_OVERRIDES, payloads, schemas } from './arbitraries';
import { EXCHANGE_INFO, specExamples } from './fixtures';
import { assertSameAsync, parser } from './harness';
import { referenceMarkets } from './reference';

/* eslint-disable @typescript-eslint/no-explicit-any */
type Raw = any;

describe('parseGetExchangeInfoCcxt (ccxt: fetchMarkets → parseMarket)', () => {
  const arbitrary = payloads<Raw>(schemas.getExchangeInfo, validateGetExchangeInfo, {
    overrides: EXCHANGE_INFO_OVERRIDES,
  });

  it('equals ccxt on generated bodies', async () => {
    const ours = parser('parseGetExchangeInfoCcxt');
    await assertSameAsync(arbitrary, (raw) => ours(raw), referenceMarkets);
  });

  it('equals ccxt on the exchangeInfo of the tests (the local exchange)', async () => {
    expect(parser('parseGetExchangeInfoCcxt')(EXCHANGE_INFO)).toEqual(
      await referenceMarkets(EXCHANGE_INFO),
    );
  });

  it.each(specExamples('operations/get-exchange-info.yaml'))(
    'equals ccxt on the spec example ($source)',
    async ({ raw }) => {
      expect(parser('parseGetExchangeInfoCcxt')(raw)).toEqual(await referenceMarkets(raw));
    },
  );
});
