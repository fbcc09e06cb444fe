/**
 * The one function every generated `subscribe<Channel>` calls: a channel descriptor in, an operator
 * from new sockets to the channel's payloads out.
 */
import { Observable, type OperatorFunction } from 'rxjs';
import { SchemaValidationError } from '../errors';
import type { NewSocketEvent } from '../connection/events';
import type { SocketHandle } from '../connection/socket-handle';
import type { ChannelDescriptor } from './descriptor';
import { onEachSocket } from './on-each-socket';
import { routeStream } from './stream-router';
import { streamName, type ParamsInput } from './stream-name';

/** Per-subscription options of `subscribe<Channel>`. */
export interface SubscribeOptions {
  /** Validate payloads against the channel's schema; defaults to the connection's `validate`. */
  readonly validate?: boolean;
}

/**
 * Subscribes to one stream on every new socket and emits its payloads (`data` of each
 * `{stream, data}` message of `messages` whose `stream` is this one).
 *
 * - The stream name is computed now: bad parameters throw `InvalidParameterError` at call time.
 * - On each socket the stream is acquired from the socket's registry: the first holder sends
 *   SUBSCRIBE (batched), the last one to leave sends UNSUBSCRIBE. A new socket resubscribes.
 * - With validation on, a payload failing the schema is not emitted; a `SchemaValidationError` is
 *   reported as a connection error event and the stream goes on.
 * - A rejected or unanswered SUBSCRIBE errors the returned Observable with
 *   `SubscriptionRejectedError` or `RequestTimeoutError`.
 *
 * @param messages the connection's messages: `connection.pipe(keepMessagesOnly())`.
 */
export function subscribeChannel<Params extends object, Event>(
  descriptor: ChannelDescriptor<Params, Event>,
  params: ParamsInput<Params>,
  messages: Observable<unknown>,
  options: SubscribeOptions = {},
): OperatorFunction<NewSocketEvent, Event> {
  const stream = streamName(descriptor, params);
  return onEachSocket(({ socket }) =>
    streamOnSocket(descriptor, stream, socket, messages, options),
  );
}

function streamOnSocket<Event>(
  descriptor: ChannelDescriptor<object, Event>,
  stream: string,
  socket: SocketHandle,
  messages: Observable<unknown>,
  options: SubscribeOptions,
): Observable<Event> {
  return new Observable<Event>((subscriber) => {
    const validate = options.validate ?? socket.validate;
    const check = descriptor.validate;
    const leave = routeStream(messages, stream, {
      next: validate
        ? (data) => {
            if (check(data)) subscriber.next(data as Event);
            else socket.report(schemaError(descriptor, stream, data));
          }
        : (data) => subscriber.next(data as Event),
      error: (error) => subscriber.error(error),
      complete: () => subscriber.complete(),
    });
    if (descriptor.implicit) return leave;
    const lease = socket.streams.acquire(
      stream,
      (error) => subscriber.error(error),
      descriptor.route,
    );
    return () => {
      leave();
      lease.release();
    };
  });
}

function schemaError(
  descriptor: ChannelDescriptor<object, unknown>,
  stream: string,
  data: unknown,
): SchemaValidationError {
  const first = descriptor.validate.errors?.[0];
  return new SchemaValidationError(
    stream,
    descriptor.schemaId,
    first?.instancePath ?? '',
    first?.schemaPath ?? '',
    first?.message ?? 'failed validation',
    data,
  );
}
