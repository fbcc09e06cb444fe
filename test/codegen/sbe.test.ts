/**
 * The SBE generator: the XML reader, the schema model of spec/sbe/stream_1_0.xml (offsets and
 * block lengths as Binance's decoders read them), and the spec errors for what it cannot emit.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { sbeModules } from '../../codegen/sbe';
import { loadSbeSchema } from '../../codegen/sbe/schema';
import { parseXml } from '../../codegen/sbe/xml';
import { SpecError } from '../../codegen/spec-errors';

const FILE = 'spec/sbe/stream_1_0.xml';
const spec = () => readFile(FILE, 'utf8');

describe('parseXml', () => {
  it('reads elements, attributes, entities and text; skips comments and the declaration', () => {
    const root = parseXml(`<?xml version="1.0"?><!-- c --><a x="1 &amp; 2"><b y='z'/><c>0</c></a>`);
    expect(root).toMatchObject({ name: 'a', attrs: { x: '1 & 2' } });
    expect(root.children.map((c) => [c.name, c.attrs, c.text])).toEqual([
      ['b', { y: 'z' }, ''],
      ['c', {}, '0'],
    ]);
  });

  it.each([
    ['<a><b></a>', /unexpected <\/a>|never closed/],
    ['<a>', /never closed/],
    ['<a/><b/>', /one root/],
    ['<a><!-- x </a>', /unterminated/],
    ['text<a/>', /outside the root/],
    ['<a x=1/>', /malformed tag/],
  ])('refuses %s', (xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });
});

describe('loadSbeSchema on stream_1_0.xml', () => {
  it('lays out every message as Binance does', async () => {
    const schema = loadSbeSchema(FILE, await spec());
    expect([schema.id, schema.version]).toEqual([1, 0]);
    const layout = schema.messages.map((m) => [
      m.name,
      m.id,
      m.blockLength,
      m.groups.map((g) => [g.name, g.countBytes, g.blockLength]),
      m.data,
    ]);
    expect(layout).toEqual([
      ['TradesStreamEvent', 10000, 18, [['trades', 4, 25]], ['symbol']],
      ['BestBidAskStreamEvent', 10001, 50, [], ['symbol']],
      [
        'DepthSnapshotStreamEvent',
        10002,
        18,
        [
          ['bids', 2, 16],
          ['asks', 2, 16],
        ],
        ['symbol'],
      ],
      [
        'DepthDiffStreamEvent',
        10003,
        26,
        [
          ['bids', 2, 16],
          ['asks', 2, 16],
        ],
        ['symbol'],
      ],
    ]);
    const trades = schema.messages[0]!.groups[0]!.fields;
    expect(trades.map((f) => [f.name, f.kind, f.offset])).toEqual([
      ['id', 'int', 0],
      ['price', 'decimal', 8],
      ['qty', 'decimal', 16],
      ['isBuyerMaker', 'bool', 24],
      ['isBestMatch', 'constantBool', 25],
    ]);
  });

  it('emits one file per message, the schema identity and the dispatcher', async () => {
    const out = sbeModules(new Map([[FILE, await spec()]]), 'generated');
    expect([...out.keys()].sort()).toEqual([
      'generated/sbe/stream/best-bid-ask-stream-event.ts',
      'generated/sbe/stream/depth-diff-stream-event.ts',
      'generated/sbe/stream/depth-snapshot-stream-event.ts',
      'generated/sbe/stream/index.ts',
      'generated/sbe/stream/schema.ts',
      'generated/sbe/stream/trades-stream-event.ts',
    ]);
    expect(out.get('generated/sbe/stream/schema.ts')).toMatch(
      /^\/\/ Generated from spec\/sbe\/stream_1_0.xml by codegen\/. DO NOT EDIT./,
    );
  });
});

describe('SBE spec errors name the file and the field', () => {
  const broken = async (from: string | RegExp, to: string) => (await spec()).replace(from, to);
  const problem = (text: string) => {
    try {
      loadSbeSchema(FILE, text);
    } catch (error) {
      expect(error).toBeInstanceOf(SpecError);
      return (error as SpecError).problems[0];
    }
    return undefined;
  };

  it.each([
    [
      'an unknown type',
      /name="eventTime" type="utcTimestampUs"/,
      'name="eventTime" type="nanos"',
      'TradesStreamEvent.eventTime',
      /unknown type nanos/,
    ],
    [
      'an exponent that is not a root int8',
      'mbx:exponent="priceExponent"',
      'mbx:exponent="eventTime"',
      'TradesStreamEvent.trades.price',
      /not an int8 root field/,
    ],
    [
      'an explicit offset',
      'name="bookUpdateId" type="updateId"',
      'name="bookUpdateId" type="updateId" offset="8"',
      'BestBidAskStreamEvent.bookUpdateId',
      /explicit offsets/,
    ],
    [
      'a float',
      'name="exponent8" primitiveType="int8"',
      'name="exponent8" primitiveType="float"',
      'exponent8',
      /primitive type float/,
    ],
  ])('%s', async (_, from, to, path, message) => {
    const found = problem(await broken(from, to));
    expect(found).toMatchObject({ file: FILE, path });
    expect(found?.message).toMatch(message);
  });
});
