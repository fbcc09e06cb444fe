/**
 * An Ed25519 signer with node:crypto, from a PKCS#8 PEM private key. Binance wants the base64
 * signature. With `keyType: 'ED25519'` a WebSocket API session logs on once per socket with it.
 */
import { createPrivateKey, sign } from 'node:crypto';
import type { Signer } from '../../src';

export function ed25519Signer(privateKeyPem: string): Signer {
  const key = createPrivateKey(privateKeyPem);
  return (payload) => sign(null, Buffer.from(payload), key).toString('base64');
}
