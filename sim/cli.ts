/**
 * `binance-rx sim [--port 9443] [--host 127.0.0.1] [--symbols BTCUSDT,ETHUSDT] [--seed 1] …`:
 * runs the local exchange until SIGINT or SIGTERM.
 */
import { parseArgs } from 'node:util';
import { startLocalExchange } from './exchange';
import type { LocalExchangeExamples } from './examples';
import { loadExamples } from './load-examples';
import type { LocalExchangeOptions } from './options';

const USAGE = `Usage: binance-rx sim [options]

Runs a local exchange that speaks Binance Spot's market-stream protocol.

Options:
  --port <n>              TCP port (default 0: any free port)
  --host <host>           interface to bind (default 127.0.0.1)
  --symbols <A,B,…>       symbols to simulate (default BTCUSDT,ETHUSDT,BNBUSDT)
  --seed <n>              market seed (default 1)
  --tick-ms <n>           market step interval in ms (default 100)
  --speed <x>             speed-up of periodic streams (default 1)
  --ping-interval-ms <n>  server ping interval (default 20000)
  --pong-timeout-ms <n>   drop a connection after this long without pong (default 60000)
  --funding-interval-ms <n>  USDⓈ-M funding interval (default 28800000: 8 h)
  --examples <file>       also replay the examples of your spec: the examples.ts that
                          binance-rx generate --spec … --out <dir> writes (<dir>/examples.ts;
                          .ts needs Node.js 22.18+ or tsx installed), its compiled .js, or .json
  --usdm-examples <file>  the same for a USDⓈ-M spec (generate --product usdm)
  -h, --help              show this help
`;

const NUMBER_FLAGS = {
  port: 'port',
  seed: 'seed',
  'tick-ms': 'tickMs',
  speed: 'speed',
  'ping-interval-ms': 'pingIntervalMs',
  'pong-timeout-ms': 'pongTimeoutMs',
  'funding-interval-ms': 'fundingIntervalMs',
} as const;

export type CliCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'error'; readonly message: string }
  | {
      readonly kind: 'sim';
      readonly options: LocalExchangeOptions;
      /** Files of examples to load (`--examples`, `--usdm-examples`), by product. */
      readonly examples?: { readonly spot?: string; readonly usdm?: string };
    };

export function parseCli(argv: readonly string[]): CliCommand {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help') return { kind: 'help' };
  if (command !== 'sim') return { kind: 'error', message: `unknown command: ${command}` };
  let values: Record<string, string | boolean | undefined>;
  try {
    const string = { type: 'string' } as const;
    ({ values } = parseArgs({
      args: [...rest],
      options: {
        ...Object.fromEntries(Object.keys(NUMBER_FLAGS).map((flag) => [flag, string])),
        host: string,
        symbols: string,
        examples: string,
        'usdm-examples': string,
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
  }
  if (values['help'] === true) return { kind: 'help' };
  const options: Record<string, unknown> = {};
  for (const [flag, key] of Object.entries(NUMBER_FLAGS)) {
    const text = values[flag];
    if (typeof text !== 'string') continue;
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value)) {
      return { kind: 'error', message: `--${flag} expects a number, got ${text}` };
    }
    options[key] = value;
  }
  if (typeof values['host'] === 'string') options['host'] = values['host'];
  if (typeof values['symbols'] === 'string') {
    options['symbols'] = values['symbols']
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }
  const examples = {
    ...(typeof values['examples'] === 'string' ? { spot: values['examples'] } : {}),
    ...(typeof values['usdm-examples'] === 'string' ? { usdm: values['usdm-examples'] } : {}),
  };
  return {
    kind: 'sim',
    options: options as LocalExchangeOptions,
    ...(Object.keys(examples).length > 0 ? { examples } : {}),
  };
}

/** The examples of the files `--examples` and `--usdm-examples` name. */
async function loadAll(files: { readonly spot?: string; readonly usdm?: string } = {}) {
  const examples: { -readonly [K in keyof LocalExchangeExamples]: LocalExchangeExamples[K] } = {};
  for (const product of ['spot', 'usdm'] as const) {
    const file = files[product];
    if (file !== undefined) examples[product] = await loadExamples(file);
  }
  return examples;
}

export interface CliIo {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  /** Resolves when the process is asked to stop (SIGINT/SIGTERM by default). */
  readonly stopSignal?: Promise<string>;
}

const signals = (): Promise<string> =>
  new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve(signal);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });

/** Runs the CLI; resolves with the exit code. */
export async function runCli(
  argv: readonly string[],
  io: CliIo = { out: (l) => console.log(l), err: (l) => console.error(l) },
): Promise<number> {
  const command = parseCli(argv);
  if (command.kind === 'help') {
    io.out(USAGE);
    return 0;
  }
  if (command.kind === 'error') {
    io.err(`binance-rx: ${command.message}\n\n${USAGE}`);
    return 2;
  }
  const stop = io.stopSignal ?? signals();
  let exchange;
  try {
    const examples = await loadAll(command.examples);
    const log = (line: string) => io.out(line);
    exchange = await startLocalExchange({ ...command.options, examples, log });
  } catch (error) {
    io.err(`binance-rx: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  io.out(`binance-rx local exchange (symbols ${exchange.market.symbols.join(', ')})`);
  io.out(`  streams   ${exchange.urls.streams}`);
  io.out(`  combined  ${exchange.urls.combined}`);
  io.out(`  ws-api    ${exchange.urls.wsApi}`);
  io.out(`  rest      ${exchange.urls.rest}`);
  io.out(
    `  control   ${exchange.urls.control}  (faults: POST /control/faults/<name>; keys: GET /control/keys)`,
  );
  const signal = await stop;
  io.out(`binance-rx: ${signal}, closing`);
  await exchange.close();
  return 0;
}
