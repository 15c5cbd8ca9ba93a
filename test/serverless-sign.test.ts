// Conformance of our request signing with the Serverless Registry description: token = md5(T),
// nonce = 15 random characters, timestamp = unix seconds, sign_code = sha256(T + nonce + timestamp).
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import { describe, it } from 'node:test';
import { randomNonce, signHeaders } from '../src/serverless/sign.ts';

/** The server's side, written from the description alone. */
function verify(storedToken: string, headers: Record<string, string>, nowSeconds: number): boolean {
  const { token, nonce, timestamp, sign_code } = headers;
  if (!token || !nonce || !timestamp || !sign_code) return false;
  if (token !== crypto.createHash('md5').update(storedToken).digest('hex')) return false;
  if (nonce.length !== 15 || Math.abs(nowSeconds - Number(timestamp)) > 300) return false;
  return (
    crypto
      .createHash('sha256')
      .update(storedToken + nonce + timestamp)
      .digest('hex') === sign_code
  );
}

describe('signHeaders', () => {
  it('matches a vector computed with md5sum / sha256sum', () => {
    // printf 'abc' | md5sum; printf 'abcAAAAAAAAAAAAAAA1700000000' | sha256sum
    const headers = signHeaders(
      'abc',
      () => 1_700_000_000_999,
      () => 'AAAAAAAAAAAAAAA',
    );
    assert.deepEqual(headers, {
      token: '900150983cd24fb0d6963f7d28e17f72',
      nonce: 'AAAAAAAAAAAAAAA',
      timestamp: '1700000000',
      sign_code: '4e568a6949479f7bbe4094884e2728324824a1bddc2a67b162f98f0603a99f58',
    });
  });

  it('sends exactly the four headers, none of them the token itself', () => {
    const token = 'Sw-secret-token-value-123';
    const headers = signHeaders(token);
    assert.deepEqual(Object.keys(headers).sort(), ['nonce', 'sign_code', 'timestamp', 'token']);
    for (const value of Object.values(headers)) assert.ok(!value.includes(token));
  });

  it('is accepted by an independent verifier, and only for the right token and time', () => {
    const token = 'another-token/with+odd=chars 中文';
    const now = Date.now();
    const headers = signHeaders(token, () => now);
    const seconds = Math.floor(now / 1000);
    assert.equal(verify(token, headers, seconds), true);
    assert.equal(verify('other-token', headers, seconds), false);
    assert.equal(verify(token, headers, seconds + 301), false);
    assert.equal(verify(token, { ...headers, nonce: 'BBBBBBBBBBBBBBB' }, seconds), false);
  });

  it('uses a fresh 15-character alphanumeric nonce each time', () => {
    const nonces = new Set(Array.from({ length: 200 }, () => randomNonce()));
    assert.equal(nonces.size, 200);
    for (const nonce of nonces) assert.match(nonce, /^[A-Za-z0-9]{15}$/);
    assert.notEqual(signHeaders('t').nonce, signHeaders('t').nonce);
  });

  it('timestamps in whole unix seconds', () => {
    assert.equal(signHeaders('t', () => 1_234_567_890_123).timestamp, '1234567890');
  });
});
