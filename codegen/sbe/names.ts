/** Names of what the SBE emitters render, in one place. */
import type { SbeField, SbeMessage } from './schema';

/** `TradesStreamEvent` -> `trades-stream-event`. */
export const sbeFile = (message: SbeMessage): string =>
  message.name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();

/** The event type: `SbeTradesStreamEvent`. */
export const sbeType = (message: SbeMessage): string => `Sbe${message.name}`;

/** The property a field is decoded into: microsecond timestamps end in `Us`. */
export const sbeProperty = (field: SbeField): string =>
  field.kind === 'microseconds' ? `${field.name}Us` : field.name;

/** `TradesStreamEvent.trades` -> `SbeTradesStreamEventTrades`. */
export const sbeGroupType = (message: SbeMessage, group: string): string =>
  `${sbeType(message)}${group[0]!.toUpperCase()}${group.slice(1)}`;
