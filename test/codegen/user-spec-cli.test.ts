/**
 * `binance-rx generate --spec <dir> --out <dir>` as a package user runs it: a bad spec directory
 * or a misplaced, wrong-product or misnamed file is one line per problem naming the user's file,
 * the key path and the rule (exit 2, nothing written), never a stack trace; a good one names what
 * it wrote and where each file came from.
 */
import { spawnSync } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { EMPTY, type Observable, type OperatorFunction } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startLocalExchange } from '../../sim';
import {
  addOrderFactory,
  InvalidParameterError,
  type AddOrderOptions,
  streamName,
  wsApiSession,
  type OrderStage,
  type UnknownOrderStatusError,
  type UserDataMessage,
} from '../../src';
import { limit } from '../runtime/orders/factory-harness';
import { harness } from '../runtime/ws-api/harness';
import type { ChannelDescriptor } from '../../src/channels/descriptor';
import { REPO } from './fixture';

// A user's module imports the installed package's runtime; here, the runtime of this clone. The
// scratch directory's node_modules/binance-rx is this clone (beforeAll), so that the specifier
// resolves there as it does here, built or not, and the mock applies to both.
vi.mock('binance-rx/runtime', () => import('../../src/generated-runtime'));

/** A Spot stream a user adds (made up for the test). */
const CHANNEL = `channel: tradeLite
title: Trade Lite
docs: web-socket-streams.md > Trade Lite Streams
description: A lighter trade stream of one symbol, as a user adds one.
stream: '<symbol>@tradeLite'
params: [symbol]
eventType: tradeLite
payload: object
fields:
  e: { name: eventType, type: string, const: tradeLite, description: Event type. }
  E: { name: eventTime, type: timestamp, description: Event time. }
  s: { name: symbol, type: string, description: Symbol. }
  p: { name: price, type: decimal, description: Price. }
examples:
  - source: made up for the test
    stream: btcusdt@tradeLite
    payload: { e: tradeLite, E: 1700000000000, s: BTCUSDT, p: '42000.10' }
`;

/** A REST endpoint a user adds, at `path` (made up for the test). */
const operation = (path: string) => `operation: getPriceLite
title: Price lite
docs: rest-api.md > Price lite
description: The last price of one symbol, as a user adds an endpoint.
security: NONE
weight: 2
rest: { method: GET, path: ${path} }
params:
  symbol: { use: symbol, required: true }
response:
  type: object
  description: Last price.
  fields:
    symbol: { type: string, description: Symbol. }
    price: { type: decimal, description: Last price. }
examples:
  - source: made up for the test
    response: { symbol: BTCUSDT, price: '42000.01' }
`;

/** A Spot stream whose name takes a parameter binance-rx does not ship (made up for the test). */
const BATCH_CHANNEL = `channel: tradeBatch
title: Trade Batch
docs: web-socket-streams.md > Trade Batch Streams
description: Trades of one symbol in batches, as a user adds a stream with a new parameter.
stream: '<symbol>@trade@<batch>'
params: [symbol, batch]
eventType: tradeBatch
payload: object
fields:
  e: { name: eventType, type: string, const: tradeBatch, description: Event type. }
  E: { name: eventTime, type: timestamp, description: Event time. }
  s: { name: symbol, type: string, description: Symbol. }
examples:
  - source: made up for the test
    stream: btcusdt@trade@10
    payload: { e: tradeBatch, E: 1700000000000, s: BTCUSDT }
`;

/** A params.yaml holding only the parameter the user adds. */
const BATCH_PARAM = `batch:
  description: Trades per batch.
  type: integer
  enum: [10, 100]
`;

/** The same stream in one file: its new parameter defined in its own \`params\` list. */
const INLINE_CHANNEL = BATCH_CHANNEL.replace(
  'params: [symbol, batch]',
  'params:\n  - symbol\n  - batch: { description: Trades per batch., type: integer, enum: [10, 100] }',
);

/** An endpoint taking a shared request parameter and a field group of the user's own. */
const LAYERED_OPERATION = `operation: getPriceBatch
title: Price batch
docs: rest-api.md > Price batch
description: Last prices of one symbol in a batch, as a user adds an endpoint.
security: NONE
weight: 2
rest: { method: GET, path: /api/v3/ticker/priceBatch }
params:
  symbol: { use: symbol, required: true }
  batch: { use: batchSize }
response:
  type: object
  description: Last price.
  include: [priceStats]
  fields:
    symbol: { type: string, description: Symbol. }
examples:
  - source: made up for the test
    response: { symbol: BTCUSDT, high: '42000.01' }
`;

/** A CCXT trade mapping of the user's channel alone: laid over the shipped ccxt/trade.yaml. */
const TRADE_LITE_CCXT = `structure: trade
sources:
  - channel: tradeLite
    follows: ccxt.pro binance parseWsTrade, on the fields a lite trade has
    symbol: s
    fields:
      timestamp: E
      price: p
`;

