/**
 * Unions whose variants are all objects (an order, or the order list it belonged to): each variant
 * is told apart by a field it always has and no other variant has, its discriminator.
 */
import type { FieldSpec } from './spec-types';

/** Variant index -> the wire name that tells it apart; undefined when one has none. */
export function discriminators(variants: readonly FieldSpec[]): string[] | undefined {
  const out: string[] = [];
  for (const [i, variant] of variants.entries()) {
    const others = variants.filter((_, j) => j !== i);
    const own = Object.entries(variant.fields ?? {}).find(
      ([wire, field]) => !field.optional && others.every((o) => !(wire in (o.fields ?? {}))),
    );
    if (own === undefined) return undefined;
    out.push(own[0]);
  }
  return out;
}

/** Whether every variant of a union is an object. */
export const allObjects = (variants: readonly FieldSpec[]): boolean =>
  variants.every((v) => v.type === 'object');
