/** Binance Spot's combined-stream endpoint; streams are added live with SUBSCRIBE. */
export const BINANCE_STREAM_URL = 'wss://stream.binance.com:9443/stream';

/** The Spot testnet's combined-stream endpoint. */
export const BINANCE_TESTNET_STREAM_URL = 'wss://stream.testnet.binance.vision/stream';

/** The market-data-only combined-stream endpoint. */
export const BINANCE_MARKET_DATA_STREAM_URL = 'wss://data-stream.binance.vision/stream';

/** Demo Trading's combined-stream endpoint (`demo-mode/general-info.md`). */
export const BINANCE_DEMO_STREAM_URL = 'wss://demo-stream.binance.com:9443/stream';
