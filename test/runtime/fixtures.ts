/**
 * Hand-written stand-ins for generated code: channel descriptors with hand-written validators,
 * and the one-line `subscribe<Channel>` functions generated/ will contain.
 */
import type { Observable, OperatorFunction } from 'rxjs';
import { TestScheduler } from 'rxjs/testing';
import { expect } from 'vitest';
import type { ChannelDescriptor, Validator, ValidatorError } from '../../src/channels/descriptor';
import type { ParamsInput } from '../../src/channels/stream-name';
import { subscribeChannel, type SubscribeOptions } from '../../src/channels/subscribe-channel';
import type { NewSocketEvent } from '../../src/connection/events';

/** Builds a validator from a check returning the first error, ajv-style (`errors` set after each call). */
export function validator(check: (data: unknown) => ValidatorError | undefined): Validator {
  const validate: Validator = (data) => {
    const error = check(data);
    validate.errors = error === undefined ? null : [error];
    return error === undefined;
  };
  return validate;
}

export interface TradeParams {
  symbol: string;
}

export interface TradeEvent {
  e: 'trade';
  s: string;
  p: string;
}

const validateTrade = validator((data) => {
  const price = (data as { p?: unknown } | null)?.p;
  return typeof price === 'string'
    ? undefined
    : {
        instancePath: '/p',
        schemaPath: '#/properties/p/type',
        keyword: 'type',
        message: 'must be string',
      };
});

export const tradeChannel: ChannelDescriptor<TradeParams, TradeEvent> = {
  channel: 'trade',
  stream: '<symbol>@trade',
  schemaId: 'https://binance-rx.dev/schemas/channels/trade.json',
  params: { symbol: { type: 'string', pattern: '^[A-Za-z0-9]{1,20}$', case: 'lower' } },
  validate: validateTrade,
};

/** What codegen emits for a channel: a one-liner. */
export function subscribeTrade(
  params: TradeParams | string,
  messages: Observable<unknown>,
  options?: SubscribeOptions,
): OperatorFunction<NewSocketEvent, TradeEvent> {
  return subscribeChannel(tradeChannel, params, messages, options);
}

export type NoParams = Record<never, never>;

export const allTickersChannel: ChannelDescriptor<NoParams, unknown[]> = {
  channel: 'allMiniTickers',
  stream: '!miniTicker@arr',
  schemaId: 'https://binance-rx.dev/schemas/channels/all-mini-tickers.json',
  params: {},
  validate: validator((data) =>
    Array.isArray(data)
      ? undefined
      : { instancePath: '', schemaPath: '#/type', keyword: 'type', message: 'must be array' },
  ),
};

/** A zero-parameter channel's generated function. */
export function subscribeAllTickers(
  messages: Observable<unknown>,
  options?: SubscribeOptions,
): OperatorFunction<NewSocketEvent, unknown[]> {
  return subscribeChannel(allTickersChannel, {} satisfies ParamsInput<NoParams>, messages, options);
}

/** A trade payload. */
export function trade(symbol: string, price: string): TradeEvent {
  return { e: 'trade', s: symbol, p: price };
}

/** A combined-stream message. */
export function combined(stream: string, data: unknown): { stream: string; data: unknown } {
  return { stream, data };
}

/** A TestScheduler asserting with vitest's deep equality. */
export function testScheduler(): TestScheduler {
  return new TestScheduler((actual, expected) => expect(actual).toEqual(expected));
}

/**
 * Runs actions on a marble timeline: `script('-c-o', { c: connect, o: open })` calls each letter's
 * action at its frame. Must be called inside `TestScheduler.run`.
 */
export function script(
  hot: (marbles: string) => Observable<string>,
  marbles: string,
  actions: Record<string, () => void>,
): void {
  hot(marbles).subscribe((key) => {
    const action = actions[key];
    if (action === undefined) throw new Error(`no action for '${key}'`);
    action();
  });
}
