/**
 * Stream-name parameters: the rules of a definition (spec/params.yaml's, or one a channel writes
 * inline in its `params` list), and a channel's `params` resolved to their definitions.
 */
import { at } from './spec-files';
import type { SpecProblem } from './spec-errors';
import type { ChannelParam, ChannelParamRef, ChannelSpec, ParamSpec } from './spec-types';

/**
 * What the JSON Schema cannot say about one definition at `path`: its default and render keys
 * are among its enum, its pattern compiles.
 */
export function paramRuleProblems(file: string, path: string, param: ParamSpec): SpecProblem[] {
  const problems: SpecProblem[] = [];
  const allowed = param.enum?.map(String);
  if (param.default !== undefined && allowed && !allowed.includes(String(param.default))) {
    problems.push(
      at(file, `${path}.default`, `'${param.default}' is not one of ${allowed.join(', ')}`),
    );
  }
  for (const key of Object.keys(param.render ?? {})) {
    if (allowed && !allowed.includes(key)) {
      problems.push(
        at(file, `${path}.render.${key}`, `'${key}' is not one of ${allowed.join(', ')}`),
      );
    }
  }
  if (param.pattern !== undefined) {
    try {
      new RegExp(param.pattern, 'u');
    } catch (error) {
      const why = `not a valid regular expression: ${(error as Error).message}`;
      problems.push(at(file, `${path}.pattern`, why));
    }
  }
  return problems;
}

/** The name of an item of a channel's `params`: the name itself, or its one key. */
export const paramNameOf = (ref: ChannelParamRef): string =>
  typeof ref === 'string' ? ref : Object.keys(ref)[0]!;

/**
 * A channel's `params` in order, each with its definition: a name from params.yaml (`shared`,
 * looked up in `sources`), or a one-key map defining a parameter of the channel's own. As an
 * operation's inline parameter may share a name with request-params.yaml, an inline parameter
 * may share one with params.yaml: the channel then uses its own. A name listed twice, or one
 * defined nowhere, is a problem at `params.<index>`.
 */
export function channelParams(
  file: string,
  spec: ChannelSpec,
  shared: Readonly<Record<string, ParamSpec>>,
  sources: string,
  problems: SpecProblem[],
): ChannelParam[] {
  const resolved: ChannelParam[] = [];
  const seen = new Set<string>();
  spec.params.forEach((ref, index) => {
    const path = `params.${index}`;
    const name = paramNameOf(ref);
    const own = typeof ref === 'string' ? undefined : ref[name];
    if (seen.has(name)) {
      problems.push(at(file, path, `'${name}' is already listed in params`));
      return;
    }
    seen.add(name);
    if (own !== undefined) {
      problems.push(...paramRuleProblems(file, `${path}.${name}`, own));
      resolved.push({ name, param: own, inline: true });
    } else if (Object.hasOwn(shared, name)) {
      resolved.push({ name, param: shared[name]!, inline: false });
    } else {
      problems.push(at(file, path, `'${name}' is not defined in ${sources}`));
    }
  });
  return resolved;
}
