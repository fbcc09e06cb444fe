/**
 * A signer that asks a key service (an HSM front, a signing microservice) to sign: the machine
 * running the bot never holds the key. The service gets the payload and answers the signature.
 */
import type { Signer } from '../../src';

export function remoteSigner(url: string, fetchImpl: typeof fetch = fetch): Signer {
  return async (payload) => {
    const response = await fetchImpl(url, { method: 'POST', body: payload });
    if (!response.ok) throw new Error(`key service answered ${response.status}`);
    return (await response.text()).trim();
  };
}