/** A replacement of the shipped \`trade\` stream's source, with a value map of the user's own. */
const TRADE_REPLACED_CCXT = `structure: trade
valueMaps:
  sellerMakerSide: { 'true': buy, 'false': sell }
sources:
  - channel: trade
    follows: a user's own reading of the trade stream
    symbol: s
    fields:
      id: t
      timestamp: E
      price: p
      amount: q
      side: { from: m, map: sellerMakerSide }
`;

/** The shipped trade stream without its trade id `t` (fields and examples). */
const TRADE_WITHOUT_ID = readFileSync(join(REPO, 'spec/channels/trade.yaml'), 'utf8')
  .replace(/^ {2}t: .*\n/m, '')
  .replace(/"t": \d+, /g, '');

/** A user data event a user adds (made up; one-file.test.ts adds it to the repository). */
const EVENT_FILE = join(REPO, 'test/integration/fixtures/one-file/asset-lock-update.yaml');

let dir = '';
/** Writes `files` (path -> text) under the scratch directory. */
async function layout(files: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
}
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'user-spec-cli-'));
  await mkdir(join(dir, 'node_modules'));
  await symlink(REPO, join(dir, 'node_modules/binance-rx'), 'dir');
  await layout({
    'good/channels/trade-lite.yaml': CHANNEL,
    'good/user-data/asset-lock-update.yaml': await readFile(EVENT_FILE, 'utf8'),
    'typo-dir/channel/trade-lite.yaml': CHANNEL,
    'top-level/trade-lite.yaml': CHANNEL,
    'misnamed/channels/trade-lite-2.yaml': CHANNEL,
    'futures-path/operations/get-price-lite.yaml': operation('/fapi/v1/ticker/priceLite'),
    'spot-path/operations/get-price-lite.yaml': operation('/api/v3/ticker/priceLite'),
    'futures-route/channels/trade-lite.yaml': CHANNEL.replace(
      'payload: object',
      'route: market\npayload: object',
    ),
    'spot-route/channels/trade-lite.yaml': CHANNEL,
    'wrong-kind/order-stages.yaml': (await readFile(join(REPO, 'spec/order-stages.yaml'), 'utf8'))
      .replace('pending: { rank: 2,', 'pending: { rank: two,')
      .replace(/^statusEvents:\n( {2}.*\n)+/m, 'statusEvents: [NEW]\n'),
    'ccxt-typo/channels/trade-lite.yaml': CHANNEL,
    'ccxt-typo/ccxt/trade.yaml':
      'structure: trade\ntitle: Trade\ndescription: Trades, as a user maps them.\nsources:\n  - channel: tradeLight\n    follows: ccxt.pro binance parseWsTrade\n    symbol: s\n    fields: { id: t }\n',
    'ccxt-typo-usdm/ccxt/trade.yaml':
      'structure: trade\ntitle: Trade\ndescription: Trades, as a user maps them.\nsources:\n  - channel: markPrices\n    follows: ccxt.pro binance parseWsTrade\n    symbol: s\n    fields: { id: t }\n',
    'empty-file/channels/trade-lite.yaml': '',
    'ccxt-add/channels/trade-lite.yaml': CHANNEL,
    'ccxt-add/ccxt/trade.yaml': TRADE_LITE_CCXT,
    'ccxt-replace/ccxt/trade.yaml': TRADE_REPLACED_CCXT,
    // USDⓈ-M has a TRADE_LITE user data event: the futures channel is named otherwise.
    'ccxt-add-usdm/channels/trade-flash.yaml': CHANNEL.replaceAll(
      'tradeLite',
      'tradeFlash',
    ).replace('payload: object', 'route: market\npayload: object'),
    'ccxt-add-usdm/ccxt/trade.yaml': TRADE_LITE_CCXT.replace('tradeLite', 'tradeFlash'),
    'ccxt-bad-layer/channels/trade-lite.yaml': CHANNEL,
    'ccxt-bad-layer/ccxt/trade.yaml': `${TRADE_LITE_CCXT}${TRADE_LITE_CCXT.slice(
      TRADE_LITE_CCXT.indexOf('  - channel'),
    )}valueMaps:\n  unused: { a: b }\n`,
    // A status binance-rx does not know yet, mapped by the user: the shipped file and one line.
    'new-status/order-stages.yaml': (
      await readFile(join(REPO, 'spec/order-stages.yaml'), 'utf8')
    ).replace(
      '  EXPIRED_IN_MATCH: expire\n',
      '  EXPIRED_IN_MATCH: expire\n  EXPIRED_BY_SYSTEM: expire\n',
    ),
    // The shipped trade stream replaced without its trade id, which the shipped mapping reads;
    // then re-mapped by the user's own source for it.
    'ccxt-remap/channels/trade.yaml': TRADE_WITHOUT_ID,
    'ccxt-remapped/channels/trade.yaml': TRADE_WITHOUT_ID,
    'ccxt-remapped/ccxt/trade.yaml': TRADE_REPLACED_CCXT.replace('      id: t\n', ''),
    // A status binance-rx does not know yet, in CCXT's order status map: one entry.
    'ccxt-status/ccxt/order.yaml':
      'structure: order\nvalueMaps:\n  orderStatus: { EXPIRED_BY_SYSTEM: expired }\n',
    'ccxt-wrong-structure/ccxt/trade.yaml': TRADE_LITE_CCXT.replace('trade\n', 'ticker\n'),
    'batch/channels/trade-batch.yaml': BATCH_CHANNEL,
    'inline/channels/trade-batch.yaml': INLINE_CHANNEL,
    'inline-bad/channels/trade-batch.yaml': INLINE_CHANNEL.replace(
      'enum: [10, 100]',
      'enum: [10, 100], default: 5',
    ),
    'batch/params.yaml': BATCH_PARAM,
    'batch/request-params.yaml':
      'batchSize: { type: integer, description: Prices per batch., minimum: 1 }\n',
    'batch/field-groups.yaml':
      'priceStats:\n  description: The price statistics of a batch.\n  fields:\n    high: { type: decimal, description: Highest price. }\n',
    'batch/operations/get-price-batch.yaml': LAYERED_OPERATION,
    'no-params/channels/trade-batch.yaml': BATCH_CHANNEL,
    'redefined/channels/trade-batch.yaml': BATCH_CHANNEL,
    'redefined/params.yaml': `${BATCH_PARAM}symbol:\n  description: My symbol.\n  type: string\n  pattern: '^[A-Z]+$'\n`,
    'redefined-request/request-params.yaml': 'symbol: { type: string, description: My symbol. }\n',
    'bad-param/channels/trade-batch.yaml': BATCH_CHANNEL,
    'bad-param/params.yaml': `${BATCH_PARAM}  default: 5\n`,
    'a-file.yaml': CHANNEL,
    // A replacement of a shipped operation and of a shipped CCXT mapping, each misnamed.
    'op-misnamed/operations/book.yaml': await readFile(
      join(REPO, 'spec/operations/get-book.yaml'),
      'utf8',
    ),
    'ccxt-misnamed/ccxt/my-trade.yaml':
      'structure: trade\ntitle: Trade\ndescription: Trades, as a user maps them.\nsources:\n  - channel: trade\n    follows: ccxt.pro binance parseWsTrade\n    symbol: s\n    fields: { id: t }\n',
  });
  await mkdir(join(dir, 'empty'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const cli = (...args: string[]) =>
  spawnSync(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), join(REPO, 'codegen/main.ts'), ...args],
    { cwd: dir, encoding: 'utf8' },
  );

