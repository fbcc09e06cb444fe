/**
 * Entry of the smoke bundle for Node.js, Bun and Deno: reads the config from `SMOKE_CONFIG`,
 * runs the suite, prints one JSON line of results and exits 0 when every check passed.
 */
import { runSmoke, type SmokeConfig } from './smoke';

interface Runtime {
  Deno?: { env: { get(name: string): string | undefined }; exit(code: number): never };
  process?: { env: Record<string, string | undefined>; exit(code: number): never };
}

const runtime = globalThis as Runtime;
const raw = runtime.Deno?.env.get('SMOKE_CONFIG') ?? runtime.process?.env['SMOKE_CONFIG'];
const exit = (code: number) => (runtime.Deno ?? runtime.process)?.exit(code);

const results = await runSmoke(JSON.parse(raw ?? '{}') as SmokeConfig);
console.log(JSON.stringify(results));
exit(results.every((r) => r.ok) ? 0 : 1);
