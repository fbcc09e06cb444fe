/**
 * From a descriptor and the caller's parameters to a stream name such as `btcusdt@kline_1m`.
 * Every rule of spec/params.yaml is checked here, before anything is sent.
 */
import { InvalidOptionError, InvalidParameterError } from '../errors';
import { paramPattern } from '../validation/param-pattern';
import type { ChannelDescriptor, StreamParam } from './descriptor';

/** Parameters as callers give them: the object, or the first parameter's value alone. */
export type ParamsInput<Params extends object> = Params | string | number;

const placeholder = /<([A-Za-z0-9_]+)>/g;

/**
 * The stream name of `descriptor` for `params`. A string or number is shorthand for the first
 * parameter. Checks every parameter (required, type, pattern, enum; unknown keys are rejected),
 * applies `default`, `case: 'lower'` and `render`, then fills the template's `<name>` placeholders;
 * an optional parameter left out renders as nothing.
 *
 * @throws InvalidParameterError naming the channel, parameter, value and rule broken.
 */
export function streamName<Params extends object>(
  descriptor: ChannelDescriptor<Params, unknown>,
  params: ParamsInput<Params>,
): string {
  const specs = descriptor.params as Readonly<Record<string, StreamParam>>;
  const values = normalise(descriptor.channel, Object.keys(specs), params);
  const fail = (name: string, value: unknown, rule: string): never => {
    throw new InvalidParameterError(descriptor.channel, name, value, rule);
  };
  for (const name of Object.keys(values)) {
    if (!Object.hasOwn(specs, name)) {
      const known = Object.keys(specs).join(', ') || 'none';
      fail(name, values[name], `is not a parameter of this channel (parameters: ${known})`);
    }
  }
  const rendered: Record<string, string> = {};
  for (const [name, spec] of Object.entries(specs)) {
    rendered[name] = renderParam(name, values[name], spec, fail);
  }
  return descriptor.stream.replace(placeholder, (_match, name: string) => {
    const text = rendered[name];
    if (text === undefined) {
      throw new InvalidOptionError(
        descriptor.channel,
        'stream',
        `template placeholder <${name}> has no parameter`,
      );
    }
    return text;
  });
}

function normalise(
  channel: string,
  names: readonly string[],
  params: unknown,
): Readonly<Record<string, unknown>> {
  if (typeof params === 'string' || typeof params === 'number') {
    const first = names[0];
    if (first === undefined) {
      throw new InvalidParameterError(
        channel,
        '(shorthand)',
        params,
        'given, but the channel takes no parameters',
      );
    }
    return { [first]: params };
  }
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new InvalidParameterError(channel, '(params)', params, 'is not a parameter object');
  }
  return params as Readonly<Record<string, unknown>>;
}

type Fail = (name: string, value: unknown, rule: string) => never;

function renderParam(name: string, given: unknown, spec: StreamParam, fail: Fail): string {
  const value = given === undefined ? spec.default : given;
  if (value === undefined) {
    return spec.optional === true ? '' : fail(name, given, 'is required');
  }
  if (spec.type === 'string' && typeof value !== 'string') fail(name, value, 'must be a string');
  if (spec.type === 'integer' && !Number.isInteger(value)) fail(name, value, 'must be an integer');
  const text = String(value);
  if (spec.pattern !== undefined && !paramPattern(spec.pattern).test(text)) {
    fail(name, value, `does not match ${spec.pattern}`);
  }
  if (spec.enum !== undefined && !spec.enum.includes(value as string | number)) {
    fail(name, value, `must be one of ${spec.enum.join(', ')}`);
  }
  const render = spec.render;
  if (render !== undefined && Object.hasOwn(render, text)) return render[text] ?? text;
  return spec.case === 'lower' ? text.toLowerCase() : text;
}