/** A run that must succeed: exit 0, nothing on stderr. */
function generated(...args: string[]) {
  const run = cli(...args);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run;
}

/** A run that must fail as a spec error: exit 2, no stack, nothing written; its stderr lines. */
function refused(...args: string[]): string[] {
  const run = cli(...args, '--out', 'out');
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).not.toMatch(/\n\s+at /);
  expect(existsSync(join(dir, 'out'))).toBe(false);
  return run.stderr.trimEnd().split('\n');
}

const PLACES =
  'spec files go in channels/, operations/, operations/sapi/, user-data/, ccxt/ or, at the top level, params.yaml, request-params.yaml, field-groups.yaml, limits.yaml, product.yaml, order-stages.yaml, algo-order-stages.yaml';

describe('generate --spec: a directory that is not a spec directory', () => {
  it.each([
    ['nowhere', 'generate: --spec nowhere: no such directory'],
    [
      'a-file.yaml',
      'generate: --spec a-file.yaml: not a directory (give the folder holding channels/, operations/, …)',
    ],
    ['empty', `generate: --spec empty: no .yaml files in it (expected ${PLACES.slice(17)})`],
  ])('--spec %s', (spec, line) => {
    expect(refused('--spec', spec)).toEqual([line]);
  });
});

describe('generate --spec: misplaced and wrong files are spec errors', () => {
  it('a folder binance-rx does not read (channel/ for channels/)', () => {
    expect(refused('--spec', 'typo-dir')).toEqual([
      'generate: the spec has 1 problem(s):',
      `typo-dir/channel/trade-lite.yaml: folder 'channel/' is not one binance-rx reads: ${PLACES}`,
    ]);
  });

  it('a channel file at the top level', () => {
    expect(refused('--spec', 'top-level')).toEqual([
      'generate: the spec has 1 problem(s):',
      `top-level/trade-lite.yaml: 'trade-lite.yaml' is not a top-level spec file: ${PLACES}`,
    ]);
  });

  it('a /fapi/ path in the Spot spec, an /api/v3/ path in the futures spec', () => {
    const spotProduct = relative(dir, join(REPO, 'spec/product.yaml'));
    expect(refused('--spec', 'futures-path')).toEqual([
      'generate: the spec has 1 problem(s):',
      `futures-path/operations/get-price-lite.yaml: rest.path: '/fapi/v1/ticker/priceLite' is not a path of product spot (https://api.binance.com), whose paths start with /api/v3/, /sapi/ (${spotProduct} restPaths)`,
    ]);
    const usdmProduct = relative(dir, join(REPO, 'spec/usdm/product.yaml'));
    expect(refused('--spec', 'spot-path', '--product', 'usdm')).toEqual([
      'generate: the spec has 1 problem(s):',
      `spot-path/operations/get-price-lite.yaml: rest.path: '/api/v3/ticker/priceLite' is not a path of product usdm (https://fapi.binance.com), whose paths start with /fapi/, /futures/data/ (${usdmProduct} restPaths)`,
    ]);
  });

  it("a futures channel's route in the Spot spec, a Spot channel without one in the futures spec", () => {
    const spotProduct = relative(dir, join(REPO, 'spec/product.yaml'));
    expect(refused('--spec', 'futures-route')).toEqual([
      'generate: the spec has 1 problem(s):',
      `futures-route/channels/trade-lite.yaml: route: 'market' is not a stream route of product spot (${spotProduct} streamRoutes: none)`,
    ]);
    const usdmProduct = relative(dir, join(REPO, 'spec/usdm/product.yaml'));
    expect(refused('--spec', 'spot-route', '--product', 'usdm')).toEqual([
      'generate: the spec has 1 problem(s):',
      `spot-route/channels/trade-lite.yaml: route: required: product usdm serves streams on routes public, market (${usdmProduct} streamRoutes)`,
    ]);
  });

  it("names where a file must live in the user's directory, and shipped files by their path", () => {
    const lines = refused('--spec', 'misnamed');
    expect(lines).toContain(
      "misnamed/channels/trade-lite-2.yaml: channel: channel 'tradeLite' must live in misnamed/channels/trade-lite.yaml",
    );
    expect(lines.join('\n')).not.toContain('binance-rx/spec/');
  });

  it("a misnamed replacement of a shipped file: every problem is in the user's file", () => {
    const shipped = (path: string) => relative(dir, join(REPO, path));
    expect(refused('--spec', 'op-misnamed')).toEqual([
      'generate: the spec has 2 problem(s):',
      "op-misnamed/operations/book.yaml: operation: operation 'getBook' must live in op-misnamed/operations/get-book.yaml",
      `op-misnamed/operations/book.yaml: operation: 'getBook' is already defined in ${shipped('spec/operations/get-book.yaml')}`,
    ]);
    expect(refused('--spec', 'ccxt-misnamed')).toEqual([
      'generate: the spec has 2 problem(s):',
      "ccxt-misnamed/ccxt/my-trade.yaml: structure: structure 'trade' must live in ccxt-misnamed/ccxt/trade.yaml",
      `ccxt-misnamed/ccxt/my-trade.yaml: structure: 'trade' is already mapped in ${shipped('spec/ccxt/trade.yaml')}`,
    ]);
  });

  it("a CCXT source that does not exist names the file it looked for in the user's directory", () => {
    expect(refused('--spec', 'ccxt-typo')).toEqual([
      'generate: the spec has 1 problem(s):',
      "ccxt-typo/ccxt/trade.yaml: sources.0.channel: 'tradeLight' is not a channel (no ccxt-typo/channels/trade-light.yaml; did you mean 'tradeLite'?)",
    ]);
    // The futures spec's folder, not Spot's (it said spec/channels/ for both).
    expect(refused('--spec', 'ccxt-typo-usdm', '--product', 'usdm')).toEqual([
      'generate: the spec has 1 problem(s):',
      "ccxt-typo-usdm/ccxt/trade.yaml: sources.0.channel: 'markPrices' is not a channel (no ccxt-typo-usdm/channels/mark-prices.yaml; did you mean 'markPrice'?)",
    ]);
  });

  it('a value of the wrong kind is named in YAML words', () => {
    expect(refused('--spec', 'wrong-kind')).toEqual([
      'generate: the spec has 2 problem(s):',
      "wrong-kind/order-stages.yaml: stages.pending.rank: 'two' must be an integer",
      'wrong-kind/order-stages.yaml: statusEvents: a list must be a map',
    ]);
  });

  it('an empty file says so', () => {
    expect(refused('--spec', 'empty-file')).toEqual([
      'generate: the spec has 1 problem(s):',
      'empty-file/channels/trade-lite.yaml: empty file: expected a YAML map of the keys spec/README.md lists',
    ]);
  });
});

