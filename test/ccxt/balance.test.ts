/**
 * Balances: our parsers against ccxt's binance on the same payloads (see reference.ts for the
 * ccxt function behind each reference).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { validate as validateGetAccount } from '../../generated/validators/operations/get-account';
import { validate as validateOutboundAccountPosition } from '../../generated/validators/user-data/outbound-account-position';
import { payloads, schemas } from './arbitraries';
import { specExamples } from './fixtures';
import { assertSame, loadSetup, parser, type Setup } from './harness';

let s: Setup;
beforeAll(async () => {
  s = await loadSetup();
});

/* eslint-disable @typescript-eslint/no-explicit-any */
type Raw = any;

describe('parseGetAccountCcxt (REST account; ccxt: fetchBalance → parseBalanceCustom)', () => {
  const arbitrary = payloads<Raw>(schemas.getAccount, validateGetAccount);

  it('equals ccxt on generated payloads', () => {
    const ours = parser('parseGetAccountCcxt');
    assertSame(
      arbitrary,
      (raw) => ours(raw, s.context),
      (raw) => s.reference.restBalance(raw),
    );
  });

  it.each(specExamples('operations/get-account.yaml'))(
    'equals ccxt on the spec example ($source)',
    ({ raw }) => {
      expect(parser('parseGetAccountCcxt')(raw, s.context)).toEqual(s.reference.restBalance(raw));
    },
  );
});

describe('parseOutboundAccountPositionCcxt (user data; ccxt: handleMessage → handleBalance)', () => {
  const arbitrary = payloads<Raw>(schemas.outboundAccountPosition, validateOutboundAccountPosition);

  it('equals ccxt on generated payloads', () => {
    const ours = parser('parseOutboundAccountPositionCcxt');
    assertSame(
      arbitrary,
      (raw) => ours(raw, s.context),
      (raw) => s.reference.streamBalance(raw),
    );
  });

  it.each(specExamples('user-data/outbound-account-position.yaml'))(
    'equals ccxt on the spec example ($source)',
    ({ raw }) => {
      expect(parser('parseOutboundAccountPositionCcxt')(raw, s.context)).toEqual(
        s.reference.streamBalance(raw),
      );
    },
  );
});
