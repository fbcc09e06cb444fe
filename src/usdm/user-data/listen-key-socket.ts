/**
 * One socket of a USDⓈ-M listen-key stream (`<host>/private/ws/<listenKey>`), as a cold
 * Observable: subscribing opens it, unsubscribing closes it. It emits `open` once the socket is
 * open and each event frame as `event`, and errors with `ConnectionClosedError` when the socket
 * closes (a failing socket closes too, in `ws` and in browsers). Every frame is a trust boundary: one that is not JSON, not an
 * object, or has no string `e` is reported to `onInvalid` and dropped.
 */
import { Observable, type SchedulerLike } from 'rxjs';
import { ConnectionClosedError, MalformedMessageError } from '../../errors';
import type { Logger } from '../../logging/logger';
import { NOTHING, readFrame } from '../../socket/read-frame';
import type { WebSocketConstructor } from '../../socket/web-socket-like';

export type UsdmUserDataEvent = { readonly e: string; readonly E: number | string } & Readonly<
  Record<string, unknown>
>;

export type ListenKeySocketItem =
  { readonly kind: 'open' } | { readonly kind: 'event'; readonly event: UsdmUserDataEvent };

export interface ListenKeySocketContext {
  readonly WebSocket: WebSocketConstructor;
  readonly logger: Logger;
  readonly scheduler: SchedulerLike;
  readonly onInvalid: (error: MalformedMessageError) => void;
}

const isEvent = (value: unknown): value is UsdmUserDataEvent =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  typeof (value as { e?: unknown }).e === 'string';

export function listenKeySocket(
  url: string,
  ctx: ListenKeySocketContext,
): Observable<ListenKeySocketItem> {
  return new Observable<ListenKeySocketItem>((subscriber) => {
    const ws = new ctx.WebSocket(url);
    const log = { logger: ctx.logger, scheduler: ctx.scheduler, socket: 0 };
    ws.onopen = () => subscriber.next({ kind: 'open' });
    ws.onmessage = ({ data }) => {
      const frame = readFrame(data, log, ctx.onInvalid);
      if (frame === NOTHING) return;
      if (isEvent(frame.value)) subscriber.next({ kind: 'event', event: frame.value });
      else ctx.onInvalid(new MalformedMessageError(frame.text.slice(0, 200), 'not an event'));
    };
    ws.onclose = ({ code, reason }) => subscriber.error(new ConnectionClosedError(code, reason));
    ws.onerror = () => undefined;
    return () => {
      ws.onopen = ws.onmessage = ws.onclose = null;
      // `ws` reports closing a socket that is still connecting as an error: it is expected here.
      ws.onerror = () => undefined;
      if (ws.readyState < 2) ws.close(1000, 'unsubscribed');
    };
  });
}
