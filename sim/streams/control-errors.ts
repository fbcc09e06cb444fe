/** Error replies of the live control protocol, worded as Binance's "Error Messages" table. */

export type RequestId = number | string | null;

export const METHODS = [
  'SUBSCRIBE',
  'UNSUBSCRIBE',
  'LIST_SUBSCRIPTIONS',
  'SET_PROPERTY',
  'GET_PROPERTY',
] as const;
export type Method = (typeof METHODS)[number];

export const reply = (result: unknown, id: RequestId): string => JSON.stringify({ result, id });

export const failure = (code: number, msg: string, id: RequestId): string =>
  JSON.stringify({ error: { code, msg }, id });

/** `line L column C` of a 0-based offset, 1-based like the server's JSON parser reports it. */
export function position(text: string, offset: number): string {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `line ${line} column ${column}`;
}

/** Index of the first `char` outside string literals (where JSON.parse met an unexpected token). */
function firstOutsideStrings(text: string, char: string): number {
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString && c === '\\') i += 1;
    else if (c === '"') inString = !inString;
    else if (!inString && c === char) return i;
  }
  return 0;
}

/** Where JSON.parse gave up, as far as its message tells. */
export function jsonErrorOffset(error: unknown, text: string): number {
  const message = error instanceof Error ? error.message : '';
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const token = /Unexpected token '(.)'/.exec(message);
  if (token) return firstOutsideStrings(text, token[1]!);
  return /end of (JSON )?input/i.test(message) ? text.length : 0;
}

export const MESSAGES = {
  invalidJson: (where: string) => `Invalid JSON: expected value at ${where}`,
  notObject: 'Invalid request: expected an object with `method`, `params` and `id`',
  missingMethod: (where: string) => `Invalid request: missing field \`method\` at ${where}`,
  unknownMethod: (value: unknown, where: string) =>
    `Invalid request: unknown variant \`${typeof value === 'string' ? value : JSON.stringify(value)}\`, expected one of ${METHODS.map((m) => `\`${m}\``).join(', ')} at ${where}`,
  badId: 'Invalid request: request ID must be an unsigned integer',
  tooManyParams: 'Invalid request: too many parameters',
  propertyName: 'Invalid request: property name must be a string',
  unknownProperty: 'Unknown property',
  expectedBoolean: 'Invalid value type: expected Boolean',
  invalidStream: 'Invalid request: invalid stream',
  paramsNotArray: 'Invalid request: params must be an array of stream names',
  tooManyStreams: (max: number) =>
    `Invalid request: too many streams (at most ${max} per connection)`,
} as const;
