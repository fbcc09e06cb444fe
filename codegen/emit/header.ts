/** The header every generated file starts with: its source, DO NOT EDIT, how to regenerate. */
export function headerLines(source: string): string[] {
  return [
    `Generated from ${source} by codegen/. DO NOT EDIT.`,
    'Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).',
  ];
}

export const tsHeader = (source: string): string =>
  headerLines(source)
    .map((line) => `// ${line}`)
    .join('\n') + '\n';

export const markdownHeader = (source: string): string =>
  `<!-- ${headerLines(source).join(' ')} -->\n`;
