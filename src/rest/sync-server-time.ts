/**
 * Keeps a client's clock in line with Binance's, so signed requests are not refused with -1021
 * ("Timestamp for this request is outside of the recvWindow"). Asks `/api/v3/time`, takes the
 * middle of the round trip as the moment the server answered, and stores the difference as the
 * client's `timeOffsetMs`; refreshes on the client's scheduler while subscribed.
 */
import { concatMap, defer, map, timer, type Observable } from 'rxjs';
import { getServerTimeOperation } from '../../generated/operations/get-server-time';
import { MalformedMessageError } from '../errors';
import { excerptOf } from '../socket/bounded-json';
import type { HttpClient } from './http-client';
import { governedHttp, sendHttp } from './request-http';

export interface SyncServerTimeOptions {
  /** Time between two measurements, ms; default 60 000 (0: measure once and complete). */
  readonly everyMs?: number;
}

/**
 * Measures the offset now and every `everyMs`; emits each offset in ms (server minus local) after
 * setting it on `client`. Errors of a measurement end the Observable (add `retry()` to go on); an
 * answer without an integer `serverTime` is a `MalformedMessageError` and leaves the offset as it
 * was.
 */
export function syncServerTime(
  client: HttpClient,
  options: SyncServerTimeOptions = {},
): Observable<number> {
  const everyMs = options.everyMs ?? 60_000;
  const measure = defer(() => {
    // The round trip is timed from when the governor lets the request go, not from the queue.
    let sent = 0;
    const send = () => {
      sent = client.scheduler.now();
      return sendHttp(getServerTimeOperation, {}, client);
    };
    return governedHttp(getServerTimeOperation, {}, client, send).pipe(
      map((answer) => {
        const received = client.scheduler.now();
        const serverTime: unknown = (answer as { serverTime?: unknown }).serverTime;
        if (typeof serverTime !== 'number' || !Number.isSafeInteger(serverTime)) {
          // The offset is left as it was: a bad answer never moves the clock signed requests use.
          const reason = 'serverTime is not an integer of milliseconds';
          throw new MalformedMessageError(excerptOf(answer), reason);
        }
        const offset = Math.round(serverTime - (sent + received) / 2);
        client.timeOffsetMs = offset;
        client.logger.info('server time offset', {
          offsetMs: offset,
          roundTripMs: received - sent,
        });
        return offset;
      }),
    );
  });
  if (everyMs <= 0) return measure;
  return timer(0, everyMs, client.scheduler).pipe(concatMap(() => measure));
}
