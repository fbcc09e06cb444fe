/** The header every generated file starts with: its source, DO NOT EDIT, how to regenerate. */
export const DEFAULT_REGENERATE = 'npm run generate';

export function headerLines(source: string, command = DEFAULT_REGENERATE): string[] {
  const check = command === DEFAULT_REGENERATE ? `${command} -- --check` : `${command} --check`;
  return [
    `Generated from ${source} by codegen/. DO NOT EDIT.`,
    `Edit the spec, then run \`${command}\` (\`${check}\` verifies).`,
  ];
}

export const tsHeader = (source: string, command?: string): string =>
  headerLines(source, command)
    .map((line) => `// ${line}`)
    .join('\n') + '\n';

export const markdownHeader = (source: string, command?: string): string =>
  `<!-- ${headerLines(source, command).join(' ')} -->\n`;
