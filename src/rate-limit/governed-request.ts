/**
 * The WebSocket API session's hook into the governor: one call wraps a request of an operation
 * (its cost from the descriptor, its method name for errors) so it is sent only when the
 * session's governor has room for it.
 */
import type { Observable } from 'rxjs';
import type { RequestInfo } from '../errors';
import type { OperationDescriptor } from '../operations/descriptor';
import { costOf } from './cost';
import type { RateLimitGovernor } from './governor';

/** Subscribes to `send()` once `governor` has room for one request of `descriptor`. */
export function governedRequest<P extends object, R>(
  governor: RateLimitGovernor,
  descriptor: OperationDescriptor<P, R>,
  params: P,
  send: () => Observable<R>,
): Observable<R> {
  const info: RequestInfo = {
    operation: descriptor.operation,
    method: descriptor.wsApi?.method ?? descriptor.operation,
    params: params as Readonly<Record<string, unknown>>,
  };
  return governor.run(costOf(descriptor as OperationDescriptor<object, unknown>), info, send);
}
