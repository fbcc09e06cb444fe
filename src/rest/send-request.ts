/**
 * Sends a prepared request with `fetch` and reads the answer into the full JSON body or a typed
 * error. Unsubscribing aborts the request; so does the client's timeout, run on its scheduler.
 */
import { Observable, type Subscription } from 'rxjs';
import {
  BinanceApiError,
  HttpError,
  IpBannedError,
  RateLimitedError,
  RequestTimeoutError,
  type BinanceRxError,
} from '../errors';
import { redact } from '../logging/redact';
import type { HttpClient } from './http-client';
import { readUsedLimits, retryAfterMs } from './limits';
import type { PreparedRequest } from './prepare-request';
import { guardedTimer } from '../supervisor/guard';

/** Sends `request`; emits the parsed JSON body of a 2xx answer, then completes. */
export function sendRequest(request: PreparedRequest, client: HttpClient): Observable<unknown> {
  return new Observable<unknown>((subscriber) => {
    const abort = new AbortController();
    const { logger, scheduler } = client;
    let timer: Subscription | undefined;
    let done = false;
    /** Set once `fetch` was called: from then on Binance may act on the request. */
    let sent = false;
    const fail = (error: BinanceRxError) => {
      done = true;
      subscriber.error(error);
    };
    timer = guardedTimer(
      scheduler,
      'request timeout',
      fail,
      () => {
        timer = undefined;
        if (done) return;
        abort.abort();
        fail(new RequestTimeoutError(request.info.method, undefined, client.timeoutMs, [], sent));
      },
      client.timeoutMs,
    );
    logger.debug('request', { method: request.method, url: redact(request.url) });

    // Called unbound: a browser's fetch throws "Illegal invocation" when `this` is the client.
    const send = client.fetch;
    const answer = send(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: abort.signal,
    });
    sent = true;
    answer
      .then(async (response) => {
        const text = await response.text();
        return { response, text };
      })
      .then(
        ({ response, text }) => {
          if (done) return;
          timer?.unsubscribe();
          const used = readUsedLimits(response.headers);
          if (used !== undefined) client.recordLimits(used, request.info.method);
          logger.debug('response', { url: redact(request.url), status: response.status, ...used });
          const outcome = readBody(request, response, text, scheduler.now());
          if (outcome instanceof Error) {
            logger.warn(outcome.message, { status: response.status });
            fail(outcome);
            return;
          }
          done = true;
          subscriber.next(outcome.body);
          subscriber.complete();
        },
        (cause: unknown) => {
          if (done) return;
          timer?.unsubscribe();
          const host = hostOf(request.url);
          fail(new HttpError(request.info, 0, causeChain(cause), { cause, host }));
        },
      );

    return () => {
      timer?.unsubscribe();
      if (!done) abort.abort();
      done = true;
    };
  });
}

/** The body of a successful answer, or the typed error of a failed one. */
function readBody(
  request: PreparedRequest,
  response: Response,
  text: string,
  now: number,
): { body: unknown } | BinanceRxError {
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    return new HttpError(request.info, response.status, text.slice(0, 200));
  }
  if (response.ok) {
    return body === undefined
      ? new HttpError(request.info, response.status, '(empty body)')
      : { body };
  }
  const { code, msg } = (body ?? {}) as { code?: unknown; msg?: unknown };
  if (typeof code !== 'number' || typeof msg !== 'string') {
    return new HttpError(request.info, response.status, text.slice(0, 200));
  }
  const wait = retryAfterMs(response.headers, now);
  if (response.status === 429) return new RateLimitedError(request.info, code, msg, wait);
  if (response.status === 418) return new IpBannedError(request.info, code, msg, wait);
  return new BinanceApiError(request.info, response.status, code, msg);
}

/** The host of `url` (never its path or query, which may carry a signature). */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '(invalid URL)';
  }
}

/**
 * A network failure's message with its causes (`fetch failed: connect ECONNREFUSED 127.0.0.1:443`),
 * redacted: a runtime may quote the URL, signature included.
 */
function causeChain(error: unknown): string {
  const parts: string[] = [];
  for (let e = error, depth = 0; e !== undefined && e !== null && depth < 4; depth++) {
    const message = e instanceof Error ? e.message : String(e);
    if (message !== '' && !parts.includes(message)) parts.push(message);
    e = e instanceof Error ? e.cause : undefined;
  }
  return redact(parts.join(': ') || 'network error').slice(0, 300);
}
