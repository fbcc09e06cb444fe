/**
 * A namespace pattern in the `debug` convention: names separated by commas or spaces, `*` matches
 * anything, a leading `-` excludes. `binance-rx:*,-binance-rx:raw:*` enables everything but raw frames.
 * Returns a predicate over namespaces.
 */
export function namespaceMatcher(pattern: string): (namespace: string) => boolean {
  const include: RegExp[] = [];
  const exclude: RegExp[] = [];
  for (const part of pattern.split(/[\s,]+/)) {
    if (part === '' || part === '-') continue;
    if (part.startsWith('-')) exclude.push(toRegExp(part.slice(1)));
    else include.push(toRegExp(part));
  }
  return (namespace) =>
    include.some((re) => re.test(namespace)) && !exclude.some((re) => re.test(namespace));
}

function toRegExp(glob: string): RegExp {
  const source = glob
    .split('*')
    .map((text) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`);
}
