import type { Signer } from '../signing/credentials';
import { hex, subtle, utf8 } from './encoding';

/** HMAC-SHA256 with an HMAC key's secret; the signature is hex, as Binance wants it. */
export async function hmacSigner(secret: string): Promise<Signer> {
  const algorithm = { name: 'HMAC', hash: 'SHA-256' };
  const key = await subtle().importKey('raw', utf8(secret), algorithm, false, ['sign']);
  return async (payload) => hex(await subtle().sign('HMAC', key, utf8(payload)));
}
