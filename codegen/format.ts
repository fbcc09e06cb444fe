import * as prettier from 'prettier';

/**
 * Formats generated text with the repository's own Prettier config, so `generate --check`
 * compares the bytes `prettier --check` would accept.
 */
export async function formatFile(path: string, text: string, configFile: string): Promise<string> {
  const options = (await prettier.resolveConfig(configFile)) ?? {};
  return prettier.format(text, { ...options, filepath: path });
}
