/** SUBSCRIBE, UNSUBSCRIBE, LIST_SUBSCRIPTIONS, SET_PROPERTY and GET_PROPERTY. */
import {
  failure,
  jsonErrorOffset,
  MESSAGES,
  METHODS,
  position,
  reply,
  type Method,
  type RequestId,
} from './control-errors';
import type { StreamSpec } from './names';

export interface ControlTarget {
  /** In subscription order. */
  readonly subscriptions: ReadonlySet<string>;
  combined: boolean;
  readonly maxStreams: number;
  subscribe(names: readonly string[]): void;
  unsubscribe(names: readonly string[]): void;
  /** What a stream name this connection accepts stands for (JSON, SBE, a listen key); else undefined. */
  parseStreamName(name: string): StreamSpec | string | undefined;
}

const INT64_LIMIT = 2 ** 63;
/** Alphanumeric, up to 36 characters; hyphens allowed so that UUIDs pass. */
const STRING_ID = /^[A-Za-z0-9_-]{1,36}$/;

const isValidId = (id: unknown): id is RequestId =>
  id === null ||
  (typeof id === 'number' && Number.isInteger(id) && id >= -INT64_LIMIT && id < INT64_LIMIT) ||
  (typeof id === 'string' && STRING_ID.test(id));

/** Offset of the last character of the `method` value in the raw text. */
const methodEnd = (text: string): number => {
  const match = /"method"\s*:\s*("(?:[^"\\]|\\.)*"|[^,}\s]+)/.exec(text);
  return match ? match.index + match[0].length - 1 : 0;
};

/** Handles one control message; returns the reply text. */
export function handleControl(text: string, target: ControlTarget): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return failure(3, MESSAGES.invalidJson(position(text, jsonErrorOffset(error, text))), null);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return failure(2, MESSAGES.notObject, null);
  }
  const request = parsed as Record<string, unknown>;
  if (!('method' in request)) {
    return failure(2, MESSAGES.missingMethod(position(text, text.trimEnd().length - 1)), null);
  }
  if (!('id' in request) || !isValidId(request['id'])) return failure(2, MESSAGES.badId, null);
  const id = request['id'];
  const method = request['method'];
  if (typeof method !== 'string' || !(METHODS as readonly string[]).includes(method)) {
    return failure(2, MESSAGES.unknownMethod(method, position(text, methodEnd(text))), id);
  }
  return dispatch(method as Method, request['params'], id, target);
}

function dispatch(method: Method, params: unknown, id: RequestId, target: ControlTarget): string {
  const list = params === undefined ? [] : params;
  if (!Array.isArray(list)) {
    return failure(
      2,
      method.endsWith('PROPERTY') ? MESSAGES.propertyName : MESSAGES.paramsNotArray,
      id,
    );
  }
  switch (method) {
    case 'SUBSCRIBE':
    case 'UNSUBSCRIBE':
      return changeSubscriptions(method, list, id, target);
    case 'LIST_SUBSCRIPTIONS':
      if (list.length > 0) return failure(2, MESSAGES.tooManyParams, id);
      return reply([...target.subscriptions], id);
    case 'SET_PROPERTY':
    case 'GET_PROPERTY': {
      const max = method === 'SET_PROPERTY' ? 2 : 1;
      if (list.length > max) return failure(2, MESSAGES.tooManyParams, id);
      const [name, value] = list as unknown[];
      if (typeof name !== 'string') return failure(2, MESSAGES.propertyName, id);
      if (name !== 'combined') return failure(0, MESSAGES.unknownProperty, id);
      if (method === 'GET_PROPERTY') return reply(target.combined, id);
      if (typeof value !== 'boolean') return failure(1, MESSAGES.expectedBoolean, id);
      target.combined = value;
      return reply(null, id);
    }
  }
}

function changeSubscriptions(
  method: 'SUBSCRIBE' | 'UNSUBSCRIBE',
  list: readonly unknown[],
  id: RequestId,
  target: ControlTarget,
): string {
  const names: string[] = [];
  for (const name of list) {
    if (typeof name !== 'string' || target.parseStreamName(name) === undefined) {
      return failure(2, MESSAGES.invalidStream, id);
    }
    names.push(name);
  }
  if (method === 'UNSUBSCRIBE') {
    target.unsubscribe(names);
    return reply(null, id);
  }
  const added = new Set(names.filter((n) => !target.subscriptions.has(n)));
  if (target.subscriptions.size + added.size > target.maxStreams) {
    return failure(2, MESSAGES.tooManyStreams(target.maxStreams), id);
  }
  target.subscribe(names);
  return reply(null, id);
}
