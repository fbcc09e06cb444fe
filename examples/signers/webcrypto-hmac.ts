/**
 * An HMAC-SHA256 signer with WebCrypto (browsers, Deno, Node 20): asynchronous, which binance-rx
 * waits for. The key is imported as non-extractable, so even your own code cannot read it back.
 */
import type { Signer } from '../../src';

export async function webCryptoHmacSigner(secret: string): Promise<Signer> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  return async (payload) => {
    const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(payload));
    return Array.from(new Uint8Array(mac), (b) => b.toString(16).padStart(2, '0')).join('');
  };
}
