/** Binance Spot's WebSocket API endpoints (`web-socket-api.md`, "General API Information"). */

/** The production WebSocket API. */
export const BINANCE_WS_API_URL = 'wss://ws-api.binance.com:443/ws-api/v3';

/** The Spot testnet's WebSocket API. */
export const BINANCE_TESTNET_WS_API_URL = 'wss://ws-api.testnet.binance.vision/ws-api/v3';

/** Demo Trading's WebSocket API (`demo-mode/general-info.md`). */
export const BINANCE_DEMO_WS_API_URL = 'wss://demo-ws-api.binance.com/ws-api/v3';
