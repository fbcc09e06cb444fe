/**
 * The example signers produce signatures the local exchange accepts (its checks follow Binance's
 * rules for each key type), and a wrong key is refused with -1022.
 */
import { describe, expect, it } from 'vitest';
import { ed25519Signer } from '../../examples/signers/ed25519';
import { hmacSigner } from '../../examples/signers/hmac';
import { remoteSigner } from '../../examples/signers/remote';
import { rsaSigner } from '../../examples/signers/rsa';
import { webCryptoHmacSigner } from '../../examples/signers/webcrypto-hmac';
import { KeyRing } from '../../sim/api/keys';

const keys = new KeyRing();
const issued = keys.issue('default');
const payload = 'symbol=BTCUSDT&side=BUY&type=MARKET&quantity=0.001&timestamp=1700000000000';

describe('example signers', () => {
  it.each([
    ['HMAC (node:crypto)', issued.hmac.apiKey, () => hmacSigner(issued.hmac.secret)],
    ['HMAC (WebCrypto)', issued.hmac.apiKey, () => webCryptoHmacSigner(issued.hmac.secret)],
    ['Ed25519', issued.ed25519.apiKey, () => ed25519Signer(issued.ed25519.secret)],
    ['RSA', issued.rsa.apiKey, () => rsaSigner(issued.rsa.secret)],
  ])('%s signs what the exchange verifies', async (_name, apiKey, make) => {
    const sign = await make();
    const signature = await sign(payload);
    expect(keys.verify(apiKey, payload, signature)).toMatchObject({ accountId: 'default' });
    expect(() => keys.verify(apiKey, `${payload}0`, signature)).toThrow(/-1022/);
  });

  it('a remote signer forwards the payload and returns the service answer', async () => {
    const local = hmacSigner(issued.hmac.secret);
    const service = (async (_url: RequestInfo | URL, init?: RequestInit) =>
      new Response(`${await local(String(init?.body))}\n`)) as typeof fetch;
    const signature = await remoteSigner('http://keys.internal/sign', service)(payload);
    expect(keys.verify(issued.hmac.apiKey, payload, signature)).toMatchObject({
      accountId: 'default',
    });
  });
});