describe("generate --spec: a user's params.yaml, request-params.yaml, field-groups.yaml add keys", () => {
  it('a channel with a new stream parameter: its file and a params.yaml of that one key', async () => {
    generated('--spec', 'batch', '--out', 'batch-out');
    const params = await readFile(join(dir, 'batch-out/params.ts'), 'utf8');
    // The user's key beside every shipped one, and the header names both files.
    expect(params).toMatch(/^\/\/ Generated from spec\/params\.yaml and batch\/params\.yaml by/);
    expect(params).toContain('export const batchStreamParam');
    expect(params).toContain('export const symbolStreamParam');
    expect(params).toContain('export const intervalStreamParam');
    const channel = await readFile(join(dir, 'batch-out/channels/trade-batch.ts'), 'utf8');
    expect(channel).toContain('export function subscribeTradeBatch(');
    // The shared request parameter and field group of the user's files, beside the shipped ones.
    const operation = await readFile(join(dir, 'batch-out/operations/get-price-batch.ts'), 'utf8');
    expect(operation).toContain('  /** Prices per batch. */\n  batch?: number;');
    // The group's members are written once, in field-groups.ts, which names both files.
    expect(operation).toContain(
      'export interface ParsedGetPriceBatchResponse<D = string> extends ParsedPriceStats<D> {',
    );
    const groups = await readFile(join(dir, 'batch-out/field-groups.ts'), 'utf8');
    expect(groups).toMatch(
      /^\/\/ Generated from spec\/field-groups\.yaml and batch\/field-groups\.yaml by/,
    );
    expect(groups).toContain('export interface ParsedPriceStats<D = string> {\n');
    expect(groups).toContain('  high: D;');
    expect(existsSync(join(dir, 'batch-out/operations/place-order.ts'))).toBe(true);
    await rm(join(dir, 'batch-out'), { recursive: true, force: true });
  });

  it('a parameter defined nowhere names the files it was looked up in', () => {
    const shipped = relative(dir, join(REPO, 'spec/params.yaml'));
    expect(refused('--spec', 'no-params')).toEqual([
      'generate: the spec has 1 problem(s):',
      `no-params/channels/trade-batch.yaml: params.1: 'batch' is not defined in ${shipped}`,
    ]);
    expect(refused('--spec', 'bad-param')).toEqual([
      'generate: the spec has 1 problem(s):',
      "bad-param/params.yaml: batch.default: '5' is not one of 10, 100",
    ]);
  });

  it("a key the shipped file has is refused in the user's file, naming both", () => {
    const shipped = relative(dir, join(REPO, 'spec/params.yaml'));
    expect(refused('--spec', 'redefined')).toEqual([
      'generate: the spec has 1 problem(s):',
      `redefined/params.yaml: symbol: 'symbol' is already defined in ${shipped}: your file adds keys to the shipped one and cannot redefine them`,
    ]);
    const shippedRequest = relative(dir, join(REPO, 'spec/request-params.yaml'));
    expect(refused('--spec', 'redefined-request')).toEqual([
      'generate: the spec has 1 problem(s):',
      `redefined-request/request-params.yaml: symbol: 'symbol' is already defined in ${shippedRequest}: your file adds keys to the shipped one and cannot redefine them`,
    ]);
  });
});

