import type { Signer } from '../signing/credentials';
import { base64, pemBody, subtle, utf8 } from './encoding';

/**
 * Ed25519 with the private key as PKCS#8 PEM; the signature is base64. Use it with
 * `keyType: 'ED25519'`: a WebSocket API session then logs on once per socket.
 */
export async function ed25519Signer(privateKeyPem: string): Promise<Signer> {
  const der = pemBody(privateKeyPem, 'PRIVATE KEY');
  const key = await subtle().importKey('pkcs8', der, { name: 'Ed25519' }, false, ['sign']);
  return async (payload) => base64(await subtle().sign({ name: 'Ed25519' }, key, utf8(payload)));
}
