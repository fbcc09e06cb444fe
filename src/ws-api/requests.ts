/**
 * Requests of a WebSocket API session: each `request(…)` Observable checks its parameters, waits
 * for a socket that can serve it (open; logged on when the session logs on and the request is
 * authenticated), gets its credentials (signing through the user's signer, behind `runSigner`),
 * sends once and settles with its `result` or a typed error. Its `timeoutMs` covers everything
 * from subscription: waiting for a socket, the signer, and the answer.
 */
import { Observable } from 'rxjs';
import {
  BinanceRxError,
  InvalidOptionError,
  RequestTimeoutError,
  type RequestInfo,
} from '../errors';
import { checkParams } from '../operations/check-params';
import type { OperationDescriptor } from '../operations/descriptor';
import { requireCredentials } from '../signing/sign-request';
import { answerOf } from './answer';
import type { ResolvedWsApiOptions } from './options';
import { securedParams, type WsParams } from './sign-params';
import type { WsApiLink } from './socket';
import type { WaitingRoom } from './waiting-room';
import { guardedTimer } from '../supervisor/guard';

/** A request waiting for a socket. */
export interface Waiter {
  /** Needs an authenticated socket (a logged-on one when the session logs on). */
  readonly auth: boolean;
  start(link: WsApiLink): void;
  fail(error: unknown): void;
}

/** What requests need from their session. */
export interface RequestContext {
  readonly config: ResolvedWsApiOptions;
  /** Exchange time now. */
  now(): number;
  /** Where requests wait for a socket that can serve them. */
  readonly room: Pick<WaitingRoom, 'enqueue' | 'wait' | 'dequeue'>;
  /** The socket new requests go to, if it is open. */
  current(): WsApiLink | undefined;
}

/** `request` of a session. */
export function requester(context: RequestContext) {
  const { config } = context;
  const { credentials, requestTimeoutMs } = config;
  const { scheduler } = config.socket;
  return function request<P extends object, R>(
    descriptor: OperationDescriptor<P, R>,
    params: P,
  ): Observable<R> {
    return new Observable<R>((subscriber) => {
      let method: string;
      let checked: WsParams;
      try {
        ({ method, checked } = checkRequest(descriptor, params, credentials));
      } catch (error) {
        subscriber.error(error);
        return;
      }
      const info: RequestInfo = {
        operation: descriptor.operation,
        method,
        params: params as Readonly<Record<string, unknown>>,
      };
      let sentOn: { link: WsApiLink; id: number } | undefined;
      let finished = false;
      const signing = new Set<{ unsubscribe(): void }>();
      const cleanup = () => {
        finished = true;
        timer.unsubscribe();
        for (const running of signing) running.unsubscribe();
        context.room.dequeue(waiter);
        if (sentOn !== undefined) sentOn.link.forget(sentOn.id);
      };
      const fail = (error: unknown) => {
        if (finished) return;
        cleanup();
        subscriber.error(error);
      };
      const timer = guardedTimer(
        scheduler,
        'request timeout',
        fail,
        () => fail(new RequestTimeoutError(method, sentOn?.id, requestTimeoutMs)),
        requestTimeoutMs,
      );
      const send = (link: WsApiLink, secured: WsParams) => {
        if (finished) return;
        if (link !== context.current()) return context.room.enqueue(waiter);
        const id = link.transmit(method, secured, (response) => {
          if (finished) return;
          cleanup();
          const outcome =
            response instanceof BinanceRxError
              ? response
              : answerOf(response, { ...info, requestId: id });
          if (outcome instanceof BinanceRxError) return subscriber.error(outcome);
          subscriber.next(outcome.result as R);
          subscriber.complete();
        });
        if (id === undefined) context.room.wait(waiter);
        else sentOn = { link, id };
      };
      const waiter: Waiter = {
        auth: descriptor.security !== 'NONE',
        fail,
        start(link) {
          const secured = securedParams(descriptor.security, checked, {
            credentials,
            loggedOn: link.loggedOn,
            now: context.now(),
            recvWindow: config.recvWindow,
            operation: descriptor.operation,
            scheduler,
            signTimeoutMs: config.signTimeoutMs,
          });
          const running = secured.subscribe({ next: (sent) => send(link, sent), error: fail });
          if (!running.closed) signing.add(running);
        },
      };
      context.room.enqueue(waiter);
      return () => {
        if (!finished) cleanup();
      };
    });
  };
}

/** The method and checked parameters of a request; throws the typed error of what is wrong. */
function checkRequest<P extends object, R>(
  descriptor: OperationDescriptor<P, R>,
  params: P,
  credentials: ResolvedWsApiOptions['credentials'],
): { method: string; checked: WsParams } {
  const binding = descriptor.wsApi;
  if (binding === undefined) {
    throw new InvalidOptionError(
      descriptor.operation,
      'transport',
      'has no WebSocket API method (REST only)',
    );
  }
  const checked = checkParams(descriptor as OperationDescriptor<object, unknown>, params);
  requireCredentials(descriptor.operation, descriptor.security, credentials);
  return { method: binding.method, checked };
}
