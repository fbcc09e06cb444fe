import { WebSocket as NodeWebSocket } from 'ws';
import { describe, expect, expectTypeOf, it, vi } from 'vitest';
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

  it('defaults to ws on Node.js even where Node has a global WebSocket', () => {
    class PlatformWebSocket {}
    vi.stubGlobal('WebSocket', PlatformWebSocket);
    try {
      expect(defaultWebSocket()).toBe(NodeWebSocket);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it.each(['Bun', 'Deno'])('defaults to the platform WebSocket on %s', (runtime) => {
    class PlatformWebSocket {}
    vi.stubGlobal('WebSocket', PlatformWebSocket);
    vi.stubGlobal(runtime, {});
    try {
      expect(defaultWebSocket()).toBe(PlatformWebSocket);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('falls back to ws where the platform has no WebSocket', () => {
    vi.stubGlobal('WebSocket', undefined);
    vi.stubGlobal('Deno', {});
    try {
      expect(defaultWebSocket()).toBe(NodeWebSocket);
    } finally {
      vi.unstubAllGlobals();
    }
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
