/**
 * `subscribeSbe<Stream>`: the SBE streams as operators from new sockets to decoded events, on
 * the same runtime as `subscribe<Channel>` (`subscribeChannel` with a descriptor per stream). The
 * decoder has already checked every frame, so there is no schema validation step. They subscribe
 * `sbe:<symbol>@<stream>`, which the SBE connection sends as `<symbol>@<stream>`
 * (`sbe-stream-registry.ts`).
 */
import type { Observable, OperatorFunction } from 'rxjs';
import type {
  SbeBestBidAskStreamEvent,
  SbeDepthDiffStreamEvent,
  SbeDepthSnapshotStreamEvent,
  SbeTradesStreamEvent,
} from '../../generated/sbe/stream';
import type { ChannelDescriptor, Validator } from '../channels/descriptor';
import { subscribeChannel } from '../channels/subscribe-channel';
import type { NewSocketEvent } from '../connection/events';
import { SBE_RAW_PREFIX } from './json-streams';
import { SBE_STREAM_SUFFIX } from './stream-views';

interface SymbolParams {
  readonly symbol: string;
}

const decoded: Validator = () => true;

function descriptor<Event>(suffix: string): ChannelDescriptor<SymbolParams, Event> {
  return {
    channel: `sbe:${suffix}`,
    // Routed apart from the JSON streams served on the same connection (`@trade` is both).
    stream: `${SBE_RAW_PREFIX}<symbol>@${suffix}`,
    params: { symbol: { type: 'string', pattern: '^[A-Za-z0-9-_.]{1,20}$', case: 'lower' } },
    schemaId: `sbe:${suffix}`,
    validate: decoded,
  };
}

/**
 * By the message's name, not its suffix: `SBE_STREAM_SUFFIX.X` as an argument is a property read,
 * which a bundler keeps (it might run a getter), and with it every `subscribeSbe…` it cannot drop.
 */
const subscribe =
  <Event>(message: keyof typeof SBE_STREAM_SUFFIX) =>
  (symbol: string, messages: Observable<unknown>): OperatorFunction<NewSocketEvent, Event> =>
    subscribeChannel(descriptor<Event>(SBE_STREAM_SUFFIX[message]), { symbol }, messages, {
      validate: false,
    });

/** `<symbol>@trade` (SBE `TradesStreamEvent`): every trade, real time. */
export const subscribeSbeTrade: <D = string>(
  symbol: string,
  messages: Observable<unknown>,
) => OperatorFunction<NewSocketEvent, SbeTradesStreamEvent<D>> =
  /* @__PURE__ */ subscribe('TradesStreamEvent');

/** `<symbol>@bestBidAsk` (SBE `BestBidAskStreamEvent`): best bid and ask, auto-culled under load. */
export const subscribeSbeBestBidAsk: <D = string>(
  symbol: string,
  messages: Observable<unknown>,
) => OperatorFunction<NewSocketEvent, SbeBestBidAskStreamEvent<D>> =
  /* @__PURE__ */ subscribe('BestBidAskStreamEvent');

/** `<symbol>@depth20` (SBE `DepthSnapshotStreamEvent`): top 20 levels every 50 ms. */
export const subscribeSbeDepth20: <D = string>(
  symbol: string,
  messages: Observable<unknown>,
) => OperatorFunction<NewSocketEvent, SbeDepthSnapshotStreamEvent<D>> = /* @__PURE__ */ subscribe(
  'DepthSnapshotStreamEvent',
);

/** `<symbol>@depth` (SBE `DepthDiffStreamEvent`): diff depth every 20 ms, for a local order book. */
export const subscribeSbeDiffDepth: <D = string>(
  symbol: string,
  messages: Observable<unknown>,
) => OperatorFunction<NewSocketEvent, SbeDepthDiffStreamEvent<D>> =
  /* @__PURE__ */ subscribe('DepthDiffStreamEvent');
