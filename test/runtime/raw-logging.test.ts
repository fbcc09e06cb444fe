import { describe, expect, it } from 'vitest';
import { publicWebsocketConnection } from '../../src/connection/public-websocket-connection';
import { debugLogger } from '../../src/logging/debug-logger';
import { filterNewSocketOnly } from '../../src/operators/filter-new-socket-only';
import { keepMessagesOnly } from '../../src/operators/keep-messages-only';
import { script, subscribeTrade, testScheduler } from './fixtures';
import { MockWebSocket } from './mock-web-socket';

describe('raw frame loggers', () => {
  it('log every frame sent and received, redacted, at the scheduler time', () => {
    const ts = testScheduler();
    MockWebSocket.reset(ts);
    const lines: string[] = [];
    ts.run(({ hot }) => {
      const connection = publicWebsocketConnection({
        rotateAfterMs: false,
        url: 'ws://binance.test/stream',
        WebSocket: MockWebSocket,
        scheduler: ts,
        logger: debugLogger('binance-rx:raw:*', { write: (line) => lines.push(line) }),
      });
      const messages = connection.pipe(keepMessagesOnly());
      const running = connection.connect();
      connection.pipe(filterNewSocketOnly(), subscribeTrade('BTCUSDT', messages)).subscribe();
      script(hot, '--o-a 96ms k-u', {
        o: () => MockWebSocket.last().open(),
        a: () => MockWebSocket.last().ack(),
        k: () => MockWebSocket.last().receive({ listenKey: 'secret-key', id: 7, result: null }),
        u: () => running.unsubscribe(),
      });
    });
    expect(lines).toEqual([
      'binance-rx:raw:sent debug frame {"at":2,"socket":1,"frame":"{\\"method\\":\\"SUBSCRIBE\\",\\"params\\":[\\"btcusdt@trade\\"],\\"id\\":1}"}',
      'binance-rx:raw:received debug frame {"at":4,"socket":1,"frame":"{\\"result\\":null,\\"id\\":1}"}',
      'binance-rx:raw:received debug frame {"at":101,"socket":1,"frame":"{\\"listenKey\\":\\"[REDACTED]\\",\\"id\\":7,\\"result\\":null}"}',
    ]);
  });
});
