import { describe, expect, it } from 'vitest';
import * as generated from '../../generated';
import { channelSchemas } from '../../generated/schemas';
import { loadSpec } from '../../codegen/load-spec';
import { readSpecFiles } from '../../codegen/io';
import { REPO } from '../codegen/fixture';
import type { ChannelDescriptor } from '../../src/generated-runtime';

const spec = loadSpec(await readSpecFiles(REPO));
const api = generated as unknown as Record<string, unknown>;
const pascal = (s: string) => s[0]!.toUpperCase() + s.slice(1);

const cases = spec.channels.flatMap((channel) =>
  channel.spec.examples.map((example, index) => ({
    name: `${channel.spec.channel} example ${index} (${example.source})`,
    channel: channel.spec.channel,
    payload: example.payload,
    descriptor: api[`${channel.spec.channel}Channel`] as ChannelDescriptor<object, unknown>,
    parse: api[`parse${pascal(channel.spec.channel)}`] as (raw: unknown, o?: object) => unknown,
  })),
);

/** The first object of a payload: the payload itself, or the first element of an array payload. */
const firstObject = (payload: unknown): Record<string, unknown> =>
  (Array.isArray(payload) ? payload[0] : payload) as Record<string, unknown>;

const clone = <T>(value: T): T => structuredClone(value);

describe('every example payload in the spec', () => {
  it('covers every channel with at least one example and a schema', () => {
    for (const channel of spec.channels) {
      expect(channel.spec.examples.length, channel.spec.channel).toBeGreaterThan(0);
      expect(
        channelSchemas[channel.spec.channel as keyof typeof channelSchemas],
        channel.spec.channel,
      ).toBeDefined();
    }
  });

  it.each(cases)('$name validates and parses', ({ descriptor, parse, payload }) => {
    expect(descriptor.validate(payload), JSON.stringify(descriptor.validate.errors)).toBe(true);
    const parsed = parse(clone(payload));
    expect(parsed).toBeTypeOf('object');
    // Parsed models use readable names only: no single-letter wire keys survive.
    const first = firstObject(parsed);
    for (const key of Object.keys(first)) expect(key.length, key).toBeGreaterThan(1);
  });

  it.each(cases)(
    '$name fails validation with a required field missing',
    ({ descriptor, payload }) => {
      const broken = clone(payload);
      const target = firstObject(broken);
      const key = Object.keys(target)[0]!;
      delete target[key];
      expect(descriptor.validate(broken)).toBe(false);
      expect(descriptor.validate.errors?.[0]?.keyword).toBe('required');
    },
  );

  it.each(cases)('$name fails validation with a wrong type', ({ descriptor, payload }) => {
    const broken = clone(payload);
    const target = firstObject(broken);
    const key = Object.keys(target)[0]!;
    target[key] = { wrong: true };
    expect(descriptor.validate(broken)).toBe(false);
  });

  it.each(cases.filter((c) => 'e' in firstObject(c.payload)))(
    '$name fails validation as an unknown event type',
    ({ descriptor, payload }) => {
      const broken = clone(payload);
      firstObject(broken).e = 'somethingElse';
      expect(descriptor.validate(broken)).toBe(false);
    },
  );

  it.each(cases)('$name parses decimals to numbers on request', ({ parse, payload }) => {
    const parsed = JSON.stringify(parse(clone(payload), { decimal: Number }));
    expect(parsed).not.toMatch(/"-?\d+\.\d+"/);
  });
});
