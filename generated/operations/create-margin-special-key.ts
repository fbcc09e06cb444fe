// Generated from spec/operations/sapi/create-margin-special-key.yaml by codegen/. DO NOT EDIT.
// Edit the spec, then run `npm run generate` (`npm run generate -- --check` verifies).

import type { Observable } from 'rxjs';
import { requestHttp, type HttpClient, type OperationDescriptor, type Validator } from '../../src/generated-runtime';
import { validate } from '../validators/operations/create-margin-special-key';
import { spotProduct } from '../product';

/** Checks a response against its JSON Schema; `.errors` when false. */
export const validateCreateMarginSpecialKeyResponse: Validator = validate;

/** Parameters of Create Special Key(Low-Latency Trading) (TRADE) (`POST /sapi/v1/margin/apiKey`). */
export interface CreateMarginSpecialKeyParams {
  /** A name for the key. */
  apiName: string;
  /** The isolated margin pair the key trades; cross margin when left out. */
  symbol?: string;
  /** IP addresses the key may be used from, comma-separated (at most 30). */
  ip?: string;
  /** An RSA or Ed25519 public key (PEM) to register instead of an HMAC key being made. */
  publicKey?: string;
  /** Ed25519 keys only: TRADE (Binance's default, every permission) or READ (USER_DATA, FIX_API_READ_ONLY). */
  permissionMode?: "TRADE" | "READ";
}

/** Create Special Key(Low-Latency Trading) (TRADE): the response body with Binance's names. Creates a special API key for low-latency margin trading on the cross margin account (or, with symbol, that isolated margin account); with publicKey Binance registers that RSA or Ed25519 key, without it makes an HMAC key and answers its secret. Creating one puts the account in special key mode (leave it with Exit Special Key Mode, not by deleting the key). The calling key needs "Enable Spot & Margin Trading". */
export interface CreateMarginSpecialKeyResponse {
  /** The API key. */
  apiKey: string;
  /** The HMAC secret; the docs show it for an HMAC key and do not say what an RSA or Ed25519 key gets, so it is left optional. */
  secretKey?: string | null;
  /** Key type (HMAC_SHA256, RSA or Ed25519). */
  type: string;
}

/** Create Special Key(Low-Latency Trading) (TRADE), parsed: readable names; decimals are exact strings unless `parseCreateMarginSpecialKeyResponse` is given a `decimal` converter. */
export interface ParsedCreateMarginSpecialKeyResponse {
  /** The API key. */
  apiKey: string;
  /** The HMAC secret; the docs show it for an HMAC key and do not say what an RSA or Ed25519 key gets, so it is left optional. */
  secretKey?: string | null | undefined;
  /** Key type (HMAC_SHA256, RSA or Ed25519). */
  type: string;
}

/** Descriptor of Create Special Key(Low-Latency Trading) (TRADE): data the runtime interprets. */
export const createMarginSpecialKeyOperation: OperationDescriptor<CreateMarginSpecialKeyParams, CreateMarginSpecialKeyResponse> = { operation: "createMarginSpecialKey", security: "TRADE", weight: 1, weightType: "UID", params: {"apiName":{"type":"string","required":true},"symbol":{"type":"string","pattern":"^(?:[A-Z0-9_.-]|[^\\p{ASCII}\\p{White_Space}\\p{C}]){1,20}$"},"ip":{"type":"string"},"publicKey":{"type":"string"},"permissionMode":{"type":"string","enum":["TRADE","READ"]}}, rest: {"method":"POST","path":"/sapi/v1/margin/apiKey"}, product: spotProduct, schemaId: "https://binance-rx.dev/schemas/operations/create-margin-special-key.json", validate: validateCreateMarginSpecialKeyResponse };

/**
 * Create Special Key(Low-Latency Trading) (TRADE): `POST /sapi/v1/margin/apiKey`. Creates a special API key for low-latency margin trading on the cross margin account (or, with symbol, that isolated margin account); with publicKey Binance registers that RSA or Ed25519 key, without it makes an HMAC key and answers its secret. Creating one puts the account in special key mode (leave it with Exit Special Key Mode, not by deleting the key). The calling key needs "Enable Spot & Margin Trading".
 *
 * Emits the full JSON body once, then completes; parse it with `parseCreateMarginSpecialKeyResponse` if you want readable names. Weight 1 (UID). Security TRADE.
 */
export function createMarginSpecialKeyHttp(params: CreateMarginSpecialKeyParams, client?: HttpClient): Observable<CreateMarginSpecialKeyResponse> {
  return requestHttp(createMarginSpecialKeyOperation, params, client);
}

/** Maps a raw `CreateMarginSpecialKeyResponse` to the readable `ParsedCreateMarginSpecialKeyResponse`. */
export function parseCreateMarginSpecialKeyResponse(raw: CreateMarginSpecialKeyResponse): ParsedCreateMarginSpecialKeyResponse {
  return { apiKey: raw.apiKey, secretKey: raw.secretKey, type: raw.type };
}