describe("generate --spec: a user's ccxt/<structure>.yaml is laid over the shipped mapping", () => {
  /** A trade stream payload (buyer is the maker: a sell for ccxt). */
  const trade = { e: 'trade', E: 1, s: 'BTCUSDT', t: 7, p: '1.5', q: '2', T: 2, m: true, M: true };
  type Parsers = Record<string, (payload: object) => Record<string, unknown>>;
  const parsersIn = async (out: string) =>
    (await import(join(dir, out, 'ccxt/trade.ts'))) as Parsers;

  it("adds the user's parser beside every shipped one; headers and docs name both files", async () => {
    generated('--spec', 'ccxt-add', '--out', 'ccxt-add-out');
    expect(cli('--spec', 'ccxt-add', '--out', 'ccxt-add-out', '--check').status).toBe(0);
    const text = await readFile(join(dir, 'ccxt-add-out/ccxt/trade.ts'), 'utf8');
    expect(text).toMatch(
      /^\/\/ Generated from spec\/ccxt\/trade\.yaml and ccxt-add\/ccxt\/trade\.yaml by codegen\//,
    );
    expect(text).toContain('Mapping: `ccxt-add/ccxt/trade.yaml`.');
    expect(text).toContain('Mapping: `spec/ccxt/trade.yaml`.');
    const api = await readFile(join(dir, 'ccxt-add-out/API.md'), 'utf8');
    expect(api).toContain('| channel `tradeLite` | `parseTradeLiteCcxt` / `toTradeLiteCcxt()` |');
    expect(api).toMatch(/\| `parseTradeCcxt` .* \| `spec\/ccxt\/trade\.yaml` \|/);

    const module = await parsersIn('ccxt-add-out');
    const lite = { e: 'tradeLite', E: 1700000000000, s: 'BTCUSDT', p: '42000.10' };
    expect(module['parseTradeLiteCcxt']!(lite)).toMatchObject({
      symbol: 'BTC/USDT',
      timestamp: 1700000000000,
      price: 42000.1,
      info: lite,
    });
    // The shipped parsers are there as they ship, their value maps with them.
    expect(module['parseTradeCcxt']!(trade)).toMatchObject({ id: '7', side: 'sell', cost: 3 });
    expect(typeof module['parseGetAggTradesCcxt']).toBe('function');
    await rm(join(dir, 'ccxt-add-out'), { recursive: true, force: true });
  });

  it('over the futures spec, names the shipped futures mapping', async () => {
    generated('--spec', 'ccxt-add-usdm', '--product', 'usdm', '--out', 'ccxt-usdm-out');
    const text = await readFile(join(dir, 'ccxt-usdm-out/ccxt/trade.ts'), 'utf8');
    expect(text).toMatch(
      /^\/\/ Generated from spec\/usdm\/ccxt\/trade\.yaml and ccxt-add-usdm\/ccxt\/trade\.yaml by/,
    );
    expect(text).toContain('export function parseTradeFlashCcxt(');
    expect(text).toContain('Mapping: `spec/usdm/ccxt/trade.yaml`.');
    expect(text).toContain('Mapping: `ccxt-add-usdm/ccxt/trade.yaml`.');
    await rm(join(dir, 'ccxt-usdm-out'), { recursive: true, force: true });
  });

  it('replaces the shipped source that emits the same parser, and only that one', async () => {
    generated('--spec', 'ccxt-replace', '--out', 'ccxt-replace-out');
    const text = await readFile(join(dir, 'ccxt-replace-out/ccxt/trade.ts'), 'utf8');
    expect(text).toContain('Value map `sellerMakerSide` of ccxt-replace/ccxt/trade.yaml');
    const module = await parsersIn('ccxt-replace-out');
    // The user's rules: the event time, and their own side map.
    expect(module['parseTradeCcxt']!(trade)).toMatchObject({ timestamp: 1, side: 'buy' });
    // aggTrade keeps the shipped rules (T, buyerMakerSide).
    const agg = {
      e: 'aggTrade',
      E: 1,
      s: 'BTCUSDT',
      a: 9,
      p: '1.5',
      q: '2',
      f: 1,
      l: 2,
      T: 2,
      m: true,
      M: true,
    };
    expect(module['parseAggTradeCcxt']!(agg)).toMatchObject({ timestamp: 2, side: 'sell' });
    await rm(join(dir, 'ccxt-replace-out'), { recursive: true, force: true });
  });

  it("a shipped source whose payload the user replaced: its problem says how to re-map it, and the user's source does", async () => {
    const shipped = relative(dir, join(REPO, 'spec/ccxt/trade.yaml'));
    expect(refused('--spec', 'ccxt-remap')).toEqual([
      'generate: the spec has 1 problem(s):',
      `${shipped}: sources.0.fields.id: 't': the payload has no field 't'`,
      "note: binance-rx's own ccxt/trade.yaml reads a channel, operation or event your files replace: a source in your ccxt/trade.yaml that emits the same parse…Ccxt replaces the shipped one",
    ]);
    generated('--spec', 'ccxt-remapped', '--out', 'ccxt-remapped-out');
    const { t: _id, ...withoutId } = trade;
    expect((await parsersIn('ccxt-remapped-out'))['parseTradeCcxt']!(withoutId)).toMatchObject({
      id: undefined,
      side: 'buy',
    });
    await rm(join(dir, 'ccxt-remapped-out'), { recursive: true, force: true });
  });

  it("a value map's entries add to the shipped map of that name: a new status is one line", async () => {
    generated('--spec', 'ccxt-status', '--out', 'ccxt-status-out');
    const text = await readFile(join(dir, 'ccxt-status-out/ccxt/order.ts'), 'utf8');
    expect(text).toContain(
      'Value map `orderStatus` of spec/ccxt/order.yaml and ccxt-status/ccxt/order.yaml',
    );
    // Every shipped parser stays, each reading the merged map.
    const { userDataExamples } = (await import(join(REPO, 'generated/examples.ts'))) as {
      userDataExamples: Record<string, { payloads: object[] }>;
    };
    const report = userDataExamples['executionReport']!.payloads[0]!;
    const parsers = (await import(join(dir, 'ccxt-status-out/ccxt/order.ts'))) as Parsers;
    const parse = parsers['parseExecutionReportCcxt']!;
    expect(parse({ ...report, X: 'EXPIRED_BY_SYSTEM' })).toMatchObject({ status: 'expired' });
    expect(parse({ ...report, X: 'FILLED' })).toMatchObject({ status: 'closed' });
    expect(typeof parsers['parseGetOrderCcxt']).toBe('function');
    await rm(join(dir, 'ccxt-status-out'), { recursive: true, force: true });
  });

  it("a layer's own problems are named in the user's file", () => {
    expect(refused('--spec', 'ccxt-bad-layer')).toEqual([
      'generate: the spec has 2 problem(s):',
      "ccxt-bad-layer/ccxt/trade.yaml: sources.1: emits parseTradeLiteCcxt, as does sources.0 of this file; give one of them a different 'name'",
      'ccxt-bad-layer/ccxt/trade.yaml: valueMaps.unused: not used by any rule (`map:`)',
    ]);
    expect(refused('--spec', 'ccxt-wrong-structure')).toEqual([
      'generate: the spec has 1 problem(s):',
      "ccxt-wrong-structure/ccxt/trade.yaml: structure: structure 'ticker' must live in ccxt-wrong-structure/ccxt/ticker.yaml",
    ]);
  });
});

