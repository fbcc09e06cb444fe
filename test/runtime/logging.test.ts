import { describe, expect, it } from 'vitest';
import { consoleLogger } from '../../src/logging/console-logger';
import { debugLogger } from '../../src/logging/debug-logger';
import { fieldsFirstLogger } from '../../src/logging/fields-first-logger';
import { isDebugEnabled, silentLogger, type LogFields } from '../../src/logging/logger';
import { namespaceMatcher } from '../../src/logging/namespace-pattern';
import { resolveLogger } from '../../src/logging/resolve-logger';

describe('namespaceMatcher', () => {
  const table: { given: [string, string]; want: boolean }[] = [
    { given: ['binance-rx:*', 'binance-rx:connection'], want: true },
    { given: ['binance-rx:*', 'binance-rx:raw:sent'], want: true },
    { given: ['binance-rx:*', 'other:connection'], want: false },
    { given: ['binance-rx:*,-binance-rx:raw:*', 'binance-rx:raw:received'], want: false },
    { given: ['binance-rx:*,-binance-rx:raw:*', 'binance-rx:subscriptions'], want: true },
    { given: ['binance-rx:raw:sent binance-rx:connection', 'binance-rx:connection'], want: true },
    { given: ['binance-rx:raw:sent', 'binance-rx:raw:received'], want: false },
    { given: ['*', 'anything'], want: true },
    { given: ['', 'binance-rx:connection'], want: false },
    { given: ['binance-rx.connection', 'binance-rxXconnection'], want: false },
  ];
  it.each(table)('$given.0 matches $given.1: $want', ({ given: [pattern, namespace], want }) => {
    expect(namespaceMatcher(pattern)(namespace)).toBe(want);
  });
});

describe('debugLogger', () => {
  it('writes lines for matching namespaces only', () => {
    const lines: string[] = [];
    const factory = debugLogger('binance-rx:*,-binance-rx:raw:*', {
      write: (line) => lines.push(line),
    });
    factory('binance-rx:connection').info('open', { socket: 1 });
    factory('binance-rx:connection').debug('plain');
    factory('binance-rx:raw:sent').debug('frame', { frame: '{}' });
    expect(lines).toEqual([
      'binance-rx:connection info open {"socket":1}',
      'binance-rx:connection debug plain',
    ]);
    expect(isDebugEnabled(factory('binance-rx:raw:sent'))).toBe(false);
    expect(isDebugEnabled(factory('binance-rx:connection'))).toBe(true);
  });

  it('survives fields JSON cannot represent', () => {
    const lines: string[] = [];
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    const logger = debugLogger('*', { write: (line) => lines.push(line) })('ns');
    logger.warn('big', { n: 10n });
    logger.warn('cycle', cyclic);
    expect(lines).toEqual(['ns warn big {"n":"10"}', 'ns warn cycle [unserializable fields]']);
  });
});

describe('consoleLogger', () => {
  it('prefixes the namespace and drops levels below the minimum', () => {
    const calls: [string, ...unknown[]][] = [];
    const target = {
      debug: (...args: unknown[]) => calls.push(['debug', ...args]),
      info: (...args: unknown[]) => calls.push(['info', ...args]),
      warn: (...args: unknown[]) => calls.push(['warn', ...args]),
      error: (...args: unknown[]) => calls.push(['error', ...args]),
    };
    const logger = consoleLogger({ level: 'info', console: target })('binance-rx:connection');
    logger.debug('hidden');
    logger.info('open', { socket: 1 });
    logger.error('bad');
    expect(calls).toEqual([
      ['info', '[binance-rx:connection] open', { socket: 1 }],
      ['error', '[binance-rx:connection] bad'],
    ]);
    expect(logger.debugEnabled).toBe(false);
    expect(consoleLogger({ level: 'debug', console: target })('x').debugEnabled).toBe(true);
  });
});

describe('resolveLogger', () => {
  it('is silent by default', () => {
    expect(resolveLogger(undefined, 'binance-rx:connection')).toBe(silentLogger);
    expect(isDebugEnabled(silentLogger)).toBe(false);
  });

  it('adds the namespace to the fields of a single logger such as console', () => {
    const calls: [string, LogFields | undefined][] = [];
    const record = (message: string, fields?: LogFields) => calls.push([message, fields]);
    const single = { debug: record, info: record, warn: record, error: record };
    const logger = resolveLogger(single, 'binance-rx:subscriptions');
    logger.info('request', { id: 1 });
    logger.warn('plain');
    expect(calls).toEqual([
      ['request', { namespace: 'binance-rx:subscriptions', id: 1 }],
      ['plain', { namespace: 'binance-rx:subscriptions' }],
    ]);
    expect(isDebugEnabled(logger)).toBe(true);
  });

  it('calls a factory with the namespace', () => {
    const seen: string[] = [];
    resolveLogger((namespace) => (seen.push(namespace), silentLogger), 'binance-rx:raw:sent');
    expect(seen).toEqual(['binance-rx:raw:sent']);
  });
});

describe('fieldsFirstLogger', () => {
  it('passes (fields, message) as pino expects, and asks pino whether debug is on', () => {
    const calls: unknown[][] = [];
    let level = 'info';
    const pinoLike = {
      debug: (fields: object, message: string) => calls.push(['debug', fields, message]),
      info: (fields: object, message: string) => calls.push(['info', fields, message]),
      warn: (fields: object, message: string) => calls.push(['warn', fields, message]),
      error: (fields: object, message: string) => calls.push(['error', fields, message]),
      isLevelEnabled: (wanted: string) => wanted !== 'debug' || level === 'debug',
    };
    const logger = fieldsFirstLogger(pinoLike);
    logger.info('open', { socket: 1 });
    logger.error('bad');
    expect(calls).toEqual([
      ['info', { socket: 1 }, 'open'],
      ['error', {}, 'bad'],
    ]);
    expect(logger.debugEnabled).toBe(false);
    level = 'debug';
    expect(logger.debugEnabled).toBe(true);
  });
});
