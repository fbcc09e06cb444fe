/**
 * `sbeWebsocketConnection` is a connection whose event paths the operators find, as on JSON
 * streams: decoded frames reach `keepMessagesOnly()`'s path, never the N `filterNewSocketOnly()`
 * subscriptions, so a frame costs the same with 1 or 1,000 subscribed streams.
 */
import { describe, expect, it } from 'vitest';
import { connectionPathsOf } from '../../../src/connection/event-paths';
import { keepMessagesOnly } from '../../../src/operators/keep-messages-only';
import { sbeWebsocketConnection } from '../../../src/sbe/sbe-connection';

describe('sbeWebsocketConnection event paths', () => {
  it('registers its paths, so keepMessagesOnly() returns the shared message path', () => {
    const connection = sbeWebsocketConnection({ apiKey: 'k', url: 'ws://127.0.0.1:1/stream' });
    const paths = connectionPathsOf(connection);
    expect(paths).toBeDefined();
    expect(connection.pipe(keepMessagesOnly())).toBe(paths!.messages);
  });
});