describe("generate --spec: a user's order-stages.yaml, given to addOrderFactory as `stages`", () => {
  /** Places an order with `stages` (or the shipped table) and reports it with status `X`. */
  function placeAndReport(X: string, stages?: AddOrderOptions['stages']) {
    const h = harness({ credentials: { apiKey: 'KEY', sign: () => 'sig' } });
    h.session.connect();
    h.server().open();
    const seen: string[] = [];
    const invalid: UnknownOrderStatusError[] = [];
    let complete = false;
    addOrderFactory(h.session, {
      scheduler: h.scheduler,
      newClientOrderId: () => 'order-1',
      onInvalid: (error) => invalid.push(error),
      ...(stages ? { stages } : {}),
    })(limit).subscribe({
      next: (u: OrderStage) => seen.push(`${u.stage}:${u.source}`),
      complete: () => (complete = true),
    });
    h.reply('userDataStream.subscribe.signature', { subscriptionId: 1 });
    h.reply('order.place', { status: 'NEW', executedQty: '0', origQty: '1', orderId: 7 });
    h.server().receive({
      subscriptionId: 1,
      event: {
        e: 'executionReport',
        E: 2,
        s: 'BTCUSDT',
        c: 'order-1',
        i: 7,
        x: 'EXPIRED',
        X,
        z: '0',
        q: '1',
      },
    });
    return { seen, invalid, complete };
  }

  it('a status Binance added is one line of that file: the order ends in the stage it maps to', async () => {
    generated('--spec', 'new-status', '--out', 'new-status-out');
    const { orderStageTable } = (await import(join(dir, 'new-status-out/order-stages.ts'))) as {
      orderStageTable: AddOrderOptions['stages'];
    };
    // The shipped table: the status moves nothing, and onInvalid says which and where.
    const shipped = placeAndReport('EXPIRED_BY_SYSTEM');
    expect(shipped.seen.at(-1)).toBe('open:response');
    expect(shipped.invalid[0]).toMatchObject({ status: 'EXPIRED_BY_SYSTEM', stage: 'open' });
    expect(shipped.complete).toBe(false);
    // The user's table: expired, and the order's Observable completes.
    const own = placeAndReport('EXPIRED_BY_SYSTEM', orderStageTable);
    expect(own.seen.at(-1)).toBe('expired:executionReport');
    expect(own.invalid).toEqual([]);
    expect(own.complete).toBe(true);
    await rm(join(dir, 'new-status-out'), { recursive: true, force: true });
  });
});

