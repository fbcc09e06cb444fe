/**
 * sendSchemaBreaking(): a payload of a subscribed stream with one field of the wrong type
 * (the first decimal string becomes a number), on every connection subscribed to it.
 */
import { toMicroseconds, wrapCombined } from '../streams/serialize';
import { reachable, type FaultContext } from './context';

const DECIMAL = /^-?\d+(\.\d+)?$/;

/** Breaks the first decimal-string field it finds (or `E`, made a string, when there is none). */
export function breakPayload(payload: unknown): unknown {
  const visit = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      return value.length === 0 ? value : [visit(value[0]), ...value.slice(1)];
    }
    if (value === null || typeof value !== 'object') return value;
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    for (const [key, field] of Object.entries(copy)) {
      if (typeof field === 'string' && DECIMAL.test(field)) {
        copy[key] = Number(field);
        return copy;
      }
    }
    const first = Object.keys(copy).find(
      (k) => Array.isArray(copy[k]) && (copy[k] as []).length > 0,
    );
    if (first !== undefined) copy[first] = visit(copy[first]);
    else if ('E' in copy) copy['E'] = String(copy['E']);
    return copy;
  };
  return visit(payload);
}

export function sendSchemaBreaking(ctx: FaultContext, stream?: string): number {
  let sent = 0;
  const now = Date.now();
  for (const connection of reachable(ctx)) {
    const name = stream ?? connection.subscriptions.values().next().value;
    if (name === undefined || !connection.subscriptions.has(name)) continue;
    const active = ctx.hub.get(name);
    const sample = active?.feed?.sample(now);
    if (active === undefined || sample === undefined) continue;
    const data = connection.micro ? toMicroseconds(active.spec.kind, sample) : sample;
    const raw = JSON.stringify(breakPayload(data));
    connection.deliver(connection.combined ? wrapCombined(name, raw) : raw);
    sent += 1;
  }
  return sent;
}
