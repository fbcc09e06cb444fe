/** An RSA signer (PKCS#1 v1.5, SHA-256) with node:crypto, from a PEM private key; base64 out. */
import { createPrivateKey, sign } from 'node:crypto';
import type { Signer } from '../../src';

export function rsaSigner(privateKeyPem: string): Signer {
  const key = createPrivateKey(privateKeyPem);
  return (payload) => sign('sha256', Buffer.from(payload), key).toString('base64');
}