describe('generate --spec: a channel with a parameter of its own is one file', () => {
  it('generates, is current for --check, and its subscribe function checks and renders it', async () => {
    generated('--spec', 'inline', '--out', 'inline-out');
    expect(cli('--spec', 'inline', '--out', 'inline-out', '--check').status).toBe(0);
    // The parameter is the channel's: params.ts holds the shipped ones only.
    const params = await readFile(join(dir, 'inline-out/params.ts'), 'utf8');
    expect(params).toContain('export const symbolStreamParam');
    expect(params).not.toMatch(/batchStreamParam|BatchParam/);
    const text = await readFile(join(dir, 'inline-out/channels/trade-batch.ts'), 'utf8');
    expect(text).toContain('  /** Trades per batch. */\n  batch: 10 | 100;');

    const module = (await import(join(dir, 'inline-out/channels/trade-batch.ts'))) as {
      tradeBatchChannel: ChannelDescriptor<object, unknown>;
      subscribeTradeBatch: (params: object, messages: Observable<unknown>) => unknown;
    };
    const { tradeBatchChannel, subscribeTradeBatch } = module;
    expect(streamName(tradeBatchChannel, { symbol: 'BTCUSDT', batch: 100 })).toBe(
      'btcusdt@trade@100',
    );
    expect(() => subscribeTradeBatch({ symbol: 'BTCUSDT', batch: 10 }, EMPTY)).not.toThrow();
    for (const batch of [50, '10', undefined]) {
      const wrong = () => subscribeTradeBatch({ symbol: 'BTCUSDT', batch }, EMPTY);
      expect(wrong).toThrow(InvalidParameterError);
      expect(wrong).toThrow(expect.objectContaining({ target: 'tradeBatch', parameter: 'batch' }));
    }
    await rm(join(dir, 'inline-out'), { recursive: true, force: true });
  });

  it("a broken definition is refused in the user's channel file, at the parameter", () => {
    expect(refused('--spec', 'inline-bad')).toEqual([
      'generate: the spec has 1 problem(s):',
      "inline-bad/channels/trade-batch.yaml: params.1.batch.default: '5' is not one of 10, 100",
    ]);
  });
});

