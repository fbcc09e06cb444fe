import type { LogFields } from './logger';

/** Renders log fields as one line of JSON for text sinks; never throws (bigint, cycles). */
export function formatFields(fields: LogFields | undefined): string {
  if (fields === undefined) return '';
  try {
    return ` ${JSON.stringify(fields, (_key, value: unknown) =>
      typeof value === 'bigint' ? value.toString() : value,
    )}`;
  } catch {
    return ' [unserializable fields]';
  }
}
