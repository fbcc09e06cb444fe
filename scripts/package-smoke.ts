/**
 * A package user's path, end to end: `npm pack`, install the tarball into a fresh project,
 * `npx binance-rx generate --spec my-spec --out src/binance` with a one-file spec (a new
 * channel), `--check`, then type-check a program that uses the output next to `binance-rx`.
 * The channel file, its CCXT mapping and the program are taken from README's "Extend the spec"
 * walk-through; a user data event beside them, and a program that has the local exchange
 * (`binance-rx/sim`) send it; an order-stages.yaml mapping one more status, and a program that
 * gives its table to `addOrderFactory` (and reads the CCXT parsers, the user's and the shipped).
 * Needs dist/ (`npm run build`); scripts/test.sh runs it after the build. Exit 1 on any failure.
 *
 * Offline: the tarball is unpacked as node_modules/binance-rx and its dependencies (and, for the
 * generator, the optional peers yaml and ajv) are linked from this checkout's node_modules,
 * following each package's own dependencies, exactly what `npm install` would lay out flat.
 * Nothing else of this checkout is visible to the project. Before generating, it checks that the
 * schema maps load as the package's own schema files from both module formats.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPO = join(import.meta.dirname, '..');
const MODULES = join(REPO, 'node_modules');

/** The YAML and the program of README's "Extend the spec" walk-through, so the README is what runs. */
async function walkThrough(): Promise<{ channel: string; ccxt: string; program: string }> {
  const readme = await readFile(join(REPO, 'README.md'), 'utf8');
  const start = readme.indexOf('## Extend the spec');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  /** The first block of `lang` whose text starts with `first`. */
  const block = (lang: string, first = ''): string => {
    const match = new RegExp(`( *)\`\`\`${lang}\n( *${first}[\\s\\S]*?)\n *\`\`\``).exec(section);
    if (start < 0 || !match) fail(`README's "Extend the spec" has no \`\`\`${lang} block ${first}`);
    const indent = match[1]!.length;
    return `${match[2]!
      .split('\n')
      .map((line) => line.slice(indent))
      .join('\n')}\n`;
  };
  return {
    channel: block('yaml'),
    ccxt: block('yaml', 'structure: '),
    program: block('ts'),
  };
}

/**
 * A user data event a user adds (the file one-file.test.ts adds to the repository), and a program
 * that tests its operator against the local exchange (README's "Extend the spec", step 5): the
 * exchange sends the event's example.
 */
const USER_DATA_EVENT = join(REPO, 'test/integration/fixtures/one-file/asset-lock-update.yaml');
const USER_DATA_PROGRAM = `import { firstValueFrom } from 'rxjs';
import { wsApiSession } from 'binance-rx';
import { startLocalExchange } from 'binance-rx/sim';
import { onAssetLockUpdate, parseAssetLockUpdateEvent } from './binance';
import * as spot from './binance/examples';

export async function lockedDelta(sign: (payload: string) => string): Promise<number> {
  const exchange = await startLocalExchange({ examples: { spot } });
  const session = wsApiSession({
    url: exchange.urls.wsApi,
    credentials: { apiKey: exchange.keys.hmac.apiKey, sign },
  });
  const event = firstValueFrom(session.userData().pipe(onAssetLockUpdate()));
  exchange.emitUserData(spot.userDataExamples['assetLockUpdate']!.payloads[0]!);
  exchange.usdm.emitUserData({ e: 'RISK_LEVEL_CHANGE', E: 1 }, 'bob');
  const parsed = parseAssetLockUpdateEvent(await event, { decimal: Number });
  await exchange.close();
  return parsed.lockedDelta;
}
`;

/**
 * The user's order-stages.yaml: the shipped one and a status Binance might add, and a program that
 * gives the generated table to `addOrderFactory` as `stages` (README, "Orders and their stages"),
 * and reads a trade with the user's CCXT parser and the shipped one.
 */
const orderStages = async (): Promise<string> =>
  (await readFile(join(REPO, 'spec', 'order-stages.yaml'), 'utf8')).replace(
    '  EXPIRED_IN_MATCH: expire\n',
    '  EXPIRED_IN_MATCH: expire\n  EXPIRED_BY_SYSTEM: expire\n',
  );
const ORDERS_PROGRAM = `import { addOrderFactory, type WsApiSession } from 'binance-rx';
import { orderStageTable, parseTradeCcxt, parseTradeLiteCcxt } from './binance';

export const addOrder = (session: WsApiSession) =>
  addOrderFactory(session, { stages: orderStageTable });

export const prices = (lite: Parameters<typeof parseTradeLiteCcxt>[0], trade: Parameters<typeof parseTradeCcxt>[0]) =>
  [parseTradeLiteCcxt(lite).price, parseTradeCcxt(trade).price];
`;

function fail(message: string): never {
  console.error(`package-smoke: ${message}`);
  process.exit(1);
}

