// A fetch for streamed uploads. Node's built-in fetch (undici) keeps a streamed request body's chunks
// around: uploading 500 MiB peaked at ~580 MiB RSS, where node:http with backpressure stays near 80 MiB
// (see README, "Measured"). Octokit takes it per request as `request.fetch`; everything else uses fetch.
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export async function streamingFetch(
  input: string | URL | Request,
  init: RequestInit = {},
): Promise<Response> {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  const headers = Object.fromEntries(new Headers(init.headers).entries());
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const req = send(url, { method: init.method ?? 'GET', headers, signal: init.signal ?? undefined });
  const response = new Promise<Response>((resolve, reject) => {
    req.once('error', reject);
    req.once('response', async (res) => {
      try {
        const chunks: Buffer[] = [];
        for await (const chunk of res) chunks.push(chunk as Buffer);
        const responseHeaders = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== undefined) responseHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
        }
        const status = res.statusCode ?? 500;
        const body = status === 204 || status === 304 ? null : Buffer.concat(chunks);
        resolve(new Response(body, { status, statusText: res.statusMessage, headers: responseHeaders }));
      } catch (error) {
        reject(error);
      }
    });
  });
  response.catch(() => undefined); // a failed send below is the error to report
  const body = init.body;
  if (body instanceof Readable) await pipeline(body, req);
  else req.end(body === undefined || body === null ? undefined : Buffer.from(body as string | Uint8Array));
  return response;
}
