/**
 * Reads one request's parameters the way Binance checks them, throwing its error codes.
 * Both transports hand over a flat record: REST from the query string and form body (all
 * strings), the WebSocket API from `params` (strings, numbers, booleans, arrays).
 */
import { ApiError, errors } from './errors';

export type RawValue = string | number | boolean | readonly string[];
export type RawParams = Readonly<Record<string, RawValue | undefined>>;

const DECIMAL = /^-?\d+(\.\d+)?$/;
const INTEGER = /^-?\d+$/;

export class Params {
  constructor(readonly raw: RawParams) {}

  has(name: string): boolean {
    const value = this.raw[name];
    return value !== undefined && value !== null && value !== '';
  }

  /** The value as a string, or undefined when absent (`required` throws -1102 instead). */
  string(name: string, required: true): string;
  string(name: string, required?: boolean): string | undefined;
  string(name: string, required = false): string | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null || value === '') {
      if (required) throw errors.mandatory(name);
      return undefined;
    }
    if (Array.isArray(value)) throw errors.invalidParam(name);
    return String(value);
  }

  /** An integer (as Binance's LONG/INT). */
  integer(name: string, required: true): number;
  integer(name: string, required?: boolean): number | undefined;
  integer(name: string, required = false): number | undefined {
    const text = this.string(name, required);
    if (text === undefined) return undefined;
    if (!INTEGER.test(text)) throw errors.mandatory(name);
    return Number(text);
  }

  /** A decimal kept as its exact text (`"0.00100000"`), validated. */
  decimal(name: string, required: true): string;
  decimal(name: string, required?: boolean): string | undefined;
  decimal(name: string, required = false): string | undefined {
    const text = this.string(name, required);
    if (text === undefined) return undefined;
    if (!DECIMAL.test(text)) throw errors.mandatory(name);
    return text;
  }

  boolean(name: string): boolean | undefined {
    const text = this.string(name);
    if (text === undefined) return undefined;
    if (text === 'true' || text === 'false') return text === 'true';
    throw errors.invalidParam(name);
  }

  /** One of `allowed`; anything else throws `invalid` (for example -1117 for `side`). */
  oneOf<T extends string>(
    name: string,
    allowed: readonly T[],
    required: true,
    invalid?: () => ApiError,
  ): T;
  oneOf<T extends string>(
    name: string,
    allowed: readonly T[],
    required?: boolean,
    invalid?: () => ApiError,
  ): T | undefined;
  oneOf<T extends string>(
    name: string,
    allowed: readonly T[],
    required = false,
    invalid: () => ApiError = () => errors.invalidParam(name),
  ): T | undefined {
    const text = this.string(name, required);
    if (text === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(text)) throw invalid();
    return text as T;
  }

  /** A list: a JSON array text on REST (`["BTCUSDT","ETHUSDT"]`), an array on the WebSocket API. */
  list(name: string): string[] | undefined {
    const value = this.raw[name];
    if (value === undefined || value === '') return undefined;
    if (Array.isArray(value)) return value.map(String);
    try {
      const parsed: unknown = JSON.parse(String(value));
      if (Array.isArray(parsed) && parsed.every((v) => typeof v === 'string')) return parsed;
    } catch {
      // fall through to the error below
    }
    throw errors.invalidParam(name);
  }

  /**
   * A list of integers (`orderIdList=[1,2]`): a JSON array text on REST, an array on the WebSocket
   * API. Ids written as JSON strings (`["1","2"]`, as Binance's own connector sends them) count.
   */
  integerList(name: string): number[] | undefined {
    const value = this.raw[name];
    if (value === undefined || value === '') return undefined;
    let parsed: unknown = value;
    try {
      if (!Array.isArray(value)) parsed = JSON.parse(String(value));
    } catch {
      // fall through to the error below
    }
    const ids = Array.isArray(parsed)
      ? parsed.map((v: unknown) => (typeof v === 'string' && INTEGER.test(v) ? Number(v) : v))
      : [];
    if (Array.isArray(parsed) && ids.every((v) => Number.isSafeInteger(v))) return ids as number[];
    throw errors.invalidParam(name);
  }

  /** `limit`-style integers: default when absent, clamped to `max`, -1130 below `min`. */
  limit(name: string, fallback: number, min: number, max: number): number {
    const value = this.integer(name) ?? fallback;
    if (value < min) throw errors.invalidParam(name);
    return Math.min(value, max);
  }
}
