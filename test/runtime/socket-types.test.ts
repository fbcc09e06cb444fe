import { WebSocket as NodeWebSocket } from 'ws';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { defaultWebSocket } from '../../src/socket/default-web-socket';
import { decodeFrame } from '../../src/socket/decode-frame';
import type { WebSocketConstructor } from '../../src/socket/web-socket-like';
import { MockWebSocket } from './mock-web-socket';

describe('WebSocket adapter', () => {
  it('accepts the ws, browser and mock constructors', () => {
    expectTypeOf(NodeWebSocket).toExtend<WebSocketConstructor>();
    expectTypeOf<typeof globalThis.WebSocket>().toExtend<WebSocketConstructor>();
    expectTypeOf(MockWebSocket).toExtend<WebSocketConstructor>();
  });

  it('defaults to the platform WebSocket, else ws', () => {
    const platform = (globalThis as { WebSocket?: unknown }).WebSocket;
    expect(defaultWebSocket()).toBe(platform ?? NodeWebSocket);
  });

  it('decodes text and binary frames', () => {
    const bytes = new TextEncoder().encode('{"a":1}');
    expect(decodeFrame('{"a":1}')).toBe('{"a":1}');
    expect(decodeFrame(bytes)).toBe('{"a":1}');
    expect(decodeFrame(bytes.buffer)).toBe('{"a":1}');
    expect(decodeFrame(Buffer.from('{"a":1}'))).toBe('{"a":1}');
    expect(decodeFrame(42)).toBeUndefined();
  });
});
