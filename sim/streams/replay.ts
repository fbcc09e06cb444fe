/**
 * Channels of the spec the local exchange does not simulate are served by replaying their spec
 * examples (generated/examples.ts): a stream name matching such a channel's template is accepted,
 * every example payload is sent right after the subscription, then one example per second, in
 * turn. Each replayed subscription is logged as replayed, naming the spec file; the payloads are
 * Binance's documented examples, not market data.
 */
import { channelExamples } from '../../generated/examples';

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
let replayable: readonly Replayable[] | undefined;

/**
 * Channels to replay: those with examples whose example streams the exchange does not simulate
 * (so a simulated channel's malformed name, `btcusdt@depth7`, stays refused), and not implicit
 * (`!serverShutdown` is sent unasked, never subscribed to).
 */
function replayableChannels(isSimulated: (name: string) => boolean): readonly Replayable[] {
  replayable ??= Object.entries(channelExamples)
    .filter(([, c]) => c.payloads.length > 0 && !c.implicit && !c.streams.some(isSimulated))
    .map(([channel, c]) => ({
      test: templateTest(c.stream),
      spec: { kind: 'replay', channel, file: c.file, payloads: c.payloads } as const,
    }));
  return replayable;
}

/** The replay of a spec channel the exchange does not simulate whose template `name` matches. */
export function replayStreamName(
  name: string,
  isSimulated: (name: string) => boolean,
): ReplaySpec | undefined {
  return replayableChannels(isSimulated).find((r) => r.test.test(name))?.spec;
}
