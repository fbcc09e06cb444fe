/**
 * Reads a REST request the way Binance does (`rest-api.md`, "General Information on Endpoints"
 * and "SIGNED Endpoint security"): parameters from the query string and, for POST, PUT and
 * DELETE, from an `application/x-www-form-urlencoded` body; a parameter sent in both is taken
 * from the query string, one sent twice in the same place is -1101. The signature covers the
 * query string concatenated without separator to the body, exactly as sent, minus `signature`.
 * Other body types (JSON) are not read.
 */
import type { IncomingMessage } from 'node:http';
import { ApiError, errors } from '../api/errors';
import type { RawParams } from '../api/params';

export interface RestRequest {
  readonly method: string;
  readonly path: string;
  readonly params: RawParams;
  /** Query string and body as sent, without `signature`, for the signature check. */
  readonly signedText: string;
  readonly signature: string | undefined;
  readonly apiKey: string | undefined;
  /** The `X-MBX-TIME-UNIT` header, when sent. */
  readonly timeUnit: string | undefined;
  /** The client, for IP rate limits. */
  readonly client: string;
}

const MAX_BODY = 1 << 20;
const FORM = 'application/x-www-form-urlencoded';

export async function readRestRequest(req: IncomingMessage): Promise<RestRequest> {
  const url = new URL(req.url ?? '/', 'http://local');
  const method = req.method ?? 'GET';
  const text = await readBody(req);
  const type = String(req.headers['content-type'] ?? '').toLowerCase();
  const body = method !== 'GET' && type.startsWith(FORM) ? text : '';
  const query = parsePairs(url.search.slice(1));
  const form = parsePairs(body);
  const params: Record<string, string> = { ...form.params, ...query.params };
  const apiKey = req.headers['x-mbx-apikey'];
  return {
    method,
    path: url.pathname,
    params,
    signedText: query.unsigned + form.unsigned,
    signature: query.signature ?? form.signature,
    apiKey: Array.isArray(apiKey) ? apiKey[0] : apiKey,
    timeUnit: [req.headers['x-mbx-time-unit']].flat()[0],
    client: req.socket.remoteAddress ?? 'unknown',
  };
}

interface Pairs {
  readonly params: Record<string, string>;
  /** The text without its `signature` pair. */
  readonly unsigned: string;
  readonly signature: string | undefined;
}

/** One `a=1&b=2` text: its parameters (-1101 on a repeated name) and the text without `signature`. */
function parsePairs(text: string): Pairs {
  const params: Record<string, string> = {};
  const kept: string[] = [];
  let signature: string | undefined;
  for (const pair of text === '' ? [] : text.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const key = decode(equals < 0 ? pair : pair.slice(0, equals));
    const value = equals < 0 ? '' : decode(pair.slice(equals + 1));
    if (key === 'signature') {
      if (signature !== undefined) throw errors.duplicateParam();
      signature = value;
      continue;
    }
    if (Object.hasOwn(params, key)) throw errors.duplicateParam();
    params[key] = value;
    kept.push(pair);
  }
  return { params, unsigned: kept.join('&'), signature };
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    throw new ApiError(-1100, 'Illegal characters found in a parameter.');
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(errors.invalidParam('body'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
