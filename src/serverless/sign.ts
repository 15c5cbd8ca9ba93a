// Request signing for the Serverless Registry (V3). The stored token T never travels: the server finds the
// user by md5(T) and checks sha256(T + nonce + timestamp), so a captured request cannot be replayed later
// than the server's timestamp window, and a captured header set does not reveal T.
import { createHash, randomInt } from 'node:crypto';

const NONCE_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const NONCE_LENGTH = 15;

/** 15 characters from [A-Za-z0-9], like the official client's `random-string` default. */
export function randomNonce(): string {
  let nonce = '';
  for (let i = 0; i < NONCE_LENGTH; i++) nonce += NONCE_ALPHABET[randomInt(NONCE_ALPHABET.length)];
  return nonce;
}

function hex(algorithm: 'md5' | 'sha256', text: string): string {
  return createHash(algorithm).update(text, 'utf8').digest('hex');
}

/**
 * The four headers of a signed call: `token` = md5(T), `nonce`, `timestamp` (unix seconds) and
 * `sign_code` = sha256(T + nonce + timestamp), all lowercase hex.
 */
export function signHeaders(
  token: string,
  now: () => number = Date.now,
  random: () => string = randomNonce,
): Record<string, string> {
  const timestamp = String(Math.floor(now() / 1000));
  const nonce = random();
  return {
    token: hex('md5', token),
    nonce,
    timestamp,
    sign_code: hex('sha256', `${token}${nonce}${timestamp}`),
  };
}
