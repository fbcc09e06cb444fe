/**
 * "Did you mean": the name of `candidates` closest to a name that does not exist, for spec errors
 * about a reference (a CCXT source naming a channel, an operation or a user data event).
 */

/** Edits (insert, delete, substitute one character) that turn `a` into `b`, case ignored. */
function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i += 1) {
    const next = [i];
    for (let j = 1; j <= y.length; j += 1) {
      next.push(
        Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1)),
      );
    }
    row = next;
  }
  return row[y.length]!;
}

/**
 * The candidate closest to `name`, when it is close enough to be a typo of it (at most 3 edits,
 * and at most a third of its length: `deals` for `deal`, `tradeLight` for `tradeLite`); the first
 * in order on a tie; undefined otherwise.
 */
export function nearest(name: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.min(3, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(name, candidate);
    if (d <= limit && d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
