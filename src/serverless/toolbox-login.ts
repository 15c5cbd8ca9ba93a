// The browser login, as the official client does it: a 20-character one-time login token goes into
// GitHub's OAuth URL as part of the registry's redirect address; once the user authorises, the registry's
// check endpoint answers the account's token for that login token. We poll it (every 2 s and at most 200 s
// by default, like `s`), show progress, and store the token where `s` reads it.
import { randomInt } from 'node:crypto';
import { PublishError } from '../errors.ts';
import type { ServerlessRegistryClient } from './client.ts';
import { writeToken } from './toolbox-token.ts';

/** The registry's GitHub OAuth application (the official client's). */
const GITHUB_CLIENT_ID = 'ef1df7f4f6b9e5a343af';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

function loginToken(): string {
  let token = '';
  for (let i = 0; i < 20; i++) token += ALPHABET[randomInt(ALPHABET.length)];
  return token;
}

/** The authorisation page, spelled as the official client spells it (the redirect address is not encoded). */
function authorizeUrl(tokenBase: string, token: string): string {
  return `https://github.com/login/oauth/authorize?client_id=${GITHUB_CLIENT_ID}&redirect_uri=${tokenBase}/user/login?token=${token}`;
}

export interface BrowserLoginOptions {
  env: Record<string, string | undefined>;
  /** Shown first: the page to open. */
  onUrl: (url: string) => void;
  /** Called before each poll with the seconds waited and the limit. */
  onProgress?: (waitedSeconds: number, limitSeconds: number, poll: number) => void;
  timeoutMs?: number;
  intervalMs?: number;
  /** For tests: the one-time login token. */
  token?: string;
}

export interface BrowserLoginResult {
  account: string;
  file: string;
  polls: number;
}

export async function browserLogin(
  client: ServerlessRegistryClient,
  options: BrowserLoginOptions,
): Promise<BrowserLoginResult> {
  const token = options.token ?? loginToken();
  const timeoutMs = options.timeoutMs ?? 200_000;
  const intervalMs = options.intervalMs ?? 2000;
  options.onUrl(authorizeUrl(client.tokenBaseUrl, token));
  const started = Date.now();
  for (let poll = 1; ; poll++) {
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
    const waited = Date.now() - started;
    options.onProgress?.(Math.round(waited / 1000), Math.round(timeoutMs / 1000), poll);
    const answer = await client.checkLogin(token);
    if (answer !== 'pending') {
      const file = await writeToken(answer.token, options.env);
      return { account: answer.name, file, polls: poll };
    }
    if (Date.now() - started + intervalMs > timeoutMs) {
      throw new PublishError(
        'serverless-login-timeout',
        `the login was not authorised within ${formatSeconds(timeoutMs)} (${poll} checks); nothing was stored`,
        'open the printed address, sign in to GitHub and authorise, then run `component-publish serverless login` again (or use --token)',
      );
    }
  }
}

function formatSeconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(2)} s`;
}
