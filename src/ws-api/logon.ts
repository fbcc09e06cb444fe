/**
 * `session.logon` with an Ed25519 key, on every new socket. A failed logon (the signer threw,
 * rejected or was too slow: `SignerError`; Binance refused it: `BinanceApiError`; no answer within
 * `requestTimeoutMs`, also when the frame could not be written: `RequestTimeoutError`) is reported,
 * fails the signed requests waiting for it, and is tried again on the supervisor's backoff — shown
 * as an `open` status event carrying `reason`, `attempt` and `delayMs` — until it succeeds, the
 * socket goes, or `maxAttempts` failures in a row.
 */
import { BinanceRxError } from '../errors';
import { timingParams } from '../signing/sign-request';
import type { ConnectionStatusEvent } from '../connection/events';
import { AttemptCounter } from '../supervisor/attempts';
import { answerOf } from './answer';
import type { ResolvedWsApiOptions } from './options';
import { signParams, type WsParams } from './sign-params';
import type { WsApiLink } from './socket';
import { guardedTimer } from '../supervisor/guard';

export const LOGON = 'session.logon';

export interface LogonContext {
  readonly config: ResolvedWsApiOptions;
  now(): number;
  report(error: BinanceRxError): void;
  status(event: Omit<ConnectionStatusEvent, 'type'>): void;
  /** The logon ended (either way): requests and the user data stream may go on. */
  done(link: WsApiLink): void;
}

/** Logs `link` on, retrying with backoff while it fails. */
export function logOn(link: WsApiLink, context: LogonContext): void {
  const { config } = context;
  const { scheduler, logger: log } = config.socket;
  const credentials = config.credentials!;
  const attempts = new AttemptCounter(config.reconnect, config.random, scheduler);
  link.timers.add(() => attempts.dispose());

  const failed = (error: BinanceRxError) => {
    link.logonError = error;
    log.error('logon failed', { socket: link.id, reason: error.message });
    context.report(error);
    const next = attempts.failed();
    if (next !== undefined && link.open) {
      const reason = `logon failed: ${error.message}`;
      log.info('logon retry', { socket: link.id, ...next });
      context.status({ status: 'open', ...next, reason });
      link.timers.add(
        guardedTimer(scheduler, 'logon retry', context.report, attempt, next.delayMs),
      );
    }
    context.done(link);
  };

  const send = (signed: WsParams) => {
    link.request(LOGON, signed, (response) => {
      const outcome =
        response instanceof BinanceRxError
          ? response
          : answerOf(response, { operation: 'logon', method: LOGON, params: {} });
      if (!link.open) return;
      if (outcome instanceof BinanceRxError) return failed(outcome);
      link.loggedOn = true;
      link.logonError = undefined;
      log.info('logged on', { socket: link.id });
      context.done(link);
    });
  };

  function attempt(): void {
    if (!link.open) return;
    const params = {
      apiKey: credentials.apiKey,
      ...timingParams(context.now(), config.recvWindow),
    };
    const signing = { operation: 'logon', scheduler, signTimeoutMs: config.signTimeoutMs };
    link.timers.add(
      signParams(params, credentials, signing).subscribe({
        next: send,
        error: (error: unknown) => failed(asTyped(error)),
      }),
    );
  }
  attempt();
}

function asTyped(error: unknown): BinanceRxError {
  return error instanceof BinanceRxError
    ? error
    : new BinanceRxError('SIGNER_FAILED', String(error), { cause: error });
}
