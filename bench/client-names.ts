/**
 * Names of clients the report and the clients both refer to, kept apart from the clients so that
 * the report can be built without loading binance-rx (bench/sdk.ts loads it on import).
 */

/** binance-rx with its generated CCXT parsers (bench/clients.ts). */
export const CCXT_CLIENT = 'binance-rx (validation on, CCXT parsing)';

/** The JSON channels on an SBE connection (bench/clients.ts, beside the JSON ones it reuses). */
export const SBE_JSON_CLIENT = 'binance-rx SBE, JSON channels';

/** Binance's own futures connector (bench/usdm-clients.ts): its package name. */
export const CONNECTOR_CLIENT = '@binance/derivatives-trading-usds-futures';
