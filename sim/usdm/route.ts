/**
 * USDⓈ-M market streams on their routes, `/public/ws…`, `/public/stream…`, `/market/ws…` and
 * `/market/stream…`, as fstream.binance.com serves them (`urls.usdmStreamHost` is the host to
 * give `usdmStreamUrl(route, host)`). Connections behave as the Spot market-stream ones
 * (SUBSCRIBE and friends, heartbeat, limits, faults); only the stream names differ.
 */
import type { UpgradeRoute } from '../server/router';
import type { ConnectionContext } from '../streams/connection';
import { marketStreamRoute } from '../streams/route';
import { parseUsdmStreamName, usdmWire, type UsdmRoute } from './names';

const ROUTES: readonly UsdmRoute[] = ['public', 'market'];

export function usdmStreamRoutes(
  ctx: Omit<ConnectionContext, 'wire'>,
): (UpgradeRoute & { close(): void })[] {
  return ROUTES.map((route) =>
    marketStreamRoute(
      { ...ctx, wire: usdmWire(route) },
      { prefix: `/${route}`, parseName: parseUsdmStreamName(route) },
    ),
  );
}
