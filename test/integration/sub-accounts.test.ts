/**
 * Sub-accounts over SAPI (`/sapi/v1/sub-account/…`) with the generated *Http functions against
 * the local exchange: the master creates and lists sub-accounts, moves funds to and from them
 * (universal transfer, transfer to master, transfer to a sibling) and sees their margin accounts;
 * balances move on the right accounts, and each sub-account's own user data stream gets its
 * `balanceUpdate` and `outboundAccountPosition`.
 */
import { createHmac } from 'node:crypto';
import { firstValueFrom } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  addSubAccountApiIpRestrictionHttp,
  validateAddSubAccountApiIpRestrictionResponse,
} from '../../generated/operations/add-sub-account-api-ip-restriction';
import { createVirtualSubAccountHttp } from '../../generated/operations/create-virtual-sub-account';
import { deleteSubAccountApiIpListHttp } from '../../generated/operations/delete-sub-account-api-ip-list';
import { getAccountHttp } from '../../generated/operations/get-account';
import { getMarginAccountHttp } from '../../generated/operations/get-margin-account';
import {
  getSubAccountApiIpRestrictionHttp,
  validateGetSubAccountApiIpRestrictionResponse,
} from '../../generated/operations/get-sub-account-api-ip-restriction';
import {
  getSubAccountListHttp,
  validateGetSubAccountListResponse,
} from '../../generated/operations/get-sub-account-list';
import {
  getSubAccountMarginAccountHttp,
  validateGetSubAccountMarginAccountResponse,
} from '../../generated/operations/get-sub-account-margin-account';
import {
  getSubAccountMarginSummaryHttp,
  validateGetSubAccountMarginSummaryResponse,
} from '../../generated/operations/get-sub-account-margin-summary';
import {
  getSubAccountUniversalTransferHistoryHttp,
  validateGetSubAccountUniversalTransferHistoryResponse,
} from '../../generated/operations/get-sub-account-universal-transfer-history';
import { marginBorrowRepayHttp } from '../../generated/operations/margin-borrow-repay';
import { subAccountTransferToMasterHttp } from '../../generated/operations/sub-account-transfer-to-master';
import { subAccountTransferToSubHttp } from '../../generated/operations/sub-account-transfer-to-sub';
import { subAccountUniversalTransferHttp } from '../../generated/operations/sub-account-universal-transfer';
import { startLocalExchange, type LocalExchange } from '../../sim';
import type { TestKeys } from '../../sim/types';
import { BinanceApiError, InvalidParameterError } from '../../src/errors';
import { createHttpClient, type HttpClient } from '../../src/rest/http-client';
import type { Credentials } from '../../src/signing/credentials';
import { wsApiSession } from '../../src/ws-api/session';

const symbol = 'BTCUSDT';
let exchange: LocalExchange;
let master: HttpClient;
const emails: string[] = [];
const subs: { keys: TestKeys; client: HttpClient }[] = [];

const credentialsOf = (keys: TestKeys): Credentials => ({
  apiKey: keys.hmac.apiKey,
  sign: (p) => createHmac('sha256', keys.hmac.secret).update(p).digest('hex'),
});
const clientOf = (keys: TestKeys) =>
  createHttpClient({ baseUrl: exchange.urls.rest, credentials: credentialsOf(keys) });
const free = async (client: HttpClient, asset: string) =>
  Number(
    (await firstValueFrom(getAccountHttp({}, client))).balances.find((b) => b.asset === asset)!
      .free,
  );
const codeOf = (e: unknown) => (e instanceof BinanceApiError ? e.binanceCode : e);

beforeAll(async () => {
  exchange = await startLocalExchange({ paused: true, symbols: [symbol] });
  exchange.market.step(20);
  master = clientOf(exchange.keys);
  for (const name of ['alice', 'bob']) {
    const { email } = await firstValueFrom(
      createVirtualSubAccountHttp({ subAccountString: name }, master),
    );
    emails.push(email);
    // A sub-account is an account of its own: `<master>-<subAccountString>`.
    const keys = exchange.accountKeys(`default-${name}`);
    subs.push({ keys, client: clientOf(keys) });
  }
});
afterAll(() => exchange.close());

