/**
 * The checks a local order book makes on what it is given (a REST snapshot, a diff-depth event)
 * before it changes anything: a wrong shape or type is a reason to resync, never a throw inside a
 * subscriber. Cheap on the hot path: diffs get `typeof` checks of their ids and lists only (their
 * levels are checked one by one as they are applied, see `setLevels`).
 */
import { excerptOf } from '../socket/bounded-json';

const isId = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0;

/** What is wrong with a depth snapshot, or undefined when it can be applied. */
export function snapshotProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return `not an object: ${excerptOf(value)}`;
  const { lastUpdateId, bids, asks } = value as Record<string, unknown>;
  if (!isId(lastUpdateId)) return `lastUpdateId is not an update id: ${excerptOf(lastUpdateId)}`;
  return levelsProblem('bids', bids) ?? levelsProblem('asks', asks);
}

/** What is wrong with a diff-depth event's ids (`pu` too when `linked`) and lists, or undefined. */
export function diffProblem(value: unknown, linked = false): string | undefined {
  if (typeof value !== 'object' || value === null) return `not an object: ${excerptOf(value)}`;
  const { U, u, pu, b, a } = value as Record<string, unknown>;
  if (!isId(U) || !isId(u) || U > u)
    return `U..u is not a range of update ids: ${excerptOf([U, u])}`;
  if (linked && !isId(pu)) return `pu is not an update id: ${excerptOf(pu)}`;
  if (!Array.isArray(b)) return `b is not a list: ${excerptOf(b)}`;
  if (!Array.isArray(a)) return `a is not a list: ${excerptOf(a)}`;
  return undefined;
}

function levelsProblem(name: string, levels: unknown): string | undefined {
  if (!Array.isArray(levels)) return `${name} is not a list: ${excerptOf(levels)}`;
  for (let i = 0; i < levels.length; i += 1) {
    if (!isLevel(levels[i])) {
      return `${name}[${i}] is not [price, quantity]: ${excerptOf(levels[i])}`;
    }
  }
  return undefined;
}

/** `[price, quantity]`: two decimal strings (Binance may add fields after them). */
export function isLevel(level: unknown): level is readonly [string, string] {
  return (
    Array.isArray(level) &&
    level.length >= 2 &&
    typeof level[0] === 'string' &&
    typeof level[1] === 'string'
  );
}
