/** `npm run generate [-- --check | --watch]`: the generator's entry point (see cli.ts). */
import { generateCli } from './cli';

process.exitCode = await generateCli(process.argv.slice(2));
