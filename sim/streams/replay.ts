/**
 * Channels of the spec the local exchange does not simulate are served by replaying their spec
 * examples (generated/examples.ts, and the user's own: the `examples` option): a stream name matching such a channel's template is accepted,
 * every example payload is sent right after the subscription, then one example per second, in
 * turn. Each replayed subscription is logged as replayed, naming the spec file; the payloads are
 * Binance's documented examples, not market data.
 */
import type { ChannelExamples } from '../examples';

export interface ReplaySpec {
  readonly kind: 'replay';
  readonly channel: string;
  /** The spec file the examples come from. */
  readonly file: string;
  readonly payloads: readonly unknown[];
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `<symbol>@tradeLite` -> /^([^\s@/!"]{1,30})@tradeLite$/: a template as a stream-name test. */
function templateTest(template: string): RegExp {
  const parts = template.split(/(<[^>]+>)/).map((part) => {
    if (part === '<symbol>') return '[^\\s@/!"]{1,30}';
    return /^<[^>]+>$/.test(part) ? '[^\\s/]*?' : escape(part);
  });
  return new RegExp(`^${parts.join('')}$`);
}

type Replayable = { readonly test: RegExp; readonly spec: ReplaySpec };

/**
 * The replay of a spec channel the exchange does not simulate whose template a stream name
 * matches, over one exchange's `channels`. Channels to replay: those with examples whose example
 * streams the exchange does not simulate (so a simulated channel's malformed name,
 * `btcusdt@depth7`, stays refused), and not implicit (`!serverShutdown` is sent unasked, never
 * subscribed to). Worked out on first use, per exchange: two exchanges share nothing.
 */
export function streamReplay(
  channels: Readonly<Record<string, ChannelExamples>>,
  isSimulated: (name: string) => boolean,
): (name: string) => ReplaySpec | undefined {
  let replayable: readonly Replayable[] | undefined;
  return (name) => {
    replayable ??= Object.entries(channels)
      .filter(([, c]) => c.payloads.length > 0 && !c.implicit && !c.streams.some(isSimulated))
      .map(([channel, c]) => ({
        test: templateTest(c.stream),
        spec: { kind: 'replay', channel, file: c.file, payloads: c.payloads } as const,
      }));
    return replayable.find((r) => r.test.test(name))?.spec;
  };
}
