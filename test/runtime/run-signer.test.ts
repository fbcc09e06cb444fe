/** runSigner: every way a signer can fail ends as a `SignerError`, with no timer left behind. */
import { VirtualTimeScheduler } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { SignerError } from '../../src/errors';
import { runSigner } from '../../src/signing/run-signer';
import type { Signer } from '../../src/signing/credentials';

function run(sign: Signer) {
  const scheduler = new VirtualTimeScheduler();
  const seen = { values: [] as string[], error: undefined as unknown };
  runSigner(sign, 'symbol=BTCUSDT', {
    operation: 'placeOrder',
    scheduler,
    timeoutMs: 10_000,
  }).subscribe({
    next: (v) => seen.values.push(v),
    error: (e: unknown) => (seen.error = e),
  });
  return { seen, scheduler };
}

describe('runSigner', () => {
  it('a thenable whose then() throws: SignerError rejected, and the timeout is cancelled', () => {
    const thrown = new Error('key service proxy broke');
    const broken = {
      then() {
        throw thrown;
      },
    };
    const { seen, scheduler } = run((() => broken) as unknown as Signer);
    expect(seen.error).toBeInstanceOf(SignerError);
    expect(seen.error).toMatchObject({
      code: 'SIGNER_FAILED',
      failure: 'rejected',
      operation: 'placeOrder',
      cause: thrown,
    });
    expect(scheduler.actions.filter((action) => !action.closed)).toEqual([]);
    expect(() => scheduler.flush()).not.toThrow();
  });

  it('a hung signer: SignerError timeout after timeoutMs', () => {
    const { seen, scheduler } = run(() => new Promise<string>(() => {}));
    expect(seen.error).toBeUndefined();
    scheduler.flush();
    expect(seen.error).toMatchObject({ code: 'SIGNER_FAILED', failure: 'timeout' });
  });
});
