/** The figures that need no feed: bundle sizes (esbuild). Codegen: bench/codegen.ts. */
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

export interface BundleSize {
  readonly name: string;
  /** What the bundle imports. */
  readonly entry: string;
  readonly platform: 'browser' | 'node';
  /** Minified, then gzipped; NaN when esbuild could not bundle it. */
  readonly kbGzip: number;
}

const TICKER_ONLY = [
  "export { publicWebsocketConnection } from '../src/connection/public-websocket-connection';",
  "export { keepMessagesOnly } from '../src/operators/keep-messages-only';",
  "export { filterNewSocketOnly } from '../src/operators/filter-new-socket-only';",
  "export { subscribeTicker } from '../generated/channels/ticker';",
].join('\n');

/**
 * A ticker-only import of each package, minified and gzipped. binance-rx is measured twice: for
 * the browser (its target; `ws` left out, the platform's WebSocket is used) and for Node with
 * everything bundled, like the peers, which need Node.
 */
const BUNDLES: readonly Omit<BundleSize, 'kbGzip'>[] = [
  { name: 'binance-rx', entry: TICKER_ONLY, platform: 'browser' },
  { name: 'binance-rx', entry: TICKER_ONLY, platform: 'node' },
  { name: 'binance (npm)', entry: "export { WebsocketClient } from 'binance';", platform: 'node' },
  { name: '@binance/spot', entry: "export { Spot } from '@binance/spot';", platform: 'node' },
  {
    name: 'ccxt pro',
    entry: "import ccxt from 'ccxt'; export const binance = ccxt.pro.binance;",
    platform: 'node',
  },
];

async function bundleKb(entry: string, platform: 'browser' | 'node'): Promise<number> {
  const result = await build({
    stdin: { contents: entry, resolveDir: 'bench', loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform,
    // protobufjs: ccxt imports it for other exchanges (mexc, dydx) without depending on it.
    external: platform === 'browser' ? ['ws'] : ['protobufjs'],
    write: false,
    mainFields: ['module', 'main'],
    logLevel: 'silent',
  });
  return gzipSync(result.outputFiles[0]!.contents).length / 1024;
}

export async function bundleSizes(): Promise<BundleSize[]> {
  const sizes: BundleSize[] = [];
  for (const bundle of BUNDLES) {
    const kbGzip = await bundleKb(bundle.entry, bundle.platform).catch(() => Number.NaN);
    sizes.push({ ...bundle, kbGzip });
  }
  return sizes;
}
