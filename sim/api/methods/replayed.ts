/**
 * Operations of the spec the local exchange does not implement, served by replaying their spec
 * examples (generated/examples.ts; generated/usdm/examples.ts for USDⓈ-M, over REST only; and the
 * user's own, the exchange's `examples` option): the
 * request is authenticated and weighed as the spec says, then answered with the first example
 * response, in turn with the next on each call. Each call
 * is logged as replayed, naming the spec file: the answer is Binance's documented example, not
 * the exchange's state.
 */
import type { OperationExamples } from '../../examples';
import type { ApiMethod } from '../method';

/**
 * `examples`: one exchange's operation examples of a product (`options.examples.spot.operations`
 * or `.usdm.operations`); `restOnly`: replay REST bindings only (another product's WebSocket API
 * is not Spot's).
 */
export function replayedMethods(
  simulated: readonly ApiMethod[],
  log: (line: string) => void,
  examples: Readonly<Record<string, OperationExamples>>,
  restOnly = false,
): ApiMethod[] {
  const names = new Set(simulated.flatMap((m) => (m.wsApi ? [m.wsApi] : [])));
  const paths = new Set(
    simulated.flatMap((m) => (m.rest ? [`${m.rest.method} ${m.rest.path}`] : [])),
  );
  const methods: ApiMethod[] = [];
  for (const [operation, spec] of Object.entries(examples)) {
    const wsApi =
      !restOnly && spec.wsApi !== undefined && !names.has(spec.wsApi) ? spec.wsApi : undefined;
    const rest =
      spec.rest !== undefined && !paths.has(`${spec.rest.method} ${spec.rest.path}`)
        ? spec.rest
        : undefined;
    if ((wsApi === undefined && rest === undefined) || spec.examples.length === 0) continue;
    let next = 0;
    methods.push({
      ...(wsApi ? { wsApi } : {}),
      ...(rest ? { rest } : {}),
      security: spec.security,
      weight: spec.weight,
      ...(spec.weightType ? { weightType: spec.weightType } : {}),
      handle: (_params, ctx) => {
        const example = spec.examples[next++ % spec.examples.length]!;
        log(
          `replayed from spec: ${spec.file} example response of ${operation} (${ctx.transport}, not simulated)`,
        );
        return structuredClone(example.response);
      },
    });
  }
  return methods;
}
