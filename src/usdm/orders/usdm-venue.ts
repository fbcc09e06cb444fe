/**
 * What USDⓈ-M orders are placed on: requests through `placer` (a REST client, or a futures
 * WebSocket API session for the operations Binance serves there), reports from the listen-key
 * user data stream of `usdmUserData`, and a lookup after every (re)opened socket (fills made
 * while none was open are not missed). Shared by `usdmOrderFactory` and `usdmAlgoOrderFactory`.
 */
import type { OrderVenue } from '../../orders/order-venue';
import type { HttpClient } from '../../rest/http-client';
import { requestHttp } from '../../rest/request-http';
import type { WsApiSession } from '../../ws-api/session';
import type { UsdmUserData } from '../user-data/usdm-user-data';

/** How a placer sends: a session has `request`, a REST client goes through `requestHttp`. */
const requestOf = (placer: HttpClient | WsApiSession): OrderVenue['request'] =>
  'request' in placer
    ? (descriptor, params) => placer.request(descriptor, params)
    : (descriptor, params) => requestHttp(descriptor, params, placer);

export const usdmVenue = (
  placer: HttpClient | WsApiSession,
  userData: UsdmUserData,
): OrderVenue => ({
  request: requestOf(placer),
  userData: () => userData.events$,
  subscribe: (next) =>
    userData.status$.subscribe((status) => {
      if (status.kind === 'open') next({ type: 'socket' });
    }),
});