describe('sub-accounts on the local exchange', () => {
  it('lists the master’s sub-accounts, a page at a time or by email', async () => {
    const all = await firstValueFrom(getSubAccountListHttp({ limit: 10 }, master));
    expect(validateGetSubAccountListResponse(all)).toBe(true);
    expect(all.subAccounts.map((s) => s.email)).toEqual(emails);
    expect(all.subAccounts[0]).toMatchObject({ isFreeze: false, isManagedSubAccount: false });
    const second = await firstValueFrom(getSubAccountListHttp({ page: 2, limit: 1 }, master));
    expect(second.subAccounts.map((s) => s.email)).toEqual([emails[1]]);
    const one = await firstValueFrom(getSubAccountListHttp({ email: emails[1] }, master));
    expect(one.subAccounts.map((s) => s.email)).toEqual([emails[1]]);
    // A sub-account has no sub-accounts of its own to list: -1002.
    const bySub = await firstValueFrom(getSubAccountListHttp({}, subs[0]!.client)).catch(
      (e: unknown) => e,
    );
    expect(codeOf(bySub)).toBe(-1002);
    const taken = await firstValueFrom(
      createVirtualSubAccountHttp({ subAccountString: 'alice' }, master),
    ).catch((e: unknown) => e);
    expect(codeOf(taken)).toBe(-1130);
  });

  it('moves funds master → sub → sibling → master, with the sub’s user data events', async () => {
    const [alice, bob] = subs as [(typeof subs)[0], (typeof subs)[0]];
    const session = wsApiSession({
      url: exchange.urls.wsApi,
      credentials: credentialsOf(exchange.keys),
    });
    const connection = session.connect();
    const seen: string[] = [];
    const listening = session
      .userData(credentialsOf(alice.keys))
      .subscribe(({ event }) => seen.push(`${String(event.e)}`));
    const [master0, alice0, bob0] = [
      await free(master, 'USDT'),
      await free(alice.client, 'USDT'),
      await free(bob.client, 'USDT'),
    ];
    const updates = () => seen.filter((e) => e === 'balanceUpdate').length;
    let sent = 0; // USDT moved to alice 1 at a time until her stream shows one
    try {
      // Once alice's stream is subscribed, a deposit shows on it.
      await vi.waitFor(
        async () => {
          sent += 1;
          await firstValueFrom(
            subAccountUniversalTransferHttp(
              {
                toEmail: emails[0],
                fromAccountType: 'SPOT',
                toAccountType: 'SPOT',
                asset: 'USDT',
                amount: '1',
              },
              master,
            ),
          );
          expect(seen).toContain('balanceUpdate');
        },
        { timeout: 5_000, interval: 50 },
      );
      const base = updates();
      expect(seen).toContain('outboundAccountPosition');
      const transfer = await firstValueFrom(
        subAccountUniversalTransferHttp(
          {
            toEmail: emails[0],
            fromAccountType: 'SPOT',
            toAccountType: 'SPOT',
            asset: 'USDT',
            amount: '100',
            clientTranId: 'to-alice',
          },
          master,
        ),
      );
      expect(transfer).toMatchObject({ clientTranId: 'to-alice' });
      expect(await free(master, 'USDT')).toBeCloseTo(master0 - 100 - sent, 8);
      expect(await free(alice.client, 'USDT')).toBeCloseTo(alice0 + 100 + sent, 8);

      const toBob = await firstValueFrom(
        subAccountTransferToSubHttp(
          { toEmail: emails[1]!, asset: 'USDT', amount: '40' },
          alice.client,
        ),
      );
      expect(typeof toBob.txnId).toBe('string');
      expect(await free(bob.client, 'USDT')).toBeCloseTo(bob0 + 40, 8);
      await firstValueFrom(
        subAccountTransferToMasterHttp({ asset: 'USDT', amount: '60' }, alice.client),
      );
      expect(await free(alice.client, 'USDT')).toBeCloseTo(alice0 + sent, 8);
      expect(await free(master, 'USDT')).toBeCloseTo(master0 - 40 - sent, 8);
      await vi.waitFor(() => expect(updates()).toBe(base + 3));
    } finally {
      listening.unsubscribe();
      connection.unsubscribe();
    }

    const tooMuch = await firstValueFrom(
      subAccountTransferToMasterHttp({ asset: 'USDT', amount: '99999999' }, bob.client),
    ).catch((e: unknown) => e);
    expect(codeOf(tooMuch)).toBe(-2010);
    const notSibling = await firstValueFrom(
      subAccountTransferToSubHttp(
        { toEmail: 'nobody@example.com', asset: 'USDT', amount: '1' },
        bob.client,
      ),
    ).catch((e: unknown) => e);
    expect(codeOf(notSibling)).toBe(-1130);
    const byMaster = await firstValueFrom(
      subAccountTransferToMasterHttp({ asset: 'USDT', amount: '1' }, master),
    ).catch((e: unknown) => e);
    expect(codeOf(byMaster)).toBe(-1002);
  });

  it('funds a sub-account’s margin account, and shows it to the master with its debt', async () => {
    const [alice] = subs as [(typeof subs)[0]];
    const crossFree = async () =>
      Number(
        (await firstValueFrom(getMarginAccountHttp({}, alice.client))).userAssets.find(
          (a) => a.asset === 'BTC',
        )!.free,
      );
    const before = await crossFree();
    await firstValueFrom(
      subAccountUniversalTransferHttp(
        {
          toEmail: emails[0],
          fromAccountType: 'SPOT',
          toAccountType: 'MARGIN',
          asset: 'BTC',
          amount: '0.5',
        },
        master,
      ),
    );
    expect(await crossFree()).toBeCloseTo(before + 0.5, 8);
    await firstValueFrom(
      marginBorrowRepayHttp(
        { asset: 'BTC', isIsolated: 'FALSE', amount: '1', type: 'BORROW' },
        alice.client,
      ),
    );

    const detail = await firstValueFrom(
      getSubAccountMarginAccountHttp({ email: emails[0]! }, master),
    );
    expect(validateGetSubAccountMarginAccountResponse(detail)).toBe(true);
    expect(detail.email).toBe(emails[0]);
    const btc = detail.marginUserAssetVoList.find((a) => a.asset === 'BTC')!;
    expect(btc.borrowed).toBe('1.00000000');
    // The debt is the principal and the first hour's interest, charged on borrowing.
    expect(Number(btc.interest)).toBeGreaterThan(0);
    expect(detail.totalLiabilityOfBtc).toBe((1 + Number(btc.interest)).toFixed(8));
    const summary = await firstValueFrom(getSubAccountMarginSummaryHttp({}, master));
    expect(validateGetSubAccountMarginSummaryResponse(summary)).toBe(true);
    expect(summary.subAccountList.map((s) => s.email)).toEqual(emails);
    expect(summary.totalLiabilityOfBtc).toBe(detail.totalLiabilityOfBtc);
    const sum = summary.subAccountList.reduce((t, s) => t + Number(s.totalAssetOfBtc), 0);
    expect(Number(summary.totalAssetOfBtc)).toBeCloseTo(sum, 6);

    // Margin to master Spot is a docs scenario; master Spot to master margin is not.
    await firstValueFrom(
      subAccountUniversalTransferHttp(
        {
          fromEmail: emails[0],
          fromAccountType: 'MARGIN',
          toAccountType: 'SPOT',
          asset: 'BTC',
          amount: '0.5',
        },
        master,
      ),
    );
    const wrong = await firstValueFrom(
      subAccountUniversalTransferHttp(
        { fromAccountType: 'SPOT', toAccountType: 'MARGIN', asset: 'BTC', amount: '0.5' },
        master,
      ),
    ).catch((e: unknown) => e);
    expect(codeOf(wrong)).toBe(-1130);
    const futures = await firstValueFrom(
      subAccountUniversalTransferHttp(
        {
          toEmail: emails[0],
          fromAccountType: 'SPOT',
          toAccountType: 'USDT_FUTURE',
          asset: 'USDT',
          amount: '1',
        },
        master,
      ),
    ).catch((e: unknown) => e);
    expect((futures as BinanceApiError).binanceMessage).toContain('not simulated');
  });

  it('lists the master’s universal transfers, from the master or to / from one sub-account', async () => {
    const toAlice = await firstValueFrom(
      getSubAccountUniversalTransferHistoryHttp({ toEmail: emails[0] }, master),
    );
    expect(validateGetSubAccountUniversalTransferHistoryResponse(toAlice)).toBe(true);
    expect(toAlice.result.find((t) => t.clientTranId === 'to-alice')).toMatchObject({
      toEmail: emails[0],
      asset: 'USDT',
      amount: '100.00000000',
      fromAccountType: 'SPOT',
      toAccountType: 'SPOT',
      status: 'SUCCESS',
    });
    const fromMaster = await firstValueFrom(getSubAccountUniversalTransferHistoryHttp({}, master));
    expect(fromMaster.totalCount).toBe(fromMaster.result.length);
    expect(fromMaster.result.every((t) => t.fromEmail === 'default@noemail.sim')).toBe(true);
    const fromAlice = await firstValueFrom(
      getSubAccountUniversalTransferHistoryHttp({ fromEmail: emails[0] }, master),
    );
    expect(fromAlice.result.map((t) => [t.fromAccountType, t.toAccountType, t.amount])).toEqual([
      ['MARGIN', 'SPOT', '0.50000000'],
    ]);
    const both = await firstValueFrom(
      getSubAccountUniversalTransferHistoryHttp(
        { fromEmail: emails[0], toEmail: emails[1] },
        master,
      ),
    ).catch((e: unknown) => e);
    expect(codeOf(both)).toBe(-1130);
  });

  it('keeps the IP restriction of a sub-account’s own keys: query, set, remove', async () => {
    const [alice, bob] = subs as [(typeof subs)[0], (typeof subs)[0]];
    const ref = { email: emails[0]!, subAccountApiKey: alice.keys.hmac.apiKey };
    const query = () => firstValueFrom(getSubAccountApiIpRestrictionHttp(ref, master));
    const first = await query();
    expect(validateGetSubAccountApiIpRestrictionResponse(first)).toBe(true);
    expect(first).toMatchObject({ ipRestrict: 'false', ipList: [], apiKey: ref.subAccountApiKey });

    const set = await firstValueFrom(
      addSubAccountApiIpRestrictionHttp(
        { ...ref, status: 2, ipAddress: '10.0.0.1,10.0.0.2' },
        master,
      ),
    );
    expect(validateAddSubAccountApiIpRestrictionResponse(set)).toBe(true);
    expect(set).toMatchObject({ status: '2', ipList: ['10.0.0.1', '10.0.0.2'] });
    expect(await query()).toMatchObject({ ipRestrict: 'true', ipList: ['10.0.0.1', '10.0.0.2'] });
    const removed = await firstValueFrom(
      deleteSubAccountApiIpListHttp({ ...ref, ipAddress: '10.0.0.1' }, master),
    );
    expect(removed).toMatchObject({ ipRestrict: 'true', ipList: ['10.0.0.2'] });
    expect((await query()).ipList).toEqual(['10.0.0.2']);

    const other = await firstValueFrom(
      getSubAccountApiIpRestrictionHttp(
        { email: emails[0]!, subAccountApiKey: bob.keys.hmac.apiKey },
        master,
      ),
    ).catch((e: unknown) => e);
    expect(codeOf(other)).toBe(-1130);
    const badStatus = await firstValueFrom(
      addSubAccountApiIpRestrictionHttp({ ...ref, status: 3 }, master),
    ).catch((e: unknown) => e);
    expect(badStatus).toBeInstanceOf(InvalidParameterError);
  });
});