/** Links `name` and, transitively, its dependencies from this checkout into `modules`. */
async function linkWithDependencies(modules: string, name: string, done: Set<string>) {
  if (done.has(name)) return;
  done.add(name);
  const source = join(MODULES, name);
  if (!existsSync(source)) fail(`dependency ${name} is not installed in this checkout`);
  await mkdir(join(modules, name, '..'), { recursive: true });
  await symlink(source, join(modules, name), 'dir');
  const manifest = JSON.parse(await readFile(join(source, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  for (const dep of Object.keys(manifest.dependencies ?? {})) {
    await linkWithDependencies(modules, dep, done);
  }
}

/**
 * Node's flags for a CommonJS check: without `require(esm)` (on by default since Node 20.19 and
 * 22.12), as on Node 20.10 to 20.18, so that a `require` of an entry loads its CommonJS build or
 * fails, never the ES module.
 */
const COMMONJS_ONLY = process.features.require_module ? ['--no-experimental-require-module'] : [];

function run(cwd: string, command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

/**
 * The builds import the schema files of the package (tsup.config.ts): `channelSchemas` and the
 * others are those very files, from an ES module (a JSON module) and from CommonJS alike.
 */
function schemasLoad(app: string): void {
  const esm = `
    import { channelSchemas } from 'binance-rx';
    import { channelSchemas as usdm } from 'binance-rx/usdm';
    import ticker from 'binance-rx/schemas/channels/ticker.json' with { type: 'json' };
    import markPrice from 'binance-rx/usdm/schemas/channels/mark-price.json' with { type: 'json' };
    if (channelSchemas.ticker !== ticker || usdm.markPrice !== markPrice) process.exit(3);`;
  const cjs = `
    const { channelSchemas } = require('binance-rx');
    const { channelSchemas: usdm } = require('binance-rx/usdm');
    if (channelSchemas.ticker !== require('binance-rx/schemas/channels/ticker.json')) process.exit(3);
    if (usdm.markPrice !== require('binance-rx/usdm/schemas/channels/mark-price.json')) process.exit(3);`;
  for (const [kind, args] of [
    ['ES module', ['--input-type=module', '-e', esm]],
    ['CommonJS', [...COMMONJS_ONLY, '--input-type=commonjs', '-e', cjs]],
  ] as const) {
    const loaded = run(app, process.execPath, [...args]);
    if (loaded.code !== 0)
      fail(
        `${kind}: the schema maps are not the package's schema files (${loaded.code}):\n${loaded.out}`,
      );
  }
}

/**
 * One runtime per module format: `binance-rx/runtime` (what generated code imports) exports the
 * very objects `binance-rx` does, in a CommonJS project as in an ES module one (tsup.config.ts
 * builds the CommonJS entries with shared chunks), so an error thrown by generated code is an
 * `instanceof` the package's class and its requests share the package's default clients and
 * their rate-limit governors. binance-rx/usdm throws the classes of `binance-rx` in both formats:
 * the CommonJS check runs without `require(esm)` (COMMONJS_ONLY), so it loads usdm's CommonJS
 * build, whose errors would not be `require('binance-rx')`'s if it held a runtime of its own.
 */
async function runtimeShared(app: string): Promise<void> {
  const same = (main: string, runtime: string, usdm: string) => `
    const shared = Object.keys(${runtime}).filter((name) => name in ${main});
    for (const name of ['InvalidParameterError', 'requestHttp']) {
      if (!shared.includes(name)) throw new Error(\`binance-rx/runtime exports no \${name}\`);
    }
    const copies = shared.filter((name) => ${main}[name] !== ${runtime}[name]);
    if (copies.length > 0) throw new Error(\`two copies of \${copies.join(', ')}\`);
    const thrown = (() => {
      try {
        ${usdm}.subscribeTicker({ nope: 1 }, null);
      } catch (error) {
        return error;
      }
    })();
    if (!(thrown instanceof ${main}.InvalidParameterError))
      throw new Error(\`binance-rx/usdm threw \${thrown}, not binance-rx's InvalidParameterError\`);`;
  const cjs = `const main = require('binance-rx');
    const runtime = require('binance-rx/runtime');
    const usdm = require('binance-rx/usdm');
    ${same('main', 'runtime', 'usdm')}
  `;
  const esm = `import * as main from 'binance-rx';
    import * as runtime from 'binance-rx/runtime';
    import * as usdm from 'binance-rx/usdm';
    ${same('main', 'runtime', 'usdm')}
  `;
  await writeFile(
    join(app, 'package.json'),
    '{ "name": "app", "private": true, "type": "commonjs" }\n',
  );
  await writeFile(join(app, 'shared.js'), cjs);
  await writeFile(join(app, 'shared.mjs'), esm);
  for (const [kind, args] of [
    ['CommonJS', [...COMMONJS_ONLY, 'shared.js']],
    ['ES module', ['shared.mjs']],
  ] as const) {
    const loaded = run(app, process.execPath, [...args]);
    if (loaded.code !== 0) fail(`${kind}: the entries do not share one runtime:\n${loaded.out}`);
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(REPO, 'dist', 'codegen', 'cli.js'))) fail('no dist/: run `npm run build`');
  const root = await mkdtemp(join(tmpdir(), 'binance-rx-package-'));
  try {
    const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', root], {
      cwd: REPO,
      encoding: 'utf8',
    }).trim();
    const app = join(root, 'app');
    const modules = join(app, 'node_modules');
    await mkdir(join(app, 'my-spec', 'channels'), { recursive: true });
    await mkdir(modules, { recursive: true });
    execFileSync('tar', ['-xzf', join(root, tarball), '-C', modules]);
    await rename(join(modules, 'package'), join(modules, 'binance-rx'));
    const manifest = JSON.parse(
      await readFile(join(modules, 'binance-rx', 'package.json'), 'utf8'),
    ) as { dependencies: Record<string, string> };
    const linked = new Set<string>();
    for (const dep of Object.keys(manifest.dependencies)) {
      await linkWithDependencies(modules, dep, linked);
    }
    schemasLoad(app);
    await runtimeShared(app);
    await mkdir(join(modules, '.bin'));
    await symlink('../binance-rx/bin/binance-rx.js', join(modules, '.bin', 'binance-rx'));
    await writeFile(
      join(app, 'package.json'),
      '{ "name": "app", "private": true, "type": "module" }\n',
    );
    const { channel, ccxt, program } = await walkThrough();
    await writeFile(join(app, 'my-spec', 'channels', 'trade-lite.yaml'), channel);
    await mkdir(join(app, 'my-spec', 'ccxt'));
    await writeFile(join(app, 'my-spec', 'ccxt', 'trade.yaml'), ccxt);
    await writeFile(join(app, 'my-spec', 'order-stages.yaml'), await orderStages());
    await mkdir(join(app, 'my-spec', 'user-data'));
    await writeFile(
      join(app, 'my-spec', 'user-data', 'asset-lock-update.yaml'),
      await readFile(USER_DATA_EVENT, 'utf8'),
    );
    const generate = [
      '--no-install',
      'binance-rx',
      'generate',
      '--spec',
      'my-spec',
      '--out',
      'src/binance',
    ];

    // Without the generator's optional peers: a clear instruction, nothing written.
    const bare = run(app, 'npx', generate);
    if (bare.code !== 2 || !bare.out.includes('npm install --save-dev yaml ajv')) {
      fail(`without yaml/ajv, expected exit 2 naming them, got ${bare.code}:\n${bare.out}`);
    }
    for (const peer of ['yaml', 'ajv']) await linkWithDependencies(modules, peer, linked);

    const first = run(app, 'npx', generate);
    if (first.code !== 0) fail(`generate failed (${first.code}):\n${first.out}`);
    const check = run(app, 'npx', [...generate, '--check']);
    if (check.code !== 0) fail(`generate --check after generate failed:\n${check.out}`);
    const lite = await readFile(join(app, 'src', 'binance', 'channels', 'trade-lite.ts'), 'utf8');
    if (!lite.includes("from 'binance-rx/runtime'"))
      fail('output does not import binance-rx/runtime');

    // Type-check the output and a program using it, as the user's editor would.
    await writeFile(join(app, 'src', 'main.ts'), program);
    await writeFile(join(app, 'src', 'user-data.ts'), USER_DATA_PROGRAM);
    await writeFile(join(app, 'src', 'orders.ts'), ORDERS_PROGRAM);
    await writeFile(
      join(app, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'Bundler',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          resolveJsonModule: true,
          types: [],
          lib: ['ES2022', 'DOM'],
        },
        include: ['src'],
      }),
    );
    const tsc = run(app, process.execPath, [join(MODULES, 'typescript', 'bin', 'tsc'), '-p', '.']);
    if (tsc.code !== 0) fail(`the generated module does not type-check:\n${tsc.out}`);
    // And under the strictest options a project may set: exactOptionalPropertyTypes (the
    // generated module), and without skipLibCheck (the package's own declarations).
    await writeFile(
      join(app, 'tsconfig.strictest.json'),
      JSON.stringify({
        extends: './tsconfig.json',
        compilerOptions: {
          exactOptionalPropertyTypes: true,
          noUncheckedIndexedAccess: true,
          skipLibCheck: false,
        },
      }),
    );
    const strictest = run(app, process.execPath, [
      join(MODULES, 'typescript', 'bin', 'tsc'),
      '-p',
      'tsconfig.strictest.json',
    ]);
    if (strictest.code !== 0) {
      fail(
        `the generated module or the package's declarations do not type-check with exactOptionalPropertyTypes and without skipLibCheck:\n${strictest.out}`,
      );
    }
    console.log(
      `package-smoke: ${tarball} installed, generate + --check + tsc clean, also with exactOptionalPropertyTypes and without skipLibCheck (${first.out.split('\n')[0]})`,
    );
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await main();
