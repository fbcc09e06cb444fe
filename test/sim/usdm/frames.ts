/** Reading the local exchange's USDⓈ-M streams in tests: raw frames, and schema problems. */
import { WebSocket } from 'ws';
import type { Validator } from '../../../src/channels/descriptor';

type Frame = { stream: string; data: unknown };

/** Data frames of a combined-stream URL (`{stream, data}`) until `done(got)`, then closes. */
function readFrames(url: string, done: (got: readonly Frame[]) => boolean): Promise<Frame[]> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const got: Frame[] = [];
    ws.on('message', (raw) => {
      const frame = JSON.parse(String(raw)) as { stream?: string; data?: unknown };
      if (frame.stream === undefined) return;
      got.push(frame as Frame);
      if (done(got)) {
        ws.close();
        resolve(got);
      }
    });
    ws.on('error', reject);
  });
}

/** The first `count` data frames of a combined-stream URL. */
export const frames = (url: string, count: number): Promise<Frame[]> =>
  readFrames(url, (got) => got.length === count);

/** Frames of a combined-stream URL until every stream of `want` has sent at least one. */
export const framesOf = (url: string, want: readonly string[]): Promise<Frame[]> =>
  readFrames(url, (got) => want.every((name) => got.some((f) => f.stream === name)));

export const valid = (validate: Validator, data: unknown): unknown[] =>
  validate(data) ? [] : [...(validate.errors ?? [])];
