/**
 * A deliberately tiny XML reader for SBE schemas: elements, attributes, text, comments and the
 * declaration. No CDATA, entities beyond the five predefined ones, or DTDs: an
 * SBE message schema needs none of them, and anything else is refused with its offset.
 */

export interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The text directly inside the element, trimmed (`<validValue …>1</validValue>` -> `1`). */
  text: string;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const TAG = /<([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const CLOSE = /<\/([A-Za-z_][\w:.-]*)\s*>/y;

const unescape = (value: string): string =>
  value.replace(/&(\w+);/g, (all, name: string) => ENTITIES[name] ?? all);

function attributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of source.matchAll(ATTR)) attrs[m[1]!] = unescape(m[2] ?? m[3] ?? '');
  return attrs;
}

/** Parses `text` into its root element; throws an Error naming the offset of what it refuses. */
export function parseXml(text: string): XmlElement {
  const stack: XmlElement[] = [{ name: '#document', attrs: {}, children: [], text: '' }];
  let pos = 0;
  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    if (lt < 0) break;
    const content = text.slice(pos, lt).trim();
    if (content !== '') {
      if (stack.length === 1) throw new Error(`XML: text outside the root at offset ${pos}`);
      stack.at(-1)!.text += unescape(content);
    }
    pos = skipMarkup(text, lt) ?? element(text, lt, stack);
  }
  if (stack.length !== 1) throw new Error(`XML: <${stack.at(-1)!.name}> is never closed`);
  const [root] = stack[0]!.children;
  if (!root || stack[0]!.children.length > 1) throw new Error('XML: expected one root element');
  return root;
}

/** Comments and the `<?xml …?>` declaration: the offset after them, or undefined. */
function skipMarkup(text: string, lt: number): number | undefined {
  for (const [open, close] of [
    ['<!--', '-->'],
    ['<?', '?>'],
  ] as const) {
    if (!text.startsWith(open, lt)) continue;
    const end = text.indexOf(close, lt + open.length);
    if (end < 0) throw new Error(`XML: unterminated ${open} at offset ${lt}`);
    return end + close.length;
  }
  return undefined;
}

function element(text: string, lt: number, stack: XmlElement[]): number {
  CLOSE.lastIndex = lt;
  const close = CLOSE.exec(text);
  if (close) {
    const open = stack.pop();
    if (!open || open.name !== close[1] || stack.length === 0) {
      throw new Error(`XML: unexpected </${close[1]}> at offset ${lt}`);
    }
    return CLOSE.lastIndex;
  }
  TAG.lastIndex = lt;
  const tag = TAG.exec(text);
  if (!tag) throw new Error(`XML: malformed tag at offset ${lt}`);
  const node: XmlElement = {
    name: tag[1]!,
    attrs: attributes(tag[2] ?? ''),
    children: [],
    text: '',
  };
  stack.at(-1)!.children.push(node);
  if (tag[3] !== '/') stack.push(node);
  return TAG.lastIndex;
}
