/**
 * How the clients of clients.ts and sbe-clients.ts open their sockets, whatever the wire: one per
 * socket of the scenario, a raw `ws` socket subscribed, a binance-rx connection read until its
 * SUBSCRIBEs are answered.
 */
import { filter, firstValueFrom, type Connectable, type Observable } from 'rxjs';
import { WebSocket } from 'ws';
import type { ConnectionEvent } from '../src/connection/events';
import { keepMessagesOnly } from './sdk';
import type { BenchStream } from './scenarios';

export type Stop = () => Promise<void> | void;

/** Opens each of `streams` (or sockets) at once; the stop closes them all. */
export async function each<T>(streams: readonly T[], open: (s: T) => Promise<Stop>) {
  const stops = await Promise.all(streams.map(open));
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}

/**
 * A `ws` socket on `url` that SUBSCRIBEs to `streams`; resolves once the answer came, then hands
 * every frame to `onFrame` (as `ws` emits it: the listener itself, nothing in between).
 */
export async function openRawSocket(
  url: string,
  streams: readonly BenchStream[],
  onFrame: (data: Buffer, isBinary: boolean) => void,
  headers?: Readonly<Record<string, string>>,
): Promise<Stop> {
  const ws = new WebSocket(url, headers === undefined ? undefined : { headers });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  const acked = new Promise((resolve) => ws.once('message', resolve));
  ws.send(JSON.stringify({ method: 'SUBSCRIBE', params: streams.map((s) => s.stream), id: 1 }));
  await acked;
  ws.on('message', onFrame);
  return () => ws.terminate();
}

/** Subscribes a connection's streams and counts; returns how to stop. */
export type Reader = (
  connection: Connectable<ConnectionEvent>,
  messages: Observable<unknown>,
) => Stop;

/**
 * Reads a binance-rx connection (JSON or SBE) with `read`, connects it, and resolves once the
 * SUBSCRIBE of each of its `sockets` is answered.
 */
export async function readConnection(
  connection: Connectable<ConnectionEvent>,
  read: Reader,
  sockets = 1,
): Promise<Stop> {
  const messages = connection.pipe(keepMessagesOnly());
  let acks = 0;
  const acked = firstValueFrom(
    messages.pipe(
      filter((m) => typeof m === 'object' && m !== null && 'result' in m && ++acks >= sockets),
    ),
  );
  const stop = read(connection, messages);
  const running = connection.connect();
  await acked;
  return () => {
    void stop();
    running.unsubscribe();
  };
}
