/**
 * Adds what a request's security type needs, through the user's signer: USER_STREAM an API key,
 * USER_DATA and TRADE also `timestamp`, `recvWindow` and a signature. Throws
 * `MissingCredentialsError` before anything is sent when the key or the signer is missing.
 */
import { MissingCredentialsError } from '../errors';
import type { SecurityType } from '../operations/descriptor';
import type { Credentials } from './credentials';

/** Whether requests of this security type carry a signature. */
export const isSigned = (security: SecurityType): boolean =>
  security === 'USER_DATA' || security === 'TRADE';

/** Checks that `credentials` can serve `security`; returns them narrowed. */
export function requireCredentials(
  operation: string,
  security: SecurityType,
  credentials: Credentials | undefined,
): Credentials | undefined {
  if (security === 'NONE') return undefined;
  if (credentials === undefined || credentials.apiKey === '') {
    throw new MissingCredentialsError(operation, 'apiKey', security);
  }
  if (isSigned(security) && credentials.sign === undefined) {
    throw new MissingCredentialsError(operation, 'sign', security);
  }
  return credentials;
}

/** Default `recvWindow` of Binance: 5000 ms. */
export const DEFAULT_RECV_WINDOW_MS = 5000;

/** `timestamp` and, when set, `recvWindow`, in Binance's order. */
export function timingParams(
  now: number,
  recvWindow: number | undefined,
): { timestamp: number; recvWindow?: number } {
  const timestamp = Math.round(now);
  return recvWindow === undefined ? { timestamp } : { recvWindow, timestamp };
}
