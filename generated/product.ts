// Generated from spec/product.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { ProductDescriptor } from '../src/generated-runtime';
import { apiRateLimits, marketStreamLimits } from './limits';

/**
 * Binance Spot: REST under /api/v3 (and SAPI under /sapi) at api.binance.com, market streams at stream.binance.com:9443 (one endpoint serves every stream).
 *
 * Source: general-api-information.md > General API Information.
 */
export const spotProduct: ProductDescriptor = { name: "spot", title: "Binance Spot", restUrl: "https://api.binance.com", streamHost: "wss://stream.binance.com:9443", streamRoutes: [], wsApiUrl: "wss://ws-api.binance.com:443/ws-api/v3", wsApiUserData: true, marketStreamLimits, apiRateLimits };
