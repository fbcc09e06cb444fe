/**
 * A channel's own (inline) stream parameters: what the generator emits for them, and the two
 * cases the design allows (spec/README.md, "A channel file"): a parameter of a params.yaml name,
 * and one name defined differently by two channels. Neither emits an exported name of its own,
 * so neither can clash; the refused cases are in broken-spec.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { generate } from '../../codegen/generate';
import { loadSpec } from '../../codegen/load-spec';
import { FIXTURE_OUT, fixtureFiles } from './fixture';

const DEAL = 'spec/channels/deal.yaml';

/** The fixture with `edit` applied to the text of `file`. */
async function fixtureWith(file: string, edit: (text: string) => string) {
  const files = await fixtureFiles();
  files.set(file, edit(files.get(file)!));
  return files;
}

describe("a channel's own stream parameters", () => {
  it('are resolved in list order, beside those of params.yaml', async () => {
    const candle = loadSpec(await fixtureFiles()).channels.find((c) => c.spec.channel === 'candle');
    expect(candle?.params.map((p) => [p.name, p.inline])).toEqual([
      ['symbol', false],
      ['interval', false],
      ['zone', true],
    ]);
  });

  it('are not in params.ts: the channel module carries the type and the rules', async () => {
    const out = generate(await fixtureFiles(), { outDir: FIXTURE_OUT });
    expect(out.get(`${FIXTURE_OUT}/params.ts`)).not.toContain('zone');
    expect(out.get(`${FIXTURE_OUT}/index.ts`)).not.toContain('Zone');
  });

  it("may take a params.yaml name: the channel then uses its own definition (as operations' inline parameters do)", async () => {
    const files = await fixtureWith(DEAL, (text) =>
      // A function: the replacement holds a `$'`.
      text.replace(
        'params: [symbol]',
        () =>
          "params:\n  - symbol: { description: Base asset only., type: string, pattern: '^[A-Z]{2,5}$', case: lower }",
      ),
    );
    const out = generate(files, { outDir: FIXTURE_OUT });
    const deal = out.get(`${FIXTURE_OUT}/channels/deal.ts`)!;
    expect(deal).not.toContain("from '../params'");
    expect(deal).toContain('/** Base asset only. */\n  symbol: string;');
    expect(deal).toContain(
      'params: { symbol: {"type":"string","pattern":"^[A-Z]{2,5}$","case":"lower"} }',
    );
    // Every other channel keeps params.yaml's symbol.
    expect(out.get(`${FIXTURE_OUT}/channels/candle.ts`)).toContain('symbol: symbolStreamParam');
  });

  it("may share a name with another channel's own, defined differently: each keeps its own", async () => {
    const files = await fixtureWith(DEAL, (text) =>
      text
        .replace("stream: '<symbol>@deal'", "stream: '<symbol>@deal<zone>'")
        .replace(
          'params: [symbol]',
          'params:\n  - symbol\n  - zone: { description: Deal zone., type: string, enum: [A, B], optional: true }',
        ),
    );
    const out = generate(files, { outDir: FIXTURE_OUT });
    expect(out.get(`${FIXTURE_OUT}/channels/deal.ts`)).toContain('zone?: "A" | "B";');
    expect(out.get(`${FIXTURE_OUT}/channels/candle.ts`)).toContain('zone?: "+08:00";');
  });
});
