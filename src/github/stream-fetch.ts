// A fetch for streamed uploads. Node's built-in fetch (undici) keeps a streamed request body's chunks
// around: uploading 500 MiB peaked at ~580 MiB RSS. Here the file goes out through node:http from one
// reused buffer, the next read waiting until the socket has taken the last, so memory stays flat
// whatever the asset's size (see README, "Measured"). Octokit takes it per request as `request.fetch`;
// everything else uses fetch. Behind a proxy (HTTPS_PROXY / HTTP_PROXY, minus NO_PROXY) the upload goes
// through it, as Octokit's other requests do (src/proxy.ts).
import { once } from 'node:events';
import { open } from 'node:fs/promises';
import { type ClientRequest, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { proxyAgent } from '../proxy.ts';

const CHUNK = 256 * 1024;

/** A request body read from a file as it is sent. Octokit passes it through untouched (not a plain object). */
export class FileBody {
  constructor(readonly path: string) {}
}

export function fileBody(path: string): FileBody {
  return new FileBody(path);
}

async function sendFile(req: ClientRequest, path: string): Promise<void> {
  const file = await open(path, 'r');
  const failed = once(req, 'error').then(([error]) => Promise.reject(error as Error));
  failed.catch(() => undefined);
  try {
    const buffer = Buffer.allocUnsafe(CHUNK);
    for (;;) {
      const { bytesRead } = await file.read(buffer, 0, CHUNK, null);
      if (bytesRead === 0) break;
      // The callback runs once the socket has written the bytes: only then may the buffer be refilled.
      const written = new Promise<void>((resolve, reject) =>
        req.write(buffer.subarray(0, bytesRead), (error) => (error ? reject(error) : resolve())),
      );
      await Promise.race([written, failed]);
    }
    req.end();
  } finally {
    await file.close();
  }
}

function toResponse(res: import('node:http').IncomingMessage, chunks: Buffer[]): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(res.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const status = res.statusCode ?? 500;
  const body = status === 204 || status === 304 ? null : Buffer.concat(chunks);
  return new Response(body, { status, statusText: res.statusMessage, headers });
}

export async function streamingFetch(
  input: string | URL | Request,
  init: RequestInit = {},
): Promise<Response> {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  const headers = Object.fromEntries(new Headers(init.headers).entries());
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const req = send(url, {
    method: init.method ?? 'GET',
    headers,
    agent: proxyAgent(url.href),
    signal: init.signal ?? undefined,
  });
  const response = new Promise<Response>((resolve, reject) => {
    req.once('error', reject);
    req.once('response', async (res) => {
      try {
        const chunks: Buffer[] = [];
        for await (const chunk of res) chunks.push(chunk as Buffer);
        resolve(toResponse(res, chunks));
      } catch (error) {
        reject(error);
      }
    });
  });
  response.catch(() => undefined); // a failed send below is the error to report
  const body = init.body as unknown;
  if (body instanceof FileBody) await sendFile(req, body.path);
  else req.end(body === undefined || body === null ? undefined : Buffer.from(body as string | Uint8Array));
  return response;
}