describe('generate --spec: a good spec', () => {
  it('says what it wrote, and headers name the file each module came from', async () => {
    const run = generated('--spec', 'good', '--out', 'src/binance');
    expect(run.stdout).toMatch(/^generate: src\/binance\/: wrote (\d+) of \1 files \(\d+ ms\)\n$/);
    expect(run.stdout).not.toMatch(/missing:|stale:/);
    const own = await readFile(join(dir, 'src/binance/channels/trade-lite.ts'), 'utf8');
    expect(own).toMatch(/^\/\/ Generated from good\/channels\/trade-lite\.yaml by codegen\//);
    const shipped = await readFile(join(dir, 'src/binance/channels/trade.ts'), 'utf8');
    expect(shipped).toMatch(/^\/\/ Generated from spec\/channels\/trade\.yaml by codegen\//);
    const readme = await readFile(join(dir, 'src/binance/README.md'), 'utf8');
    expect(readme).toContain("from good/ over binance-rx's spec/");
    // API.md names each section's source as the headers do.
    const api = await readFile(join(dir, 'src/binance/API.md'), 'utf8');
    expect(api).toContain('Source: `good/channels/trade-lite.yaml`.');
    expect(api).toContain('Source: `spec/channels/trade.yaml`.');
    // User data events have their section too, the user's beside the shipped ones.
    expect(api).toContain(
      '| [`onAssetLockUpdate`](#onassetlockupdate) | `assetLockUpdate` | `AssetLockUpdateEvent` | `ParsedAssetLockUpdateEvent` | Asset Lock Update |',
    );
    expect(api).toContain(
      '`.pipe(onAssetLockUpdate())` on the user data stream — `e` = `assetLockUpdate`. Source: `good/user-data/asset-lock-update.yaml`.',
    );
    expect(api).toContain('| `l` | `lockedDelta` | decimal | Change of the locked amount. |');
    expect(api).toContain('### onBalanceUpdate');
    // So do the JSON Schemas' $comment and the examples' `file` (the local exchange logs it).
    const command = '`npx binance-rx generate --spec good --out src/binance`';
    for (const [path, source] of [
      ['channels/trade-lite.json', 'good/channels/trade-lite.yaml'],
      ['user-data/asset-lock-update.json', 'good/user-data/asset-lock-update.yaml'],
      ['channels/trade.json', 'spec/channels/trade.yaml'],
    ]) {
      const schema = JSON.parse(
        await readFile(join(dir, 'src/binance/schemas', path!), 'utf8'),
      ) as { $comment: string };
      expect(schema.$comment).toBe(
        `Generated from ${source} by codegen/. DO NOT EDIT: edit the spec and run ${command}.`,
      );
    }
    const examples = await readFile(join(dir, 'src/binance/examples.ts'), 'utf8');
    expect(examples).toContain('"file": "good/channels/trade-lite.yaml"');
    expect(examples).toContain('"file": "spec/channels/trade.yaml"');
    // A user data event's examples too, for the local exchange's emitUserData.
    const { userDataExamples } = (await import(join(dir, 'src/binance/examples.ts'))) as {
      userDataExamples: Record<string, { file: string; eventType: string; payloads: object[] }>;
    };
    expect(userDataExamples['assetLockUpdate']).toEqual({
      file: 'good/user-data/asset-lock-update.yaml',
      eventType: 'assetLockUpdate',
      payloads: [{ e: 'assetLockUpdate', E: 1700000000000, a: 'BTC', l: '1.5' }],
    });
    expect(userDataExamples['balanceUpdate']?.file).toBe('spec/user-data/balance-update.yaml');
    const again = cli('--spec', 'good', '--out', 'src/binance');
    expect(again.stdout).toMatch(/^generate: src\/binance\/: \d+ files, all current/);
  });

  it('--help says --out is a folder inside the current directory', () => {
    expect(cli('--help').stdout).toContain(
      'a\n                folder inside the current directory',
    );
  });
});

describe('generate --spec: a user data event is one file', () => {
  it("gives on<Event>(), which picks the event out of the local exchange's user data", async () => {
    generated('--spec', 'good', '--out', 'event-out');
    const { onAssetLockUpdate, parseAssetLockUpdateEvent } = (await import(
      join(dir, 'event-out/user-data/asset-lock-update.ts')
    )) as {
      onAssetLockUpdate: () => OperatorFunction<UserDataMessage, object>;
      parseAssetLockUpdateEvent: (raw: object) => Record<string, unknown>;
    };
    const { userDataExamples } = (await import(join(dir, 'event-out/examples.ts'))) as {
      userDataExamples: Record<string, { payloads: object[] }>;
    };
    const [payload] = userDataExamples['assetLockUpdate']!.payloads;
    const exchange = await startLocalExchange({ paused: true });
    const { apiKey, secret } = exchange.keys.hmac;
    const sign = (p: string) => createHmac('sha256', secret).update(p).digest('hex');
    const session = wsApiSession({ url: exchange.urls.wsApi, credentials: { apiKey, sign } });
    const connected = session.connect();
    const seen: object[] = [];
    const events = session
      .userData()
      .pipe(onAssetLockUpdate())
      .subscribe((event) => seen.push(event));
    try {
      // Emitted until the subscription is in place, then only once more.
      await vi.waitFor(
        () => {
          if (seen.length === 0) exchange.emitUserData(payload!);
          expect(seen.length).toBeGreaterThan(0);
        },
        { timeout: 10_000, interval: 50 },
      );
      expect(seen[0]).toEqual(payload);
      expect(parseAssetLockUpdateEvent(seen[0]!)).toEqual({
        eventType: 'assetLockUpdate',
        eventTime: 1700000000000,
        asset: 'BTC',
        lockedDelta: '1.5',
      });
    } finally {
      events.unsubscribe();
      connected.unsubscribe();
      await exchange.close();
      await rm(join(dir, 'event-out'), { recursive: true, force: true });
    }
  }, 30_000);
});
