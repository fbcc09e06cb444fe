/**
 * An HMAC-SHA256 signer with node:crypto. The secret stays in your code (or your vault): binance-rx
 * only ever sees the function. Binance wants the hex digest of the exact payload.
 */
import { createHmac } from 'node:crypto';
import type { Signer } from '../../src';

export function hmacSigner(secret: string): Signer {
  return (payload) => createHmac('sha256', secret).update(payload).digest('hex');
}
