import { of } from 'rxjs';
import { describe, expect, it } from 'vitest';
import * as usdm from '../../../src/usdm/index';
import type { OperationDescriptor } from '../../../src/operations/descriptor';
import type { WsApiSession } from '../../../src/ws-api/session';

/** The futures WebSocket API methods of spec/usdm/operations/ (Binance's ws-fapi names). */
const methods: Record<string, string> = {
  placeOrder: 'order.place',
  modifyOrder: 'order.modify',
  cancelOrder: 'order.cancel',
  placeAlgoOrder: 'algoOrder.place',
  cancelAlgoOrder: 'algoOrder.cancel',
  getOrder: 'order.status',
  getAccount: 'v2/account.status',
  getBalance: 'v2/account.balance',
  getPositionRisk: 'v2/account.position',
  getAccountV2: 'account.status',
  getBalanceV2: 'account.balance',
  getPositionRiskV2: 'account.position',
  createListenKey: 'userDataStream.start',
  renewListenKey: 'userDataStream.ping',
  closeListenKey: 'userDataStream.stop',
  getBook: 'depth',
  getPriceTicker: 'ticker.price',
  getBookTicker: 'ticker.book',
};

const exported = usdm as unknown as Record<string, unknown>;

describe('binance-rx/usdm: futures WebSocket API factories', () => {
  it('has a descriptor with a ws-fapi method exactly for the operations Binance serves there', () => {
    const withWsApi = Object.values(exported)
      .filter((v): v is OperationDescriptor<object, unknown> => {
        const d = v as Partial<OperationDescriptor<object, unknown>> | undefined;
        return (
          typeof d === 'object' &&
          d !== null &&
          typeof d.schemaId === 'string' &&
          d.wsApi !== undefined
        );
      })
      .map((d) => [d.operation, d.wsApi!.method]);
    expect(Object.fromEntries(withWsApi)).toEqual(methods);
  });

  it.each(Object.keys(methods))(
    '%sFactory hands the session its futures descriptor',
    (operation) => {
      const factory = exported[`${operation}Factory`] as (
        session: WsApiSession,
      ) => (params: object) => unknown;
      expect(typeof factory).toBe('function');
      const seen: OperationDescriptor<object, unknown>[] = [];
      const session = {
        request: (descriptor: OperationDescriptor<object, unknown>) => {
          seen.push(descriptor);
          return of({});
        },
      } as unknown as WsApiSession;
      factory(session)({ symbol: 'BTCUSDT' });
      expect(seen.map((d) => [d.operation, d.wsApi?.method])).toEqual([
        [operation, methods[operation]],
      ]);
      // The futures descriptor (its REST path is under /fapi), not Spot's of the same name.
      expect(seen[0]!.rest?.path).toMatch(/^\/fapi\//);
    },
  );
});
