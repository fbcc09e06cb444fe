/**
 * How the ccxt clients read (Spot and USDⓈ-M): a `watch…` call in a loop, as ccxt's users read.
 * ccxt hands back its cache, not each message, so messages are counted by the ids they carry (trade
 * id, book update id): `id - seen` at once when ccxt folded several together.
 */
import type { OnMessage } from './clients';
import type { Stop } from './sockets';

/** The latest id a `watch…` call saw, and the send time of its message (NaN when none). */
export interface Watched {
  readonly id: number;
  readonly sendTime: number;
}

/** Runs `watch` until stopped, counting every id it moved past; the stop closes `exchange`. */
export function watchLoop(
  watch: () => Promise<Watched>,
  exchange: { close(): Promise<unknown> },
  onMessage: OnMessage,
): Stop {
  let running = true;
  let seen = -1;
  const loop = (async () => {
    while (running) {
      try {
        const { id, sendTime } = await watch();
        if (seen >= 0) for (let n = id - seen; n > 0; n -= 1) onMessage(sendTime);
        if (id > seen) seen = id;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
  })();
  return async () => {
    running = false;
    await exchange.close();
    await loop.catch(() => undefined);
  };
}
