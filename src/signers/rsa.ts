import type { Signer } from '../signing/credentials';
import { base64, pemBody, subtle, utf8 } from './encoding';

/** RSA PKCS#1 v1.5 with SHA-256, the private key as PKCS#8 PEM; the signature is base64. */
export async function rsaSigner(privateKeyPem: string): Promise<Signer> {
  const der = pemBody(privateKeyPem, 'PRIVATE KEY');
  const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  const key = await subtle().importKey('pkcs8', der, algorithm, false, ['sign']);
  return async (payload) => base64(await subtle().sign(algorithm.name, key, utf8(payload)));
}
