/** Signed WebSocket API parameters for the local exchange's test keys, as a client signs them. */
import { createHmac, sign, type KeyLike } from 'node:crypto';
import type { TestKey } from '../../sim/api/keys';
import { signaturePayload } from '../../sim/ws-api/signature-payload';

export type Params = Record<string, string | number | boolean>;

/** `params` with `apiKey`, `timestamp` and the signature of `key` (HMAC, RSA or Ed25519). */
export function signed(key: TestKey, params: Params = {}, timestamp = Date.now()): Params {
  const all = { ...params, apiKey: key.apiKey, timestamp };
  const payload = Buffer.from(signaturePayload(all));
  const signature =
    key.type === 'HMAC'
      ? createHmac('sha256', key.secret).update(payload).digest('hex')
      : sign(key.type === 'RSA' ? 'sha256' : null, payload, key.secret as KeyLike).toString(
          'base64',
        );
  return { ...all, signature };
}
