import { excerptOf } from '../socket/bounded-json';

/** A reply to a control request: `{"result": …, "id": 1}` or an error reply. */
export interface ControlReply {
  /** The request id it answers; `null` when the server could not read it. */
  readonly id: number | string | null;
  /** Set on an error reply. */
  readonly error?: { readonly code: number | undefined; readonly msg: string };
}

type Loose = Record<string, unknown>;

/**
 * Reads a parsed frame as a control reply, or `undefined` if it is not one. Accepts the success
 * shape `{result, id}`, the error shape Binance sends, `{error: {code, msg}, id}`, and the flat
 * `{code, msg, id}` shape its documentation's error table shows. Total: any parsed value, of any
 * depth, reads without throwing.
 */
export function readControlReply(value: object): ControlReply | undefined {
  const frame = value as Loose;
  const id = idOf(frame['id']);
  if ('result' in frame && 'id' in frame) return { id };
  const nested = frame['error'];
  if (typeof nested === 'object' && nested !== null) return { id, error: errorOf(nested as Loose) };
  if (typeof frame['msg'] === 'string' && 'code' in frame) return { id, error: errorOf(frame) };
  return undefined;
}

function idOf(value: unknown): number | string | null {
  return typeof value === 'number' || typeof value === 'string' ? value : null;
}

function errorOf(source: Loose): { code: number | undefined; msg: string } {
  const code = source['code'];
  const msg = source['msg'];
  return {
    code: typeof code === 'number' ? code : undefined,
    // Any other type is shown as a bounded excerpt: a deep `msg` must not recurse (stringify).
    msg: typeof msg === 'string' ? msg : excerptOf(msg ?? null),
  };
}
