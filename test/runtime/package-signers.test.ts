/**
 * `binance-rx/signers` (WebCrypto, every platform) signs what the local exchange verifies by
 * Binance's rules for each key type; a changed payload is refused with -1022; a key that is not a
 * PEM private key is a clear error.
 */
import { describe, expect, it } from 'vitest';
import { KeyRing } from '../../sim/api/keys';
import { ed25519Signer, hmacSigner, rsaSigner } from '../../src/signers';

const keys = new KeyRing();
const issued = keys.issue('default');
const payload = 'symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.001&timestamp=1700000000000';

describe('binance-rx/signers', () => {
  it.each([
    ['hmacSigner', issued.hmac.apiKey, () => hmacSigner(issued.hmac.secret)],
    ['ed25519Signer', issued.ed25519.apiKey, () => ed25519Signer(issued.ed25519.secret)],
    ['rsaSigner', issued.rsa.apiKey, () => rsaSigner(issued.rsa.secret)],
  ])('%s signs what the exchange verifies', async (_name, apiKey, make) => {
    const sign = await make();
    const signature = await sign(payload);
    expect(keys.verify(apiKey, payload, signature)).toMatchObject({ accountId: 'default' });
    expect(() => keys.verify(apiKey, `${payload}0`, signature)).toThrow(/-1022/);
  });

  it('refuses a key that is not a PKCS#8 PEM', async () => {
    await expect(ed25519Signer('not a key')).rejects.toThrow(/PEM "PRIVATE KEY"/);
    await expect(rsaSigner(issued.ed25519.publicKey!)).rejects.toThrow(/PEM "PRIVATE KEY"/);
  });
});
