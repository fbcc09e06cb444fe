/** Static description of a simulated symbol: sizes are in 1e-8 units, walks in ticks. */
export interface SymbolSpec {
  /** Uppercase, as in payloads (`BTCUSDT`). */
  readonly symbol: string;
  /** Starting price, in ticks. */
  readonly startTicks: number;
  /** Price of one tick, in 1e-8 units. */
  readonly tickE8: number;
  /** Quantity of one lot, in 1e-8 units. */
  readonly lotE8: number;
  /** Smallest and largest resting quantity of a new level, in lots. */
  readonly levelLots: readonly [number, number];
  /** Largest gap between neighbouring levels, in ticks. */
  readonly maxGapTicks: number;
  /** Standard deviation of the fair-price walk per market step, in ticks. */
  readonly sigmaTicks: number;
}

interface Preset {
  readonly price: number;
  readonly tick: number;
  readonly lot: number;
  readonly levelLots: readonly [number, number];
  readonly maxGapTicks: number;
  readonly sigmaTicks: number;
}

const PRESETS: Readonly<Record<string, Preset>> = {
  BTCUSDT: {
    price: 60000,
    tick: 0.01,
    lot: 0.00001,
    levelLots: [100, 50000],
    maxGapTicks: 50,
    sigmaTicks: 30,
  },
  ETHUSDT: {
    price: 3000,
    tick: 0.01,
    lot: 0.0001,
    levelLots: [100, 50000],
    maxGapTicks: 10,
    sigmaTicks: 5,
  },
  BNBUSDT: {
    price: 600,
    tick: 0.01,
    lot: 0.001,
    levelLots: [10, 5000],
    maxGapTicks: 5,
    sigmaTicks: 2,
  },
};

const GENERIC: Preset = {
  price: 100,
  tick: 0.01,
  lot: 0.01,
  levelLots: [10, 5000],
  maxGapTicks: 3,
  sigmaTicks: 1,
};

/** The spec of a symbol: a preset for the well-known ones, a generic one otherwise. */
export function symbolSpec(symbol: string): SymbolSpec {
  const preset = PRESETS[symbol] ?? GENERIC;
  return {
    symbol,
    startTicks: Math.round(preset.price / preset.tick),
    tickE8: Math.round(preset.tick * 1e8),
    lotE8: Math.round(preset.lot * 1e8),
    levelLots: preset.levelLots,
    maxGapTicks: preset.maxGapTicks,
    sigmaTicks: preset.sigmaTicks,
  };
}
