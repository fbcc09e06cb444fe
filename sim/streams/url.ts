/** Market-stream URLs: `/ws`, `/ws/<a>/<b>`, `/stream`, `/stream?streams=<a>/<b>`, `timeUnit`. */
import { MESSAGES } from './control-errors';
import type { StreamSpec } from './names';

export interface StreamUrl {
  readonly combined: boolean;
  readonly micro: boolean;
  readonly streams: readonly string[];
}

export type StreamUrlResult =
  | { readonly ok: true; readonly url: StreamUrl }
  | { readonly ok: false; readonly status: number; readonly body: { code: number; msg: string } };

const split = (url: string): [string, string] => {
  const q = url.indexOf('?');
  return q < 0 ? [url, ''] : [url.slice(0, q), url.slice(q + 1)];
};

/** Query parameters, decoded without turning `+` into a space (`@+08:00` stays intact). */
const queryParams = (query: string): Map<string, string> => {
  const params = new Map<string, string>();
  for (const pair of query.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = decodeURIComponent(eq < 0 ? pair : pair.slice(0, eq));
    params.set(key, eq < 0 ? '' : decodeURIComponent(pair.slice(eq + 1)));
  }
  return params;
};

export const isStreamPath = (pathname: string): boolean =>
  pathname === '/ws' ||
  pathname.startsWith('/ws/') ||
  pathname === '/stream' ||
  pathname === '/stream/';

const combined = (pathname: string): boolean => pathname.startsWith('/stream');

const bad = (msg: string, code = 2): StreamUrlResult => ({
  ok: false,
  status: 400,
  body: { code, msg },
});

export function parseStreamUrl(
  rawUrl: string,
  maxStreams: number,
  parseName: (name: string) => StreamSpec | undefined,
): StreamUrlResult {
  const [pathname, query] = split(rawUrl);
  let params: Map<string, string>;
  let names: string[];
  try {
    params = queryParams(query);
    const combined = pathname.startsWith('/stream');
    const source = combined ? (params.get('streams') ?? '') : pathname.slice('/ws'.length);
    names = source
      .split('/')
      .filter((s) => s !== '')
      .map((s) => (combined ? s : decodeURIComponent(s)));
  } catch {
    return bad('Invalid request: malformed URL encoding');
  }
  const unit = params.get('timeUnit');
  if (
    unit !== undefined &&
    !['MICROSECOND', 'microsecond', 'MILLISECOND', 'millisecond'].includes(unit)
  ) {
    return bad(`Invalid request: invalid timeUnit ${unit}`);
  }
  // A raw-path segment that is no stream name at all (no '@', no leading '!') is ignored, as
  // Binance does: ccxt connects to `/ws/0`, `/ws/1`, … and subscribes live.
  const streams = [
    ...new Set(
      combined(pathname) ? names : names.filter((n) => n.includes('@') || n.startsWith('!')),
    ),
  ];
  if (streams.some((name) => parseName(name) === undefined)) return bad(MESSAGES.invalidStream);
  if (streams.length > maxStreams) return bad(MESSAGES.tooManyStreams(maxStreams));
  return {
    ok: true,
    url: {
      combined: pathname.startsWith('/stream'),
      micro: unit?.toLowerCase() === 'microsecond',
      streams,
    },
  };
}
