/**
 * Signing without secrets: binance-rx never receives an API secret. The user passes an API key
 * and a signer — payload text in, signature out, sync or async — built however they like (HMAC
 * or Ed25519 with node:crypto, WebCrypto, a remote key service). `examples/signers/` shows each.
 */

/** Signs the exact payload Binance verifies; returns hex (HMAC) or base64 (RSA, Ed25519). */
export type Signer = (payload: string) => string | Promise<string>;

export interface Credentials {
  /** The API key (sent as `X-MBX-APIKEY` on REST, `apiKey` on the WebSocket API). */
  readonly apiKey: string;
  /** Needed for USER_DATA and TRADE requests. */
  readonly sign?: Signer;
  /**
   * Ed25519 keys can log a WebSocket API session on (`session.logon`) once instead of signing
   * every request. Default HMAC.
   */
  readonly keyType?: 'HMAC' | 'RSA' | 'ED25519';
}
