/**
 * The USDⓈ-M batch endpoints' requests as sent (a `fetch` double, no exchange): `batchOrders` as
 * one URL-encoded JSON array in the signed form body, the id lists of Cancel Multiple Orders in
 * the query string, and the item rules and limits refused before anything is sent.
 */
import { lastValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { cancelBatchOrdersHttp } from '../../../generated/usdm/operations/cancel-batch-orders';
import { modifyBatchOrdersHttp } from '../../../generated/usdm/operations/modify-batch-orders';
import {
  placeBatchOrdersHttp,
  type PlaceBatchOrdersParams,
} from '../../../generated/usdm/operations/place-batch-orders';
import { InvalidParameterError } from '../../../src/errors';
import { createHttpClient } from '../../../src/rest/http-client';
import { fakeFetch, json } from '../rest/fake-fetch';

const order = { symbol: 'BTCUSDT', side: 'BUY', type: 'LIMIT', timeInForce: 'GTC' } as const;

function client() {
  const fake = fakeFetch(json(200, []));
  const signed: string[] = [];
  const c = createHttpClient({
    baseUrl: 'http://x.test',
    fetch: fake.fetch,
    credentials: { apiKey: 'KEY', sign: (payload) => (signed.push(payload), 'SIG') },
  });
  return { client: c, calls: fake.calls, signed };
}

const refusal = async (request: Promise<unknown>): Promise<InvalidParameterError> => {
  const error = await request.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidParameterError);
  return error as InvalidParameterError;
};

describe('placeBatchOrdersHttp', () => {
  it('sends the orders as one JSON array in the signed body, decimals as strings', async () => {
    const { client: c, calls, signed } = client();
    const batchOrders: PlaceBatchOrdersParams['batchOrders'] = [
      { ...order, quantity: 0.001, price: '60000.10' },
      { symbol: 'BTCUSDT', side: 'SELL', type: 'MARKET', quantity: '0.002', reduceOnly: 'true' },
    ];
    await lastValueFrom(placeBatchOrdersHttp({ batchOrders }, c));
    const json =
      '[{"symbol":"BTCUSDT","side":"BUY","type":"LIMIT","timeInForce":"GTC","quantity":"0.001","price":"60000.10"},' +
      '{"symbol":"BTCUSDT","side":"SELL","type":"MARKET","quantity":"0.002","reduceOnly":"true"}]';
    expect(calls[0]!.url).toBe('http://x.test/fapi/v1/batchOrders');
    expect(calls[0]!.init.method).toBe('POST');
    const body = String(calls[0]!.init.body);
    expect(body.startsWith(`batchOrders=${encodeURIComponent(json)}&timestamp=`)).toBe(true);
    expect(body).toBe(`${signed[0]}&signature=SIG`);
  });

  it('refuses a sixth order before signing or sending anything', async () => {
    const { client: c, calls, signed } = client();
    const six = Array.from({ length: 6 }, () => ({ ...order, quantity: '1', price: '1' }));
    const error = await refusal(lastValueFrom(placeBatchOrdersHttp({ batchOrders: six }, c)));
    expect(error).toMatchObject({
      target: 'placeBatchOrders',
      parameter: 'batchOrders',
      rule: 'has 6 items; at most 5 are allowed',
    });
    expect(calls).toHaveLength(0);
    expect(signed).toHaveLength(0);
  });

  it('names the item and field a broken order has (a conditional type is an algo order)', async () => {
    const { client: c, calls } = client();
    const batchOrders = [
      { ...order, quantity: '1', price: '1' },
      { ...order, type: 'STOP_MARKET', quantity: '1' },
    ] as unknown as PlaceBatchOrdersParams['batchOrders'];
    const error = await refusal(lastValueFrom(placeBatchOrdersHttp({ batchOrders }, c)));
    expect(error.parameter).toBe('batchOrders[1].type');
    expect(error.rule).toBe('must be one of LIMIT, MARKET');
    expect(calls).toHaveLength(0);
  });
});

describe('modifyBatchOrdersHttp', () => {
  it('refuses an item with neither orderId nor origClientOrderId, naming it', async () => {
    const { client: c, calls } = client();
    const item = { symbol: 'BTCUSDT', side: 'BUY', quantity: '1', price: '2' } as const;
    const error = await refusal(
      lastValueFrom(modifyBatchOrdersHttp({ batchOrders: [{ ...item, orderId: 7 }, item] }, c)),
    );
    expect(error.parameter).toBe('batchOrders[1].orderId or batchOrders[1].origClientOrderId');
    expect(calls).toHaveLength(0);
  });

  it('sends a PUT whose items keep orderId a JSON number', async () => {
    const { client: c, calls } = client();
    const item = { orderId: 7, symbol: 'BTCUSDT', side: 'BUY', quantity: '1', price: '2' } as const;
    await lastValueFrom(modifyBatchOrdersHttp({ batchOrders: [item] }, c));
    expect(calls[0]!.init.method).toBe('PUT');
    const sent = new URLSearchParams(String(calls[0]!.init.body)).get('batchOrders');
    expect(sent).toBe('[{"orderId":7,"symbol":"BTCUSDT","side":"BUY","quantity":"1","price":"2"}]');
  });
});

describe('cancelBatchOrdersHttp', () => {
  it('sends the id lists as JSON arrays in the query string', async () => {
    const { client: c, calls } = client();
    await lastValueFrom(cancelBatchOrdersHttp({ symbol: 'BTCUSDT', orderIdList: [1, 22] }, c));
    const url = new URL(calls[0]!.url);
    expect(calls[0]!.init.method).toBe('DELETE');
    expect(url.pathname).toBe('/fapi/v1/batchOrders');
    expect(url.searchParams.get('orderIdList')).toBe('[1,22]');
    expect(calls[0]!.url).toContain(`orderIdList=${encodeURIComponent('[1,22]')}&`);
  });

  it('refuses an eleventh id and a call with neither list', async () => {
    const { client: c, calls } = client();
    const ids = Array.from({ length: 11 }, (_, i) => `id-${i}`);
    const many = await refusal(
      lastValueFrom(cancelBatchOrdersHttp({ symbol: 'BTCUSDT', origClientOrderIdList: ids }, c)),
    );
    expect(many).toMatchObject({
      parameter: 'origClientOrderIdList',
      rule: 'has 11 items; at most 10 are allowed',
    });
    const none = await refusal(lastValueFrom(cancelBatchOrdersHttp({ symbol: 'BTCUSDT' }, c)));
    expect(none.parameter).toBe('orderIdList or origClientOrderIdList');
    expect(calls).toHaveLength(0);
  });
});
