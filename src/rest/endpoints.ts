/** Binance Spot's REST base URLs (`rest-api.md`, "General API Information"). */

/** The production REST API. */
export const BINANCE_REST_URL = 'https://api.binance.com';

/** The market-data-only REST API (public endpoints only). */
export const BINANCE_MARKET_DATA_REST_URL = 'https://data-api.binance.vision';

/** The Spot testnet's REST API. */
export const BINANCE_TESTNET_REST_URL = 'https://testnet.binance.vision';

/** Demo Trading's REST API (`demo-mode/general-info.md`): real market data, simulated funds. */
export const BINANCE_DEMO_REST_URL = 'https://demo-api.binance.com';
