/**
 * `binance-rx generate --spec <dir> --product usdm`: a user's files laid over the shipped futures
 * spec (spec/usdm/), generated as a module importing `binance-rx/runtime`, as Spot overlays are.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../codegen/generate';
import { readUserSpecFiles } from '../../codegen/io';
import { SpecError } from '../../codegen/spec-errors';
import { REPO } from './fixture';

/** A futures stream a user adds the day Binance ships it (made up for the test). */
const CHANNEL = `channel: markPriceLite
title: Mark Price Lite
docs: usds-margined-futures/websocket-market-streams > Mark Price Lite
description: A lighter mark price stream of one contract, as a user adds one.
stream: '<symbol>@markPriceLite'
params: [symbol]
route: market
eventType: markPriceLite
payload: object
fields:
  e: { name: eventType, type: string, const: markPriceLite, description: Event type. }
  E: { name: eventTime, type: timestamp, description: Event time. }
  s: { name: symbol, type: string, description: Symbol. }
  p: { name: markPrice, type: decimal, description: Mark price. }
examples:
  - source: made up for the test
    stream: btcusdt@markPriceLite
    payload: { e: markPriceLite, E: 1700000000000, s: BTCUSDT, p: '42000.10' }
`;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'usdm-overlay-'));
  await mkdir(join(dir, 'my-spec', 'channels'), { recursive: true });
  await writeFile(join(dir, 'my-spec', 'channels', 'mark-price-lite.yaml'), CHANNEL);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const render = (files: Map<string, string>) =>
  generate(files, { outDir: 'out', runtime: 'binance-rx/runtime', specDir: 'spec/usdm' });

describe('generate --spec over the futures spec', () => {
  it('adds the user channel to the futures product, with its route and product data', async () => {
    const files = await readUserSpecFiles(REPO, join(dir, 'my-spec'), 'spec/usdm');
    const out = render(files);
    const module = out.get('out/channels/mark-price-lite.ts')!;
    expect(module).toContain("from 'binance-rx/runtime'");
    expect(module).toContain('route: "market"');
    expect(module).toContain('https://binance-rx.dev/schemas/usdm/channels/mark-price-lite.json');
    // The shipped futures channels and product come along; no Spot channel does.
    expect(out.has('out/channels/mark-price.ts')).toBe(true);
    expect(out.has('out/channels/avg-price.ts')).toBe(false);
    expect(out.get('out/product.ts')).toContain('export const usdmProduct');
    expect(out.get('out/operations/get-book.ts')).toContain('product: usdmProduct');
  });

  it('holds the user file to the futures rules (a route is required there)', async () => {
    const files = await readUserSpecFiles(REPO, join(dir, 'my-spec'), 'spec/usdm');
    const path = 'spec/usdm/channels/mark-price-lite.yaml';
    files.set(path, CHANNEL.replace('route: market\n', ''));
    expect(() => render(files)).toThrow(SpecError);
    try {
      render(files);
    } catch (error) {
      expect((error as SpecError).problems.map((p) => [p.file, p.path])).toEqual([[path, 'route']]);
    }
  });

  it('runs from the command line with --product usdm, and --check agrees', () => {
    const cli = (...args: string[]) =>
      spawnSync(
        process.execPath,
        ['--import', import.meta.resolve('tsx'), join(REPO, 'codegen/main.ts'), ...args],
        { cwd: dir, encoding: 'utf8' },
      );
    const args = ['--spec', 'my-spec', '--product', 'usdm', '--out', 'src/futures'];
    const run = cli(...args);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(cli(...args, '--check').status).toBe(0);
    const bad = cli('--spec', 'my-spec', '--product', 'coinm', '--out', 'x');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--product must be one of spot, usdm');
  });

  it('writes the command that regenerates it into every header', async () => {
    const text = await readFile(join(dir, 'src/futures/channels/mark-price-lite.ts'), 'utf8');
    expect(text).toContain(
      'npx binance-rx generate --spec my-spec --product usdm --out src/futures',
    );
  });

  it('takes a parameter defined in the channel file itself, with no params.yaml', async () => {
    const files = await readUserSpecFiles(REPO, join(dir, 'my-spec'), 'spec/usdm');
    files.set(
      'spec/usdm/channels/mark-price-lite.yaml',
      CHANNEL.replace("'<symbol>@markPriceLite'", "'<symbol>@markPriceLite@<every>'")
        .replace(
          'params: [symbol]',
          'params:\n  - symbol\n  - every: { description: Update speed., type: string, enum: [1s, 3s] }',
        )
        .replace('stream: btcusdt@markPriceLite', 'stream: btcusdt@markPriceLite@3s'),
    );
    const out = render(files);
    expect(out.get('out/params.ts')).not.toContain('everyStreamParam');
    expect(out.get('out/channels/mark-price-lite.ts')).toContain(
      'params: { symbol: symbolStreamParam, every: {"type":"string","enum":["1s","3s"]} }',
    );
  });

  it("adds a user's params.yaml to the futures parameters; a shipped key is refused", async () => {
    const files = await readUserSpecFiles(REPO, join(dir, 'my-spec'), 'spec/usdm');
    files.set(
      'spec/usdm/channels/mark-price-lite.yaml',
      CHANNEL.replace("'<symbol>@markPriceLite'", "'<symbol>@markPriceLite@<every>'")
        .replace('params: [symbol]', 'params: [symbol, every]')
        .replace('stream: btcusdt@markPriceLite', 'stream: btcusdt@markPriceLite@3s'),
    );
    const every = 'every:\n  description: Update speed.\n  type: string\n  enum: [1s, 3s]\n';
    files.set('spec/usdm/params.yaml#user', every);
    const params = render(files).get('out/params.ts')!;
    expect(params).toContain('export const everyStreamParam');
    expect(params).toContain('export const symbolStreamParam');
    files.set(
      'spec/usdm/params.yaml#user',
      `${every}symbol:\n  description: Mine.\n  type: string\n  pattern: '^x$'\n`,
    );
    try {
      render(files);
      expect.unreachable();
    } catch (error) {
      expect((error as SpecError).problems).toEqual([
        {
          file: 'spec/usdm/params.yaml#user',
          path: 'symbol',
          message:
            "'symbol' is already defined in spec/usdm/params.yaml: your file adds keys to the shipped one and cannot redefine them",
        },
      ]);
    }
  });
});
