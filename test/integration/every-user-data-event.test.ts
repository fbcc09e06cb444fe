/**
 * Every user data event of the spec on the local exchange: its examples (`userDataExamples`),
 * sent by `emitUserData` to a subscribed account, arrive on the wire as the engine's own do
 * (Spot: `{subscriptionId, event}` on the WebSocket API; USDⓈ-M: the event on `/private`) and
 * pass through the event's `on<Event>()` operator, which validates them. An event added by one
 * spec file is covered with no other edit, as channels and operations are by every-channel and
 * every-operation.
 */
import { firstValueFrom, of, type OperatorFunction } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as spot from '../../generated';
import { userDataExamples as spotExamples } from '../../generated/examples';
import * as usdm from '../../generated/usdm';
import { userDataExamples as usdmExamples } from '../../generated/usdm/examples';
import type { LocalExchange } from '../../sim';
import type { UserDataMessage } from '../../src';
import { createListenKeyHttp } from '../../src/usdm';
import type { HttpClient } from '../../src/rest/http-client';
import { Client, closeAll } from '../sim/helpers';
import { signed } from '../sim/signed';
import { startFutures } from '../sim/usdm/futures-exchange';

type Operator = (options?: object) => OperatorFunction<UserDataMessage, unknown>;
/** The generated `on<Event>` of `event` in `module`. */
const operatorOf = (module: object, event: string): Operator =>
  (module as Record<string, Operator>)[`on${event[0]!.toUpperCase()}${event.slice(1)}`]!;

/** What the operator makes of `event`: the event when it passes its schema, else the failure. */
async function picked(operator: Operator, event: object): Promise<unknown> {
  const invalid: unknown[] = [];
  const message = { subscriptionId: 0, event } as unknown as UserDataMessage;
  const out = await firstValueFrom(
    of(message).pipe(operator({ onInvalid: (error: unknown) => invalid.push(error) })),
    { defaultValue: 'not picked' },
  );
  return invalid.length > 0 ? invalid[0] : out;
}

let exchange: LocalExchange;
/** A REST client signed with the exchange's HMAC key, for USDⓈ-M listen keys. */
let rest: HttpClient;
beforeAll(async () => {
  ({ exchange, client: rest } = await startFutures(['BTCUSDT'], 1));
});
afterAll(closeAll);

describe('every user data event of the spec on the local exchange', () => {
  it('covers the events', () => {
    expect(Object.keys(spotExamples).length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(usdmExamples).length).toBeGreaterThanOrEqual(10);
  });

  for (const [event, { payloads }] of Object.entries(spotExamples)) {
    it(`${event}: its examples arrive and pass on${event[0]!.toUpperCase()}${event.slice(1)}()`, async () => {
      const client = await Client.open(exchange.urls.wsApi);
      try {
        const method = 'userDataStream.subscribe.signature';
        await client.request({ id: 1, method, params: signed(exchange.keys.hmac) });
        for (const payload of payloads) {
          exchange.emitUserData(payload);
          const frame = await client.json<{ event?: unknown }>((m) => 'event' in m);
          expect(frame).toEqual({ subscriptionId: expect.any(Number), event: payload });
          expect(await picked(operatorOf(spot, event), frame.event as object)).toEqual(payload);
        }
      } finally {
        client.ws.terminate();
      }
    });
  }

  for (const [event, { payloads }] of Object.entries(usdmExamples)) {
    it(`USDⓈ-M ${event}: its examples arrive on /private and pass its operator`, async () => {
      const { listenKey } = await firstValueFrom(createListenKeyHttp({}, rest));
      const client = await Client.open(`${exchange.urls.usdmStreamHost}/private/ws/${listenKey}`);
      try {
        for (const payload of payloads) {
          exchange.usdm.emitUserData(payload);
          const text = await client.take((t) =>
            t.includes(`"e":"${(payload as { e: string }).e}"`),
          );
          expect(JSON.parse(text)).toEqual(payload);
          expect(await picked(operatorOf(usdm, event), payload)).toEqual(payload);
        }
      } finally {
        client.ws.terminate();
      }
    });
  }
});
