/**
 * API keys of the local exchange's accounts, and signature checks exactly as Binance does them:
 * HMAC-SHA256 (hex, case-insensitive), RSA PKCS#1 v1.5 SHA-256 (base64) and Ed25519 (base64),
 * each over the request's payload text. The exchange makes one key of each kind at start-up and
 * hands them out (`exchange.keys`) so tests and the demo can build their own signers with them.
 */
import {
  createHmac,
  createPublicKey,
  generateKeyPairSync,
  randomBytes,
  timingSafeEqual,
  verify,
  type KeyObject,
} from 'node:crypto';
import { errors } from './errors';
import type { Caller } from './method';

export type KeyType = 'HMAC' | 'RSA' | 'ED25519';

/** What a user gets: the key id and the secret material their signer needs. */
export interface TestKey {
  readonly type: KeyType;
  readonly apiKey: string;
  /** HMAC secret, or the private key as PKCS#8 PEM for RSA and Ed25519. */
  readonly secret: string;
  /** Public key PEM (RSA and Ed25519), as registered with the exchange. */
  readonly publicKey?: string;
}

export interface TestKeys {
  readonly hmac: TestKey;
  readonly rsa: TestKey;
  readonly ed25519: TestKey;
}

interface Registered {
  readonly type: KeyType;
  readonly accountId: string;
  readonly secret?: Buffer;
  readonly publicKey?: KeyObject;
}

const API_KEY_FORMAT = /^[A-Za-z0-9]{64}$/;

const newApiKey = (): string =>
  randomBytes(48)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, '')
    .padEnd(64, 'A')
    .slice(0, 64);

export class KeyRing {
  private readonly keys = new Map<string, Registered>();

  /** Makes one key of each type for `accountId`. */
  issue(accountId: string): TestKeys {
    return {
      hmac: this.issueHmac(accountId),
      rsa: this.asymmetric(accountId, 'RSA'),
      ed25519: this.asymmetric(accountId, 'ED25519'),
    };
  }

  /** Makes one HMAC key for `accountId` (the margin special keys are such keys). */
  issueHmac(accountId: string): TestKey {
    const secret = randomBytes(32).toString('hex');
    const hmac: TestKey = { type: 'HMAC', apiKey: newApiKey(), secret };
    this.keys.set(hmac.apiKey, { type: 'HMAC', accountId, secret: Buffer.from(secret) });
    return hmac;
  }

  /** Forgets `apiKey`: a request with it is -2015 from now on. */
  revoke(apiKey: string): void {
    this.keys.delete(apiKey);
  }

  /** The caller behind `apiKey`; -2014 for a malformed key, -2015 for an unknown one. */
  caller(apiKey: string | undefined): Caller & { readonly type: KeyType } {
    if (apiKey === undefined || apiKey === '') throw errors.mandatory('apiKey');
    if (!API_KEY_FORMAT.test(apiKey)) throw errors.badApiKeyFormat();
    const key = this.keys.get(apiKey);
    if (key === undefined) throw errors.rejectedKey();
    return { apiKey, accountId: key.accountId, type: key.type };
  }

  /** Checks `signature` over `payload` with `apiKey`'s key; -1022 when it does not match. */
  verify(apiKey: string, payload: string, signature: string | undefined): Caller {
    const caller = this.caller(apiKey);
    if (signature === undefined || signature === '') throw errors.mandatory('signature');
    const key = this.keys.get(apiKey)!;
    if (!signatureMatches(key, Buffer.from(payload), signature)) throw errors.badSignature();
    return { apiKey: caller.apiKey, accountId: caller.accountId };
  }

  private asymmetric(accountId: string, type: 'RSA' | 'ED25519'): TestKey {
    const pair =
      type === 'RSA'
        ? generateKeyPairSync('rsa', { modulusLength: 2048 })
        : generateKeyPairSync('ed25519');
    const secret = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const publicKey = pair.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const apiKey = newApiKey();
    this.keys.set(apiKey, { type, accountId, publicKey: createPublicKey(publicKey) });
    return { type, apiKey, secret, publicKey };
  }
}

function signatureMatches(key: Registered, data: Buffer, signature: string): boolean {
  try {
    if (key.type === 'HMAC') {
      if (!/^[0-9a-fA-F]{64}$/.test(signature)) return false;
      const expected = createHmac('sha256', key.secret!).update(data).digest();
      return timingSafeEqual(Buffer.from(signature, 'hex'), expected);
    }
    const algorithm = key.type === 'RSA' ? 'sha256' : null;
    return verify(algorithm, data, key.publicKey!, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}

/**
 * `timestamp` must be within `recvWindow` (default 5000 ms, at most 60 000) before the server's
 * time and at most 1000 ms after it (`rest-api.md`, "Timing security").
 */
export function checkTimestamp(
  timestamp: number | undefined,
  recvWindow: number | undefined,
  now: number,
): void {
  if (timestamp === undefined) throw errors.mandatory('timestamp');
  const window = recvWindow ?? 5000;
  if (!(window > 0) || window > 60_000) throw errors.invalidParam('recvWindow');
  if (timestamp > now + 1000) throw errors.timestampAhead();
  if (now - timestamp > window) throw errors.timestampOutside();
}
