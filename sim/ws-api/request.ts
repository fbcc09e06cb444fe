/**
 * Reads one WebSocket API request frame (`web-socket-api.md`, "Request format"):
 * `{id, method, params}` with `id` an integer, a string of up to 36 characters or null, `method`
 * a name (optionally prefixed `v3/`), `params` an object or absent. A frame that is not a JSON
 * object gets -1135; a bad `id`, `method` or `params` gets -1102 naming the field.
 */
import { ApiError, errors } from '../api/errors';
import type { RawParams } from '../api/params';

export type RequestId = string | number | null;

export interface WsApiRequest {
  readonly id: RequestId;
  /** Without the `v3/` prefix. */
  readonly method: string;
  readonly params: RawParams;
}

export type ReadRequest =
  | { readonly ok: true; readonly request: WsApiRequest }
  | { readonly ok: false; readonly id: RequestId; readonly error: ApiError };

const MAX_ID_LENGTH = 36;
const VERSION_PREFIX = 'v3/';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const validId = (id: unknown): id is RequestId =>
  id === null ||
  (typeof id === 'number' && Number.isSafeInteger(id)) ||
  (typeof id === 'string' && id.length <= MAX_ID_LENGTH);

export function readRequest(text: string): ReadRequest {
  let frame: unknown;
  try {
    frame = JSON.parse(text);
  } catch {
    frame = undefined;
  }
  if (!isObject(frame)) {
    return { ok: false, id: null, error: new ApiError(-1135, 'Invalid JSON Request') };
  }
  const { id, method, params } = frame;
  if (!validId(id)) return { ok: false, id: null, error: errors.mandatory('id') };
  if (typeof method !== 'string' || method === '') {
    return { ok: false, id, error: errors.mandatory('method') };
  }
  if (params !== undefined && !isObject(params)) {
    return { ok: false, id, error: errors.mandatory('params') };
  }
  return {
    ok: true,
    request: {
      id,
      method: method.startsWith(VERSION_PREFIX) ? method.slice(VERSION_PREFIX.length) : method,
      params: (params ?? {}) as RawParams,
    },
  };
}
