/**
 * What USDⓈ-M orders are placed on: REST requests through `client`, reports from the listen-key
 * user data stream of `usdmUserData`, and a lookup after every (re)opened socket (fills made
 * while none was open are not missed). Shared by `usdmOrderFactory` and `usdmAlgoOrderFactory`.
 */
import type { OrderVenue } from '../../orders/order-venue';
import type { HttpClient } from '../../rest/http-client';
import { requestHttp } from '../../rest/request-http';
import type { UsdmUserData } from '../user-data/usdm-user-data';

export const usdmVenue = (client: HttpClient, userData: UsdmUserData): OrderVenue => ({
  request: (descriptor, params) => requestHttp(descriptor, params, client),
  userData: () => userData.events$,
  subscribe: (next) =>
    userData.status$.subscribe((status) => {
      if (status.kind === 'open') next({ type: 'socket' });
    }),
});
