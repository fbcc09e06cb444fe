/**
 * `binance-rx/signers`: signers for the three kinds of Binance API key, on WebCrypto, so the
 * same code runs in browsers, Node.js (20+), Bun and Deno. Each imports the key once, as
 * non-extractable (your own code cannot read it back), and returns a `Signer`: payload text in,
 * signature out. binance-rx calls the signer and never sees the secret.
 */
export { hmacSigner } from './hmac';
export { ed25519Signer } from './ed25519';
export { rsaSigner } from './rsa';
export type { Signer } from '../signing/credentials';
