/**
 * USDⓈ-M market streams on their routes, `/public/ws…`, `/public/stream…`, `/market/ws…` and
 * `/market/stream…`, as fstream.binance.com serves them (`urls.usdmStreamHost` is the host to
 * give `usdmStreamUrl(route, host)`). Connections behave as the Spot market-stream ones
 * (SUBSCRIBE and friends, heartbeat, limits, faults); only the stream names differ.
 */
import type { UpgradeRoute } from '../server/router';
import type { ConnectionContext } from '../streams/connection';
import { marketStreamRoute } from '../streams/route';
import { streamReplay } from '../streams/replay';
import { parseUsdmStreamName, usdmWire, type UsdmRoute } from './names';

const ROUTES: readonly UsdmRoute[] = ['public', 'market'];

export function usdmStreamRoutes(
  ctx: Omit<ConnectionContext, 'wire'>,
): (UpgradeRoute & { close(): void })[] {
  // Channels of the futures spec the exchange does not simulate are replayed on either route
  // (their examples do not say which): only a user's own ever are, every shipped one is simulated.
  const simulated = parseUsdmStreamName('market');
  const replay = streamReplay(
    ctx.options.examples.usdm.channels,
    (name) => simulated(name) !== undefined,
  );
  return ROUTES.map((route) =>
    marketStreamRoute({ ...ctx, wire: usdmWire(route, replay) }, { prefix: `/${route}` }),
  );
}
