/**
 * The benchmark feed: a local exchange in its own process (so its work never counts as the
 * client's), market paused, flooding on request through the control endpoint. The symbols are
 * its arguments. Prints its URLs as one JSON line, then serves until killed.
 */
import { EventEmitter } from 'node:events';
import { startLocalExchange } from '../sim';

// A flood of 250 streams on one socket waits for its drain 250 times at once.
EventEmitter.defaultMaxListeners = 0;

const symbols = process.argv.slice(2);
const exchange = await startLocalExchange({
  symbols: symbols.length > 0 ? symbols : ['BTCUSDT'],
  paused: true,
});
console.log(JSON.stringify({ ...exchange.urls, sbeApiKey: exchange.keys.ed25519.apiKey }));
const stop = () => void exchange.close().then(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
