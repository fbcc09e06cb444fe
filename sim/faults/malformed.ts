/** sendMalformed(): a text frame that is not JSON, on every market and `/private` stream socket. */
import { reachableStreams, type FaultContext } from './context';

export const MALFORMED_FRAME = '{"e":"trade","E":1700000000000,"s":"BTCUSDT","p":"1.0'; // cut short

export function sendMalformed(ctx: FaultContext): number {
  const targets = reachableStreams(ctx);
  for (const connection of targets) connection.deliver(MALFORMED_FRAME);
  return targets.length;
}
