// Generated from spec/usdm/product.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { ProductDescriptor } from '../../src/generated-runtime';
import { apiRateLimits, marketStreamLimits } from './limits';

/**
 * Binance USDⓈ-M futures: REST under /fapi at fapi.binance.com, market streams at fstream.binance.com on two routes.
 *
 * Source: usds-margined-futures/general-info > General Info.
 */
export const usdmProduct: ProductDescriptor = { name: "usdm", title: "USDⓈ-M futures", restUrl: "https://fapi.binance.com", streamHost: "wss://fstream.binance.com", streamRoutes: ["public","market"], wsApiUrl: "wss://ws-fapi.binance.com/ws-fapi/v1", marketStreamLimits, apiRateLimits };
