// Proxies, as GitHub's runner sets them (HTTPS_PROXY / HTTP_PROXY, minus NO_PROXY and loopback).
// @actions/http-client decides which URLs a proxy carries, as it does for Octokit's requests in
// @actions/github; these give the same to the requests that do not go through Octokit.

import type { Agent } from 'node:http';
import { getProxyUrl, HttpClient } from '@actions/http-client';

let client: HttpClient | undefined;
const proxyClient = () => (client ??= new HttpClient('component-publish'));

/** A node:http agent that tunnels through the proxy for `url`, or undefined when none applies. */
export function proxyAgent(url: string): Agent | undefined {
  return getProxyUrl(url) ? proxyClient().getAgent(url) : undefined;
}

/** fetch, through the proxy for each request's URL when one applies. */
export const proxyFetch: typeof fetch = async (input, init) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  if (!getProxyUrl(url)) return globalThis.fetch(input, init);
  const dispatcher = proxyClient().getAgentDispatcher(url);
  // Loaded only here: without a proxy nothing needs it.
  const undici = await import('undici');
  // A Request of Node's own fetch is not undici's class: its parts are carried over, `init` on top.
  const parts =
    typeof input === 'string' || input instanceof URL
      ? {}
      : { method: input.method, headers: input.headers, body: input.body, duplex: 'half' as const };
  // undici's fetch and its Response are what Node's own fetch is built on; only their types differ.
  return (await undici.fetch(url, { ...parts, ...(init as object), dispatcher })) as unknown as Response;
};
