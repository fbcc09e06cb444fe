/**
 * The spec examples the exchange replays for what it does not simulate: the ones built into the
 * package (generated/examples.ts, generated/usdm/examples.ts), with a user's own merged over them
 * (the `examples.ts` that `binance-rx generate --spec my-spec --out …` writes), by name.
 */
import {
  channelExamples as spotChannels,
  operationExamples as spotOperations,
  type ChannelExamples,
  type OperationExamples,
} from '../generated/examples';
import {
  channelExamples as usdmChannels,
  operationExamples as usdmOperations,
} from '../generated/usdm/examples';

export type { ChannelExamples, OperationExamples };

/**
 * One product's examples, shaped as the module `binance-rx generate` writes (`<out>/examples.ts`),
 * so its namespace can be passed as is: `import * as spot from './binance/examples'`.
 */
export interface ProductExamples {
  readonly channelExamples?: Readonly<Record<string, ChannelExamples>>;
  readonly operationExamples?: Readonly<Record<string, OperationExamples>>;
}

/** Examples to replay besides the built-in ones; an entry replaces the built-in one of its name. */
export interface LocalExchangeExamples {
  /** Spot: streams on `/ws`, `/stream`; operations over REST and the WebSocket API. */
  readonly spot?: ProductExamples;
  /** USDⓈ-M (`--product usdm`): streams on `/public` and `/market`; operations over REST only. */
  readonly usdm?: ProductExamples;
}

export interface ResolvedProductExamples {
  readonly channels: Readonly<Record<string, ChannelExamples>>;
  readonly operations: Readonly<Record<string, OperationExamples>>;
}

export interface ResolvedExamples {
  readonly spot: ResolvedProductExamples;
  readonly usdm: ResolvedProductExamples;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `base` with `extra`'s entries added or replacing base's of the same name; a non-object throws. */
function merge<T>(
  base: Readonly<Record<string, T>>,
  extra: unknown,
  name: string,
): Readonly<Record<string, T>> {
  if (extra === undefined) return base;
  if (!isRecord(extra)) throw new TypeError(`${name} must be an object keyed by name`);
  return { ...base, ...(extra as Record<string, T>) };
}

export function resolveExamples(examples: LocalExchangeExamples = {}): ResolvedExamples {
  const product = (
    key: 'spot' | 'usdm',
    channels: Readonly<Record<string, ChannelExamples>>,
    operations: Readonly<Record<string, OperationExamples>>,
  ): ResolvedProductExamples => {
    const own: unknown = examples[key];
    if (own !== undefined && !isRecord(own))
      throw new TypeError(`examples.${key} must be an object`);
    return {
      channels: merge(channels, own?.['channelExamples'], `examples.${key}.channelExamples`),
      operations: merge(
        operations,
        own?.['operationExamples'],
        `examples.${key}.operationExamples`,
      ),
    };
  };
  return {
    spot: product('spot', spotChannels, spotOperations),
    usdm: product('usdm', usdmChannels, usdmOperations),
  };
}
